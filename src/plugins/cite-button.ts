/**
 * Sätteri hast plugin: puts a "Cite" button in every rule heading's wrapper, next to Starlight's
 * anchor link. The button carries the Markdown citation, built here with the absolute URL of the
 * deployed site, and stays hidden until the page script (CiteRules.astro) can copy it.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { RULE_ID } from '../lib/rules.ts';
import { absoluteUrl } from '../lib/urls.ts';

interface Options {
  site: string;
  base: string;
}

export function citation(id: string, title: string, url: string): string {
  return `[${id}: ${title}](${url})`;
}

export function citeButton({ site, base }: Options): HastPluginDefinition {
  return defineHastPlugin({
    name: 'handbook-cite-button',
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
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'button',
          properties: {
            type: 'button',
            className: ['cite-rule'],
            hidden: true,
            dataCite: citation(id, title, url),
            ariaLabel: `Cite ${id}: copy a Markdown link to this rule`,
          },
          children: [{ type: 'text', value: 'Cite' }],
        });
      },
    },
  });
}
