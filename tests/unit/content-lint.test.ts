import { describe, expect, it } from 'vitest';
import { lintPage, proseWords } from '../../src/lib/content-lint.ts';
import { parseMdx, sourcePage } from '../../src/lib/mdx.ts';
import type { VersionEntry } from '../../src/lib/versions.ts';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

function rule(n: number, { review = true } = {}) {
  const id = `SEC-${String(n).padStart(2, '0')}`;
  return `### ${id}: Do thing ${n} {#${id.toLowerCase()}}\n\n${words(230)}\n\n${review ? '**In review:** look for it.\n' : ''}`;
}

function page({ rules = 12, minute = true, sources = true, versions = true, extra = '', description = 'A page.' } = {}) {
  const body = Array.from({ length: rules }, (_, i) => rule(i + 1)).join('\n');
  return `---\ntitle: Security\ndescription: ${description}\nprefix: SEC\nreviewed: 2026-11-24\n---\n\nimport { Tabs } from '@astrojs/starlight/components';\n\n${minute ? '## In one minute\n\n- Short.\n\n' : ''}## Rules\n\n${body}\n${extra}\n${versions ? '## Versions checked\n\n<VersionsTable />\n\n' : ''}${sources ? '## Sources\n\n- [A](https://a.example/)\n- [B](https://b.example/)\n- [C](https://c.example/)\n' : ''}`;
}

const VERSIONS = new Map<string, VersionEntry>([
  [
    'nestjs',
    { id: 'nestjs', name: 'NestJS', fact: 'latest major', value: '12', released: '2026-08-27', source: 'https://github.com/nestjs/nest/releases', checked: '2026-12-02', file: 'content/data/versions/technologies.yaml' },
  ],
]);

const lint = (source: string, retired?: Set<string>) => lintPage(sourcePage('content/security.mdx', source), retired, VERSIONS).problems;

describe('content check', () => {
  it('passes a page that meets the standard', () => {
    expect(lint(page())).toEqual([]);
  });

  it('counts prose words, not code, frontmatter or imports', () => {
    const tree = parseMdx(
      "---\ntitle: One two\n---\nimport { X } from 'y';\n\nThree four `five`.\n\n```ts\nconst six = 7;\n```\n",
    );
    expect(proseWords(tree)).toBe(3);
  });

  it('fails a page below the word range', () => {
    expect(lint(page({ rules: 10 }).replace(new RegExp(words(230), 'g'), 'Short.'))).toContainEqual(
      expect.stringMatching(/^\d+ words of prose; the range is 2500 to 5000$/),
    );
  });

  it('fails a page with too few rules', () => {
    expect(lint(page({ rules: 9 }).replace('## Rules', `## Rules\n\n${words(400)}`))).toContain('9 rules; the range is 10 to 25');
  });

  it('names a rule without an In review line', () => {
    const source = page().replace('**In review:** look for it.\n', '');
    expect(lint(source)).toContainEqual(
      expect.stringMatching(/^content\/security\.mdx:\d+: SEC-01 has no "\*\*In review:\*\*" paragraph$/),
    );
  });

  it('requires In one minute first and Sources last', () => {
    expect(lint(page({ minute: false }))).toContain('the first section must be "## In one minute"');
    expect(lint(page({ sources: false }))).toContain('no "## Sources" section');
  });

  it.each(['Lorem ipsum dolor.', 'TODO: write this.', 'Details TBD.', 'Coming soon.'])(
    'fails on placeholder text: %s',
    (text) => {
      expect(lint(page({ extra: text })).join('\n')).toMatch(/placeholder text/);
    },
  );

  it('allows lower-case "todo" in prose, such as a todo-list example', () => {
    expect(lint(page({ extra: 'Build a todo list API.' }))).toEqual([]);
  });

  it('fails on a gap in rule numbers unless the missing ID is retired', () => {
    const withGap = page({ rules: 12 }).replace('### SEC-12: Do thing 12 {#sec-12}', '### SEC-14: Do thing 12 {#sec-14}');
    expect(lint(withGap)).toEqual([
      'SEC-12 is missing: number rules without gaps, or list SEC-12 in retired-rules.yaml',
      'SEC-13 is missing: number rules without gaps, or list SEC-13 in retired-rules.yaml',
    ]);
    expect(lint(withGap, new Set(['SEC-12', 'SEC-13']))).toEqual([]);
  });

  it('reports a malformed rule heading through the rule check', () => {
    expect(lint(page().replace('### SEC-02: Do thing 2 {#sec-02}', '### SEC-2: Do thing 2 {#sec-02}')).join('\n')).toMatch(
      /malformed rule heading "SEC-2: Do thing 2"/,
    );
  });

  it('fails a description longer than a search snippet', () => {
    expect(lint(page({ description: 'x'.repeat(170) }))).toContain('frontmatter: description is 170 characters; keep it to 160');
  });

  it('fails a version in a rule title, naming the rule', () => {
    for (const title of ['Start on NestJS 11', 'Encrypt with TLS 1.2+', 'Follow the 2025 list', 'Run Kafka 4.x'])
      expect(lint(page().replace('Do thing 3 {#sec-03}', `${title} {#sec-03}`)).join('\n')).toMatch(/SEC-03's title carries a version or year/);
  });

  it('fails a version written as text in prose, but not in code, Sources or a <Version> tag', () => {
    expect(lint(page({ extra: 'Use NestJS 12 or Express 5.1 here; pin 1.2.3.' }))).toEqual([
      expect.stringMatching(/security\.mdx:\d+: version "NestJS 12" written as text/),
      expect.stringMatching(/version "Express 5\.1" written as text/),
      expect.stringMatching(/version "1\.2\.3" written as text/),
    ]);
    const allowed = 'Use NestJS <Version id="nestjs" />, released <Version id="nestjs" field="released" />. `node:24-slim` is code. Vitest 50% faster is a figure. RFC 9110 §15.5.21 and the 10.0.0.1 address are not versions.\n\n```sh\nnpm i express@5.1.0\n```';
    expect(lint(page({ extra: allowed }))).toEqual([]);
    expect(lint(page().replace('- [C](https://c.example/)', '- [PostgreSQL 18 release notes](https://c.example/)'))).toEqual([]);
  });

  it('fails an unknown version id or a field the entry lacks, naming the line', () => {
    expect(lint(page({ extra: 'On Nest <Version id="nest" /> and <Version id="nestjs" field="eol" />.' }))).toEqual([
      expect.stringMatching(/security\.mdx:\d+: unknown version id "nest"/),
      expect.stringMatching(/security\.mdx:\d+: version "nestjs" has no eol/),
    ]);
  });

  it('requires a Versions checked section with the table, right before Sources', () => {
    expect(lint(page({ versions: false }))).toContain('no "## Versions checked" section right before "## Sources"');
    expect(lint(page().replace('<VersionsTable />', 'None.'))).toContain('"## Versions checked" must show <VersionsTable />');
  });
});
