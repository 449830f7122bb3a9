import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/lib/markdown-export.ts';
import { sourcePage } from '../../src/lib/mdx.ts';

const source = `---
title: Security
description: Rules for secure backends.
prefix: SEC
---

import { Tabs, TabItem } from '@astrojs/starlight/components';

## In one minute

- Bind parameters ([SEC-03](#sec-03)); hash passwords ([AUTH-04](/authentication/#auth-04)).

### SEC-03: Query the database only with bound parameters {#sec-03}

<Tabs syncKey="lang">
<TabItem label="TypeScript">

\`\`\`ts
import { Pool } from 'pg';
await pool.query('select 1 where $1', [x]); // [not a link](/x/)
\`\`\`

</TabItem>
</Tabs>

**In review:** look for concatenated SQL.
`;

describe('Markdown export', () => {
  const markdown = toMarkdown(sourcePage('content/security.mdx', source), 'https://example.org/handbook/');

  it('starts with the title, description and source URL', () => {
    expect(
      markdown.startsWith('# Security\n\n> Rules for secure backends.\n\nSource: <https://example.org/handbook/security/>\n'),
    ).toBe(true);
  });

  it('keeps rule IDs in headings and adds the rule link', () => {
    expect(markdown).toContain(
      '### SEC-03: Query the database only with bound parameters\n\nLink: <https://example.org/handbook/security/#sec-03>',
    );
    expect(markdown).not.toContain('{#sec-03}');
  });

  it('makes site links absolute, outside code only', () => {
    expect(markdown).toContain('[SEC-03](https://example.org/handbook/security/#sec-03)');
    expect(markdown).toContain('[AUTH-04](https://example.org/handbook/authentication/#auth-04)');
    expect(markdown).toContain('// [not a link](/x/)');
  });

  it('drops MDX imports and tab markup, keeping code and the tab label', () => {
    expect(markdown).not.toContain('@astrojs/starlight/components');
    expect(markdown).not.toMatch(/<\/?Tab/);
    expect(markdown).toContain("**TypeScript**\n\n```ts\nimport { Pool } from 'pg';");
  });

  it('fails loudly on a component it cannot write', () => {
    expect(() =>
      toMarkdown(sourcePage('content/x.mdx', '---\ntitle: X\n---\n\n<Chart data={1} />\n'), 'https://example.org/'),
    ).toThrow('content/x.mdx:5: the Markdown export does not know how to write this component: <Chart data={1} />');
  });

  it('writes version facts as text and the versions table as a Markdown table', () => {
    const versions = new Map([
      ['nestjs', { id: 'nestjs', name: 'NestJS', fact: 'latest major', value: '12', released: '2026-08-27', source: 'https://github.com/nestjs/nest/releases', checked: '2026-12-02', file: 'v.yaml' }],
    ]);
    const page = sourcePage(
      'content/x.mdx',
      '---\ntitle: X\n---\n\nStart on NestJS <Version id="nestjs" /> (since <Version id="nestjs" field="released" />).\n\n## Versions checked\n\n<VersionsTable />\n',
    );
    const out = toMarkdown(page, 'https://example.org/', versions);
    expect(out).toContain('Start on NestJS 12 (since 2026-08-27).');
    expect(out).toContain(
      '| What | Version | Released | End of life | Checked against |\n| --- | --- | --- | --- | --- |\n| NestJS (latest major) | 12 | 2026-08-27 | – | <https://github.com/nestjs/nest/releases>, 2026-12-02 |',
    );
  });
});
