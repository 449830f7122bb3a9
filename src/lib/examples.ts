/**
 * The code examples of the handbook's pages: every fenced block with its page, line, language and
 * fence meta, read with the same parser the site builds with. `npm run check:examples` checks each
 * with its language's own tools (scripts/check-examples.ts).
 *
 * Fence meta the check understands (Expressive Code shows `title` as the block's caption):
 * - `title="problem.ts"`: the block is that file; other TypeScript blocks on the page may import it
 *   as `./problem.js`, as a reader would who copied both.
 * - `prelude="express-app"`: the block is a fragment that assumes the declarations in
 *   `examples/preludes/express-app.<ext>`; its first line must be a comment saying so to the reader.
 * - `check=false reason="…"`: not checked, for a visible reason (counted and listed).
 * A block may also import a module of the reader's that the page does not show (`../orders/index.js`):
 * its stand-in lives in `examples/modules/<page>/`, at the path the import names.
 */
import { lineOf, type Node, type SourcePage } from './mdx.ts';

export interface Example {
  file: string;
  slug: string;
  /** The line of the opening fence in the page's source. */
  line: number;
  lang: string;
  meta: Record<string, string>;
  code: string;
}

/** Languages by the name the check uses for each fence language. */
export const LANGUAGE_OF: Record<string, string> = {
  ts: 'typescript', typescript: 'typescript', tsx: 'typescript', js: 'typescript', javascript: 'typescript',
  py: 'python', python: 'python',
  go: 'go',
  sql: 'sql',
  yaml: 'yaml', yml: 'yaml',
  json: 'json',
  sh: 'shell', bash: 'shell', shell: 'shell',
  dockerfile: 'dockerfile',
  graphql: 'graphql',
  proto: 'proto',
  toml: 'toml',
  ini: 'ini',
  http: 'http',
  markdown: 'markdown', md: 'markdown',
  rust: 'rust', rs: 'rust',
  text: 'text', txt: 'text',
  promql: 'promql',
};

/** `key="value"`, `key='value'` or `key=value` pairs of a fence's meta string. */
export function parseMeta(meta: string | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g))
    result[match[1]!] = match[2] ?? match[3] ?? match[4] ?? '';
  return result;
}

export function extractExamples(page: SourcePage): Example[] {
  const examples: Example[] = [];
  const walk = (node: Node) => {
    if (node.type === 'code') {
      const code = node as Node & { meta?: string | null };
      examples.push({
        file: page.file,
        slug: page.slug,
        line: lineOf(node) ?? 0,
        lang: (code.lang ?? '').toLowerCase(),
        meta: parseMeta(code.meta),
        code: code.value ?? '',
      });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(page.tree);
  return examples;
}

/** Why a block is not checked, or undefined when it is: `check=false` needs a `reason`. */
export function optOut(example: Example): string | undefined {
  if (example.meta.check !== 'false') return undefined;
  return example.meta.reason?.trim() || '';
}
