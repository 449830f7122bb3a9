/**
 * Sätteri hast plugin for rule headings, run after Starlight has wrapped each heading with its anchor link:
 * - a "Cite" button carrying the rule's Markdown citation with the absolute URL of the deployed site,
 *   hidden until the page script (MarkdownContent.astro) can copy it;
 * - under the heading, the retired IDs the rule replaces and the checklist items that cite it.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import type { ChecklistCitation } from '../lib/checklist-citations.ts';
import type { RetiredRule } from '../lib/registry.ts';
import { RULE_ID } from '../lib/rules.ts';
import { absoluteUrl, withBase } from '../lib/urls.ts';

interface Options {
  site: string;
  base: string;
  retired: RetiredRule[];
  citations: Map<string, ChecklistCitation[]>;
}

type Element = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: (Element | { type: 'text'; value: string })[] };

const el = (tagName: string, properties: Record<string, unknown>, children: Element['children']): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });

export function citation(id: string, title: string, url: string): string {
  return `[${id}: ${title}](${url})`;
}

export function ruleHeadingExtras({ site, base, retired, citations }: Options): HastPluginDefinition {
  return defineHastPlugin({
    name: 'handbook-rule-heading-extras',
    element: {
      filter: ['div'],
      visit(node, ctx) {
        const className = String(node.properties?.className ?? node.properties?.class ?? '');
        if (!className.includes('level-h3')) return;
        const heading = node.children.find((child) => child.type === 'element' && child.tagName === 'h3');
        if (heading?.type !== 'element') return;
        const id = String(heading.properties?.id ?? '').toUpperCase();
        if (!RULE_ID.test(id)) return;
        const [, title = ''] = /^[A-Z]+-\d+: (.*)$/.exec(ctx.textContent(heading).trim()) ?? [];
        const page = ctx.fileURL?.pathname.split('/').pop()?.replace(/\.mdx?$/, '') ?? '';
        const url = absoluteUrl(`/${page}/#${id.toLowerCase()}`, site, base);
        ctx.appendChild(
          node,
          el('button', { type: 'button', className: ['cite-rule'], hidden: true, dataCite: citation(id, title, url), ariaLabel: `Cite ${id}: copy a Markdown link to this rule` }, [text('Cite')]),
        );

        const replaced = retired.filter((entry) => entry.replacedBy === id);
        const cited = citations.get(id) ?? [];
        const notes: Element[] = [];
        if (replaced.length) {
          notes.push(el('p', { className: ['rule-replaces'] }, [text(`Replaces ${replaced.map((entry) => `${entry.id} (retired: ${entry.reason})`).join('; ')}`)]));
        }
        if (cited.length) {
          const links = cited.flatMap((item, index) => [
            ...(index ? [text(', ')] : []),
            el('a', { href: withBase(`/checklists/#${item.checklistId}-${item.itemId}`, base) }, [text(`${item.checklistTitle}: ${item.text.replace(/`/g, '').replace(/\s+/g, ' ').trim()}`)]),
          ]);
          notes.push(el('p', { className: ['rule-checklists'], dataPagefindIgnore: '' }, [text('In checklists: '), ...links]));
        }
        if (notes.length) ctx.insertAfter(node, notes);
      },
    },
  });
}
