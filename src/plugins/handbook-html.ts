/**
 * Sätteri hast plugin, run after Starlight has wrapped each heading with its anchor link:
 * - a "Cite" button carrying the rule's Markdown citation with the absolute URL of the deployed site,
 *   hidden until the page script (MarkdownContent.astro) can copy it;
 * - under the heading, the retired IDs the rule replaces and the checklist items that cite it;
 * - the "In review:" paragraph marked for styling, and tables made focusable so they can be scrolled by keyboard;
 * - lighter code blocks: see CODE_FOREGROUND_STYLE and the copy button's data-code below.
 */
import type { Element, ElementContent, Properties } from 'hast';
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

/**
 * Expressive Code wraps every token in a span with its colour in both themes (`--0` dark, `--1` light), even
 * plain text drawn in the block's own foreground colour. Those are about a third of a code-heavy page's token
 * spans, so they are unwrapped: the text inherits the same colour from the block. tests/e2e/code-blocks.spec.ts
 * fails if Starlight's themes change and this no longer matches the block's foreground.
 */
export const CODE_FOREGROUND_STYLE = '--0:#D6DEEB;--1:#403F53';

const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const hasClass = (node: Element, name: string) =>
  String(node.properties?.className ?? node.properties?.class ?? '')
    .split(/[\s,]+/)
    .includes(name);

/** Characters a code line holds before it wraps in the desktop layout's content column. */
const CODE_COLUMNS = 70;

/** The screen lines an Expressive Code block takes on a desktop: each div.ec-line, with long lines wrapped. */
function countLines(node: Element, ctx: { textContent(node: Element): string }): number {
  return node.children.reduce((sum, child) => {
    if (child.type !== 'element') return sum;
    if (!hasClass(child, 'ec-line')) return sum + countLines(child, ctx);
    return sum + Math.max(1, Math.ceil(ctx.textContent(child).replace(/\n$/, '').length / CODE_COLUMNS));
  }, 0);
}

const text = (value: string): ElementContent => ({ type: 'text', value });

export function citation(id: string, title: string, url: string): string {
  return `[${id}: ${title}](${url})`;
}

export function handbookHtml({ site, base, retired, citations }: Options): HastPluginDefinition {
  return defineHastPlugin({
    name: 'handbook-html',
    element: [
      {
        // Starlight lets a wide table scroll sideways; a keyboard user must be able to focus it to scroll it.
        filter: ['table'],
        visit(node, ctx) {
          ctx.setProperty(node, 'tabIndex', 0);
        },
      },
      {
        filter: ['div'],
        visit(node, ctx) {
          if (!hasClass(node, 'expressive-code')) return;
          // Code is not searched: it is most of a page's text, would bloat the result fragments the
          // first search downloads, and identifiers in code match queries about prose topics.
          ctx.setProperty(node, 'dataPagefindIgnore', '');
          // The browser skips laying out code blocks off screen (global.css); the line count lets it reserve
          // about the right height for them, so the page does not jump and anchors land where they should.
          ctx.setProperty(node, 'style', `--hb-code-lines:${countLines(node, ctx)}`);
        },
      },
      {
        filter: ['span'],
        visit(node, ctx) {
          if (node.properties?.style === CODE_FOREGROUND_STYLE && Object.keys(node.properties).length === 1) {
            ctx.replaceNode(node, node.children);
          }
        },
      },
      {
        // The copy button carried the whole block again in data-code; MarkdownContent.astro fills it in from
        // the rendered code when the button is clicked, before Expressive Code's own handler reads it.
        filter: ['button'],
        visit(node, ctx) {
          if (node.properties?.dataCode !== undefined) ctx.setProperty(node, 'dataCode', undefined);
        },
      },
      {
        // Mark each rule's "In review:" paragraph so reviewers can spot it while scanning.
        filter: ['p'],
        visit(node, ctx) {
          const first = node.children[0];
          if (first?.type === 'element' && first.tagName === 'strong' && /^In review:?$/.test(ctx.textContent(first).trim())) {
            ctx.setProperty(node, 'className', ['in-review']);
          }
        },
      },
      {
        filter: ['div'],
        visit(node, ctx) {
          if (!hasClass(node, 'level-h3')) return;
          const heading = node.children.find((child) => child.type === 'element' && child.tagName === 'h3');
          if (heading?.type !== 'element') return;
          const id = String(heading.properties?.id ?? '').toUpperCase();
          if (!RULE_ID.test(id)) return;
          const [, title = ''] = /^[A-Z]+-\d+: (.*)$/.exec(ctx.textContent(heading).trim()) ?? [];
          const page =
            ctx.fileURL?.pathname
              .split('/')
              .pop()
              ?.replace(/\.mdx?$/, '') ?? '';
          const url = absoluteUrl(`/${page}/#${id.toLowerCase()}`, site, base);
          ctx.appendChild(
            node,
            el(
              'button',
              {
                type: 'button',
                className: ['cite-rule'],
                hidden: true,
                dataCite: citation(id, title, url),
                ariaLabel: `Cite ${id}: copy a Markdown link to this rule`,
                dataPagefindIgnore: '',
              },
              [text('Cite')],
            ),
          );

          const replaced = retired.filter((entry) => entry.replacedBy === id);
          const cited = citations.get(id) ?? [];
          const notes: Element[] = [];
          if (replaced.length) {
            notes.push(
              el('p', { className: ['rule-replaces'] }, [
                text(`Replaces ${replaced.map((entry) => `${entry.id} (retired: ${entry.reason})`).join('; ')}`),
              ]),
            );
          }
          if (cited.length) {
            // One link per checklist, to its first item that cites the rule; the items' text goes in the tooltip.
            const byChecklist = Map.groupBy(cited, (item) => item.checklistId);
            const links = [...byChecklist.values()].flatMap((items, index) => [
              ...(index ? [text(' · ')] : []),
              el(
                'a',
                {
                  href: withBase(`/checklists/#${items[0]!.checklistId}-${items[0]!.itemId}`, base),
                  title: items.map((item) => item.text.replace(/`/g, '')).join('\n'),
                },
                [text(`${items[0]!.checklistTitle}${items.length > 1 ? ` (${items.length} items)` : ''}`)],
              ),
            ]);
            notes.push(el('p', { className: ['rule-checklists'], dataPagefindIgnore: '' }, [text('In checklists: '), ...links]));
          }
          if (notes.length) ctx.insertAfter(node, notes);
        },
      },
    ],
  });
}
