import { describe, expect, it } from 'vitest';
import { sourcePage } from '../../src/lib/mdx.ts';
import { buildRegistry, firstSentence, ruleUrl, type RetiredRule } from '../../src/lib/registry.ts';

const security = sourcePage(
  'content/security.mdx',
  `---
title: Security
prefix: SEC
---

## In one minute

- Bind parameters.

### SEC-01: Check access per object {#sec-01}

Scope every query to the caller. Attackers change IDs in URLs.

### SEC-02: Query with \`bound\` parameters {#sec-02}

Never build SQL from strings! It is how injection happens.
`,
);

const retired = (entry: Partial<RetiredRule>): RetiredRule => ({
  id: 'SEC-09',
  replacedBy: 'SEC-02',
  reason: 'Merged into SEC-02.',
  retired: new Date('2026-11-01'),
  ...entry,
});

describe('rule registry', () => {
  it('collects each rule with its ID, title, anchor, page and first sentence', () => {
    const { rules } = buildRegistry([security], []);
    expect(
      rules.map(({ id, title, anchor, page, pageTitle, summary, line }) => ({
        id,
        title,
        anchor,
        page,
        pageTitle,
        summary,
        line,
      })),
    ).toEqual([
      {
        id: 'SEC-01',
        title: 'Check access per object',
        anchor: 'sec-01',
        page: 'security',
        pageTitle: 'Security',
        summary: 'Scope every query to the caller.',
        line: 10,
      },
      {
        id: 'SEC-02',
        title: 'Query with bound parameters',
        anchor: 'sec-02',
        page: 'security',
        pageTitle: 'Security',
        summary: 'Never build SQL from strings!',
        line: 14,
      },
    ]);
  });

  it('fails on a rule ID used on two pages, naming both places', () => {
    const copy = sourcePage('content/copy.mdx', security.source);
    expect(() => buildRegistry([security, copy], [])).toThrow(
      'content/copy.mdx:10: duplicate rule ID SEC-01: already used at content/security.mdx:10',
    );
  });

  it('accepts a retired ID that names a live successor', () => {
    expect(buildRegistry([security], [retired({})]).retired).toHaveLength(1);
  });

  it('fails on a retired ID whose successor does not exist', () => {
    expect(() => buildRegistry([security], [retired({ replacedBy: 'SEC-77' })])).toThrow(
      'SEC-09 is replaced by SEC-77, which is not a live rule',
    );
  });

  it('fails on a retired ID that is still a live rule', () => {
    expect(() => buildRegistry([security], [retired({ id: 'SEC-01' })])).toThrow(
      'SEC-01 is retired but still used by a live rule',
    );
  });

  it('builds absolute rule URLs under a base path', () => {
    expect(ruleUrl({ page: 'security', anchor: 'sec-03' }, 'https://example.org/handbook/')).toBe(
      'https://example.org/handbook/security/#sec-03',
    );
    expect(ruleUrl({ page: 'security', anchor: 'sec-03' }, 'https://example.org')).toBe('https://example.org/security/#sec-03');
  });

  it('cuts a summary at the first sentence end, not at a dot inside a word', () => {
    expect(firstSentence('Use Node.js 24 on an LTS line. Then pin it.')).toBe('Use Node.js 24 on an LTS line.');
  });
});
