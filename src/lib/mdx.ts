/**
 * Reads a content file into an mdast tree with the same Markdown features the site builds with,
 * so the rule registry, the content check and the Markdown export see what the reader sees.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { siteVersions, versionText, type VersionField } from './versions.ts';

/** Sätteri features for the site's Markdown and MDX (astro.config.mjs uses these too). */
export const MARKDOWN_FEATURES = { headingAttributes: true, gfm: true, frontmatter: true, directive: true } as const;

export type Node = MdastNode & {
  children?: Node[];
  value?: string;
  depth?: number;
  url?: string;
  lang?: string | null;
  name?: string | null;
  attributes?: { name: string; value: unknown }[];
  data?: { hProperties?: { id?: string } };
  position?: { start: { line: number } };
};

export interface SourcePage {
  file: string;
  slug: string;
  frontmatter: Record<string, unknown>;
  tree: Node;
  source: string;
}

export function parseMdx(source: string): Node {
  return mdxToMdast(source, { features: MARKDOWN_FEATURES }) as Node;
}

export function readSourcePage(file: string): SourcePage {
  return sourcePage(file, readFileSync(file, 'utf8'));
}

export function sourcePage(file: string, source: string): SourcePage {
  const tree = parseMdx(source);
  const yamlNode = tree.children?.find((node) => node.type === 'yaml');
  const frontmatter = (yamlNode?.value ? parseYaml(yamlNode.value) : {}) as Record<string, unknown>;
  return { file, slug: basename(file, extname(file)), frontmatter, tree, source };
}

/** Plain text of a node, as a reader sees it (inline code included). */
export function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxJsxTextElement' && node.name === 'Version') return versionOf(node);
  return (node.children ?? []).map(textOf).join('');
}

export function lineOf(node: Node): number | undefined {
  return node.position?.start.line;
}

/** The text a `<Version id="…" field="…" />` element renders. */
function versionOf(node: Node): string {
  const attribute = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
  const id = String(attribute('id'));
  const entry = siteVersions().get(id);
  if (!entry) throw new Error(`line ${lineOf(node) ?? '?'}: unknown version id "${id}"`);
  return versionText(entry, (attribute('field') ?? 'value') as VersionField);
}
