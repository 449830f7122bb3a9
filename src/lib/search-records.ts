/**
 * The search index's records: one per rule and per topic section of the built pages, so a search
 * ranks sections against each other across the whole handbook and a result fetches only its own
 * section's text (src/integrations/search-index.ts writes them with Pagefind's Node API).
 */
import { HTMLElement, parse } from 'node-html-parser';

export interface SearchSection {
  /** The section's address without the site's base: `/security/#sec-03`. */
  url: string;
  /** The heading as shown: `SEC-03: Query the database only with bound parameters`. */
  title: string;
  /** The page's title, shown with every result. */
  page: string;
  /** The reference filter value, on reference pages only. */
  reference?: string;
  /** A rule's ID when the section is a rule. */
  rule?: string;
  /** The section's own text, code blocks left out. */
  text: string;
}

/** Summary and bookkeeping sections: they mention every rule and answer none. */
const SKIPPED_SECTIONS = new Set(['in-one-minute', 'sources', 'versions-checked']);
/** What a reader does not search for: code blocks, controls, anchor-link labels, the per-rule checklist links. */
const DROPPED = 'pre, .expressive-code, script, style, button, .sl-anchor-link, [data-pagefind-ignore], .rule-checklists';
const RULE_TITLE = /^([A-Z]+-\d{2}):/;

/** Heading weights: rules above topics, and a section's words count for less than its heading. */
export const WEIGHTS = { ruleTitle: 7, topicTitle: 1.2, ruleBody: 1, topicBody: 0.15 } as const;

function headingOf(element: HTMLElement): HTMLElement | undefined {
  if (/^H[234]$/.test(element.tagName)) return element;
  if (element.classList.contains('sl-heading-wrapper')) return element.querySelector('h2, h3, h4') ?? undefined;
  return undefined;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The sections of one built page, split at every h2 and h3 with an id (matrix rows, h4 in a row
 * list, become sections of their own). `path` is the page's address without the base: `/security/`.
 */
export function sectionsOf(html: string, path: string, options: { page: string; reference?: string }): SearchSection[] {
  const root = parse(html);
  const content = root.querySelector('.sl-markdown-content') ?? root.querySelector('main');
  if (!content) throw new Error(`search index: ${path} has no main content`);
  for (const element of content.querySelectorAll(DROPPED)) element.remove();

  const sections: SearchSection[] = [];
  let current: { id: string; title: string; parts: string[] } | undefined;
  const flush = () => {
    if (!current || SKIPPED_SECTIONS.has(current.id)) return;
    const rule = RULE_TITLE.exec(current.title)?.[1];
    sections.push({
      url: `${path}#${current.id}`,
      title: current.title,
      page: options.page,
      ...(options.reference ? { reference: options.reference } : {}),
      ...(rule ? { rule } : {}),
      text: clean(current.parts.join(' ')),
    });
  };
  const visit = (element: HTMLElement) => {
    const heading = headingOf(element);
    if (heading) {
      const id = heading.getAttribute('id');
      if (id) {
        flush();
        current = { id, title: clean(heading.textContent), parts: [] };
        return;
      }
    }
    // Descend into wrappers that hold headings of their own (a matrix's row list, tabs); keep the rest as text.
    if (element.querySelector('h2[id], h3[id], h4[id]')) {
      for (const child of element.childNodes) if (child instanceof HTMLElement) visit(child);
      return;
    }
    current?.parts.push(element.textContent);
  };
  for (const child of content.childNodes) {
    if (child instanceof HTMLElement) visit(child);
    else current?.parts.push(child.textContent);
  }
  flush();
  return sections;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Pagefind reads `data-pagefind-meta` / `-filter` as `key:value, key:value`; a comma in a value is escaped. */
const attributeValue = (text: string) => escape(text.replace(/,/g, '\\,'));

/** A section as the HTML document Pagefind indexes: its heading and text, weighted, with its metadata and filter. */
export function sectionDocument(section: SearchSection): string {
  const isRule = section.rule !== undefined;
  // One key per attribute: Pagefind reads a second `key:value` in the same attribute as part of the first value.
  const filter = section.reference ? ` data-pagefind-filter="reference:${attributeValue(section.reference)}"` : '';
  const rule = section.rule ? ` data-pagefind-meta="rule:${section.rule}"` : '';
  return [
    `<html lang="en"><head><title>${escape(section.title)}</title></head>`,
    `<body data-pagefind-body data-pagefind-meta="page:${attributeValue(section.page)}"${filter}>`,
    `<h1 data-pagefind-weight="${isRule ? WEIGHTS.ruleTitle : WEIGHTS.topicTitle}"${rule}>${escape(section.title)}</h1>`,
    `<p data-pagefind-weight="${isRule ? WEIGHTS.ruleBody : WEIGHTS.topicBody}">${escape(section.text)}</p>`,
    '</body></html>',
  ].join('');
}
