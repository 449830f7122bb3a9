/**
 * The content standard (../shared/CONTENT.md), enforced mechanically on a reference page.
 * `npm run lint:content` prints a table from these results; the unit tests feed it broken pages.
 */
import { lineOf, textOf, type Node, type SourcePage } from './mdx.ts';
import { rulesOfPage } from './registry.ts';
import { RuleError } from './rules.ts';
import { bareVersionPattern, checkVersionUses, siteVersions, titleVersionPattern, type VersionEntry } from './versions.ts';

export const LIMITS = { minWords: 2500, maxWords: 5000, minRules: 10, maxRules: 25, minSources: 3, maxDescription: 160 };

/** Placeholder markers: upper-case only for the code-ish ones, so a "todo list" example is fine. */
const PLACEHOLDERS = [/\blorem\b/i, /\bipsum\b/i, /coming soon/i, /\bTODO\b/, /\bTBD\b/, /\bFIXME\b/, /\bXXX\b/];

export interface PageReport {
  file: string;
  words: number;
  rules: number;
  reviewed: number;
  sources: number;
  problems: string[];
}

/** Words of prose: text outside code blocks, frontmatter, imports and JSX tags. */
export function proseWords(tree: Node): number {
  const words: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'code' || node.type === 'yaml' || node.type === 'mdxjsEsm') return;
    if (node.type === 'text' || node.type === 'inlineCode') words.push(...(node.value ?? '').split(/\s+/));
    node.children?.forEach(walk);
  };
  walk(tree);
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The top-level nodes from a heading up to the next heading of the same or a higher level. */
function sectionAfter(nodes: Node[], index: number): Node[] {
  const depth = nodes[index]!.depth ?? 0;
  const end = nodes.findIndex((node, i) => i > index && node.type === 'heading' && (node.depth ?? 0) <= depth);
  return nodes.slice(index + 1, end === -1 ? undefined : end);
}

function startsWithInReview(node: Node): boolean {
  const first = node.children?.[0];
  return node.type === 'paragraph' && first?.type === 'strong' && /^In review:?$/.test(textOf(first).trim());
}

function countLinks(nodes: Node[]): number {
  let count = 0;
  const walk = (node: Node) => {
    if (node.type === 'link' && /^https?:\/\//.test(node.url ?? '')) count++;
    node.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return count;
}

/** Sections that list sources and versions, where names with versions are citations, not claims. */
const VERSION_EXEMPT_SECTIONS = new Set(['Sources', 'Versions checked']);

/**
 * Versions written as bare text in prose (outside code, the Sources list and the versions table):
 * they belong in the versions data, rendered with `<Version id="…" />`, so they carry a source and a date.
 */
function bareVersions(page: SourcePage, names: string[]): string[] {
  const problems: string[] = [];
  let section = '';
  const walk = (node: Node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml' || node.type === 'mdxjsEsm') return;
    if (node.type === 'text') {
      for (const match of (node.value ?? '').matchAll(bareVersionPattern(names)))
        problems.push(
          `${page.file}:${lineOf(node) ?? '?'}: version "${match[0]}" written as text; add it to content/data/versions/ and write <Version id="…" />`,
        );
    }
    node.children?.forEach(walk);
  };
  for (const node of page.tree.children ?? []) {
    if (node.type === 'heading' && node.depth === 2) section = textOf(node).trim();
    if (!VERSION_EXEMPT_SECTIONS.has(section)) walk(node);
  }
  return problems;
}

export function lintPage(
  page: SourcePage,
  retiredIds: ReadonlySet<string> = new Set(),
  versions: Map<string, VersionEntry> = siteVersions(),
): PageReport {
  const problems: string[] = [];
  const nodes = page.tree.children ?? [];
  const words = proseWords(page.tree);
  const report: PageReport = { file: page.file, words, rules: 0, reviewed: 0, sources: 0, problems };

  const description = page.frontmatter.description;
  if (typeof description !== 'string' || description.trim() === '') problems.push('frontmatter: description is missing');
  else if (description.length > LIMITS.maxDescription)
    problems.push(`frontmatter: description is ${description.length} characters; keep it to ${LIMITS.maxDescription}`);

  if (words < LIMITS.minWords || words > LIMITS.maxWords)
    problems.push(`${words} words of prose; the range is ${LIMITS.minWords} to ${LIMITS.maxWords}`);

  let rules;
  try {
    rules = rulesOfPage(page);
  } catch (error) {
    if (error instanceof RuleError) {
      problems.push(error.message);
      return report;
    }
    throw error;
  }
  report.rules = rules.length;
  const productNames = [...versions.values()].map((entry) => entry.name);
  for (const rule of rules) {
    const found = rule.title.match(titleVersionPattern(productNames));
    if (found)
      problems.push(
        `${page.file}:${rule.line}: ${rule.id}'s title carries a version or year ("${found[0]}"); titles must stay true for years, so move it to the text`,
      );
  }
  problems.push(...bareVersions(page, productNames), ...checkVersionUses(page.file, page.source, versions));
  if (rules.length < LIMITS.minRules || rules.length > LIMITS.maxRules)
    problems.push(`${rules.length} rules; the range is ${LIMITS.minRules} to ${LIMITS.maxRules}`);

  rules.forEach((rule, position) => {
    const index = nodes.findIndex((node) => node.type === 'heading' && node.data?.hProperties?.id === rule.anchor);
    const body = sectionAfter(nodes, index);
    if (body.some(startsWithInReview)) report.reviewed++;
    else problems.push(`${page.file}:${rule.line}: ${rule.id} has no "**In review:**" paragraph`);
    const number = Number(rule.id.split('-')[1]);
    const previous = position === 0 ? 0 : Number(rules[position - 1]!.id.split('-')[1]);
    for (let missing = previous + 1; missing < number; missing++) {
      const id = `${rule.prefix}-${String(missing).padStart(2, '0')}`;
      if (!retiredIds.has(id)) problems.push(`${id} is missing: number rules without gaps, or list ${id} in retired-rules.yaml`);
    }
  });

  const h2 = nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.type === 'heading' && node.depth === 2);
  const firstH2 = h2[0];
  if (!firstH2 || textOf(firstH2.node).trim() !== 'In one minute') problems.push('the first section must be "## In one minute"');
  const sources = h2.find(({ node }) => textOf(node).trim() === 'Sources');
  if (!sources) problems.push('no "## Sources" section');
  else {
    if (sources !== h2[h2.length - 1]) problems.push('"## Sources" must be the last section');
    report.sources = countLinks(sectionAfter(nodes, sources.index));
    const versionsSection = h2.find(({ node }) => textOf(node).trim() === 'Versions checked');
    if (!versionsSection || h2.indexOf(versionsSection) !== h2.length - 2)
      problems.push('no "## Versions checked" section right before "## Sources"');
    else if (!sectionAfter(nodes, versionsSection.index).some((node) => node.type === 'mdxJsxFlowElement' && node.name === 'VersionsTable'))
      problems.push('"## Versions checked" must show <VersionsTable />');
    if (report.sources < LIMITS.minSources)
      problems.push(`Sources lists ${report.sources} links; cite at least ${LIMITS.minSources} primary sources`);
  }

  page.source.split('\n').forEach((line, index) => {
    const marker = PLACEHOLDERS.find((pattern) => pattern.test(line));
    if (marker) problems.push(`${page.file}:${index + 1}: placeholder text (${marker.source}): ${line.trim().slice(0, 80)}`);
  });
  return report;
}
