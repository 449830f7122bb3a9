/**
 * A reference page as plain Markdown (/<page>.md) for review bots, editor plugins and AI assistants:
 * generated from the MDX source, not scraped from HTML. Rule headings keep their IDs and gain an
 * absolute link; every site link becomes absolute; MDX-only syntax (imports, tabs) is dropped.
 */
import type { SourcePage } from './mdx.ts';
import { entriesUsedBy, renderVersionTags, siteVersions, type VersionEntry } from './versions.ts';

const FENCE = /^\s*(```|~~~)/;
const TAB_ITEM = /^\s*<TabItem\s+label="([^"]+)"[^>]*>\s*$/;
const DROPPED_JSX = /^\s*(<Tabs\b[^>]*>|<\/Tabs>|<\/TabItem>)\s*$/;
const HEADING_ATTRIBUTE = /^(#{1,6} .*?)\s*\{#([\w-]+)\}\s*$/;

/** Absolute URL for a link written in the source: root-relative or a same-page fragment. */
function absolute(url: string, pageUrl: string, siteBase: string): string {
  if (url.startsWith('#')) return pageUrl + url;
  if (url.startsWith('/') && !url.startsWith('//')) return siteBase.replace(/\/$/, '') + url;
  return url;
}

/** The "Versions checked" table as Markdown, like <VersionsTable /> on the page. */
function versionsTable(source: string, versions: Map<string, VersionEntry>): string[] {
  const used = entriesUsedBy(source, versions);
  if (used.length === 0) return ['This page states no version numbers.'];
  return [
    '| What | Version | Released | End of life | Checked against |',
    '| --- | --- | --- | --- | --- |',
    ...used.map((v) => `| ${v.name} (${v.fact}) | ${v.value} | ${v.released ?? '–'} | ${v.eol ?? '–'} | <${v.source}>, ${v.checked} |`),
  ];
}

export function toMarkdown(page: SourcePage, siteBase: string, versions: Map<string, VersionEntry> = siteVersions()): string {
  const pageUrl = `${siteBase.replace(/\/?$/, '/')}${page.slug}/`;
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(page.source)?.[0] ?? '';
  const firstLine = frontmatter.split('\n').length; // the source line of lines[0], for error messages
  const lines = page.source.slice(frontmatter.length).split('\n');
  const out = [
    `# ${String(page.frontmatter.title)}`,
    '',
    `> ${String(page.frontmatter.description ?? '')}`,
    '',
    `Source: <${pageUrl}>`,
  ];
  let inFence = false;
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || FENCE.test(line)) {
      out.push(line);
      continue;
    }
    if (/^import\s.+from\s/.test(line) || DROPPED_JSX.test(line)) continue;
    if (/^\s*<VersionsTable\s*\/>\s*$/.test(line)) {
      out.push(...versionsTable(page.source, versions));
      continue;
    }
    const tab = TAB_ITEM.exec(line);
    if (tab) {
      out.push(`**${tab[1]}**`);
      continue;
    }
    if (/^\s*<[A-Za-z]/.test(line)) {
      throw new Error(
        `${page.file}:${index + firstLine}: the Markdown export does not know how to write this component: ${line.trim()}`,
      );
    }
    const heading = HEADING_ATTRIBUTE.exec(line);
    const withLinks = renderVersionTags(heading ? heading[1]! : line, versions).replace(
      /\]\(([^)\s]+)\)/g,
      (_, url: string) => `](${absolute(url, pageUrl, siteBase)})`,
    );
    out.push(withLinks);
    if (heading && /^### [A-Z]+-\d{2,3}: /.test(heading[1]!)) out.push('', `Link: <${pageUrl}#${heading[2]}>`);
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
