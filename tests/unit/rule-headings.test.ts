import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { MARKDOWN_FEATURES } from '../../src/lib/mdx.ts';
import { handbookMarkdown } from '../../src/plugins/handbook-markdown.ts';

/** Compiles MDX through the site's plugin the way Astro does, as content/<file>. */
function compile(body: string, { prefix = 'SEC', file = 'security.mdx', base = '/' } = {}): { code: string } {
  const options = {
    features: MARKDOWN_FEATURES,
    mdastPlugins: [handbookMarkdown({ base })],
    fileURL: new URL(`file://${process.cwd()}/content/${file}`),
    data: { astro: { frontmatter: { prefix } } },
  };
  return mdxToJs(body, options as unknown as Parameters<typeof mdxToJs>[1]) as { code: string };
}

describe('rule headings in the build', () => {
  it('accepts a rule heading with its fixed anchor', () => {
    expect(() => compile('### SEC-03: Query with bound parameters {#sec-03}\n')).not.toThrow();
  });

  it('fails on a rule heading without an anchor, naming file and line', () => {
    expect(() => compile('\n\n### SEC-03: Query with bound parameters\n')).toThrow(
      'content/security.mdx:3: rule heading "SEC-03" has no fixed anchor: end it with {#sec-03}',
    );
  });

  it('fails on an anchor that differs from the ID', () => {
    expect(() => compile('### SEC-03: Query {#sec-3}\n')).toThrow(
      'content/security.mdx:1: rule heading "SEC-03" has anchor {#sec-3}; it must be {#sec-03}',
    );
  });

  it('fails on a prefix that is not the page prefix', () => {
    expect(() => compile('### AUTH-01: Hash passwords {#auth-01}\n')).toThrow(
      'rule "AUTH-01" has prefix AUTH, but this page\'s prefix is SEC',
    );
  });

  it.each(['SEC-3', 'SEC03', 'sec-03', 'SEC-0003'])('fails on the malformed ID %s', (id) => {
    expect(() => compile(`### ${id}: Query {#sec-03}\n`)).toThrow(`malformed rule heading "${id}: Query"`);
  });

  it('fails on a rule heading at the wrong level', () => {
    expect(() => compile('## SEC-03: Query {#sec-03}\n')).toThrow('rule heading "SEC-03" is level 2');
  });

  it('fails on a rule ID declared in two files', () => {
    compile('### SEC-40: First {#sec-40}\n', { file: 'security.mdx' });
    expect(() => compile('### SEC-40: Second {#sec-40}\n', { file: 'other.mdx' })).toThrow(
      'content/other.mdx:1: duplicate rule ID SEC-40: already declared in content/security.mdx',
    );
  });

  it('leaves ordinary headings alone', () => {
    expect(() => compile('### Why bound parameters work\n\n## HTTP/2 and TLS 1.3\n')).not.toThrow();
  });

  it('puts the base path in front of root-relative links only', () => {
    const { code } = compile('[a](/authentication/#auth-04) [b](#sec-01) [c](https://owasp.org/)\n', { base: '/handbook/' });
    expect(code).toContain('"/handbook/authentication/#auth-04"');
    expect(code).toContain('"#sec-01"');
    expect(code).toContain('"https://owasp.org/"');
  });
});
