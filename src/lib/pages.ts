/**
 * The handbook's reference pages: slug, rule prefix and sidebar group, in reading order.
 * One place for the list, used by the sidebar, the rule registry and the content check.
 */
export interface ReferencePage {
  slug: string;
  prefix: string;
  group: string;
}

/**
 * Where the handbook's text lives. Tests point it at fixture sites (broken content, retired rules);
 * everything that reads content goes through this.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

export const REFERENCE_PAGES: readonly ReferencePage[] = [
  { slug: 'technologies', prefix: 'TECH', group: 'Build' },
  { slug: 'api-design', prefix: 'API', group: 'Build' },
  { slug: 'architecture', prefix: 'ARCH', group: 'Build' },
  { slug: 'data', prefix: 'DATA', group: 'Build' },
  { slug: 'security', prefix: 'SEC', group: 'Secure' },
  { slug: 'authentication', prefix: 'AUTH', group: 'Secure' },
  { slug: 'performance', prefix: 'PERF', group: 'Operate' },
  { slug: 'devops', prefix: 'OPS', group: 'Operate' },
  { slug: 'debugging', prefix: 'DBG', group: 'Operate' },
  { slug: 'testing', prefix: 'TEST', group: 'Improve' },
  { slug: 'code-quality', prefix: 'QUAL', group: 'Improve' },
  { slug: 'mindset', prefix: 'MIND', group: 'Improve' },
];

export const RULE_PREFIXES = REFERENCE_PAGES.map((page) => page.prefix);

/** The source file of a page, and whether it exists (the sidebar and exports list only pages that do). */
export function sourceFile(slug: string): string {
  return `${CONTENT_DIR}/${slug}.mdx`;
}

export function pageForPrefix(prefix: string): ReferencePage | undefined {
  return REFERENCE_PAGES.find((page) => page.prefix === prefix);
}
