import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExamples, optOut, parseMeta } from '../../src/lib/examples.ts';
import { sourcePage } from '../../src/lib/mdx.ts';
import { checkExamples } from '../../scripts/check-examples.ts';

const FIXTURES = 'tests/fixtures/examples';

describe('example extractor', () => {
  const page = sourcePage(
    'content/x.mdx',
    '---\ntitle: X\n---\n\n<Tabs>\n<TabItem label="TypeScript">\n\n```ts title="problem.ts"\nexport {};\n```\n\n</TabItem>\n</Tabs>\n\n```sql check=false reason=\'output of psql\'\nSELECT 1;\n```\n',
  );

  it('finds every fenced block, also inside tabs, with its page, line, language and meta', () => {
    expect(extractExamples(page)).toEqual([
      { file: 'content/x.mdx', slug: 'x', line: 8, lang: 'ts', meta: { title: 'problem.ts' }, code: 'export {};' },
      { file: 'content/x.mdx', slug: 'x', line: 15, lang: 'sql', meta: { check: 'false', reason: 'output of psql' }, code: 'SELECT 1;' },
    ]);
  });

  it('reads fence meta in its three quoting styles, and the opt-out reason', () => {
    expect(parseMeta('a="x y" b=\'z\' c=1')).toEqual({ a: 'x y', b: 'z', c: '1' });
    expect(extractExamples(page).map(optOut)).toEqual([undefined, 'output of psql']);
  });
});

describe('npm run check:examples on broken fixtures', { timeout: 180_000 }, () => {
  const files = readdirSync(FIXTURES).map((file) => join(FIXTURES, file));
  const report = checkExamples(files);
  const messages = report.then((r) => [
    ...r.problems,
    ...r.failures.map((failure) => `${failure.example.file}:${failure.line} ${failure.message}`),
  ]);

  it.each([
    ['typescript', 10, /TS2322: Type 'QueryResult<any>' is not assignable to type 'number'/],
    ['typescript-fragment', 7, /must start with a comment that tells the reader what it assumes/],
    ['typescript-import', 15, /Cannot find module '\.\/not-a-block\.js'/],
    ['typescript-import', 16, /TS2322: Type 'string' is not assignable to type 'number'/],
    ['python', 9, /SyntaxError: '\[' was never closed/],
    ['python-types', 11, /pyright \(reportArgumentType\)/],
    ['go', 11, /gofmt: missing ','/],
    ['sql', 7, /PostgreSQL parser: syntax error at or near "FROM"/],
    ['sql-run', 7, /PostgreSQL \d+: .*duplicate key value violates unique constraint/],
    ['yaml', 11, /YAML: Flow sequence/],
    ['workflow', 7, /actions\/checkout@v7 is not pinned by a full commit SHA/],
    ['workflow', 7, /job test has no timeout-minutes/],
    ['workflow', 7, /no top-level permissions/],
    ['json', 7, /JSON: Expected double-quoted property name/],
    ['shell', 7, /bash -n: .*syntax error/],
    ['shellcheck', 8, /shellcheck: warning: .*SC2115/],
    ['dockerfile', 9, /FROM uses an ARG/],
    ['dockerfile', 7, /does not switch to a non-root USER/],
    ['graphql', 9, /GraphQL: Syntax Error/],
    ['proto', 7, /protobuf: illegal id/],
    ['toml', 7, /TOML: Invalid TOML document/],
    ['ini', 10, /not a section, comment or key\/value line: = a value without a key/],
    ['http', 9, /not an HTTP header field \("Name: value"\): Host example\.com/],
    ['rust', 7, /rustfmt: error: this file contains an unclosed delimiter/],
    ['opt-out', 7, /check=false needs reason=/],
    ['opt-out', 11, /TypeScript blocks may not opt out/],
    ['opt-out', 15, /fence language "cobol" is not one the check knows/],
  ])('rejects %s, naming the file and line %i', async (name, line, pattern) => {
    const prefix = `${FIXTURES}/${name}.mdx:${line}`;
    expect((await messages).filter((message) => message.startsWith(prefix))).toContainEqual(expect.stringMatching(pattern));
  });

  it('accepts a multi-stage Dockerfile whose later stages build on a pinned earlier stage', async () => {
    const lineOf = (message: string) => Number(/^[^:]+:(\d+)/.exec(message)?.[1]);
    const secondBlock = (await messages).filter((message) => message.startsWith(`${FIXTURES}/dockerfile.mdx:`) && lineOf(message) >= 16);
    expect(secondBlock).toEqual([]);
  });

  it('counts each language and the opted-out blocks in its table', async () => {
    const { rows } = await report;
    expect(rows.find((row) => row.language === 'typescript')).toMatchObject({ blocks: 5, optedOut: 1 });
    expect(rows.find((row) => row.language === 'python')).toMatchObject({ blocks: 3, checked: 2, failed: 2, optedOut: 1 });
  });
});
