import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { REFERENCE_PAGES } from './lib/pages.ts';
import { withBase } from './lib/urls.ts';

type HeadEntry = { tag: 'meta' | 'link'; attrs: Record<string, string> };

/**
 * Head additions for every Starlight page: a link to the page's Markdown version (references), the
 * OpenSearch description and the web app manifest, and Twitter card tags that work without an image (Starlight asks for a large image we do not have).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { head, entry } = route;
  const title = String(entry.data.title);
  const description = String(entry.data.description ?? '');
  const add: HeadEntry[] = [
    { tag: 'meta', attrs: { name: 'twitter:title', content: title } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: description } },
    {
      tag: 'link',
      attrs: {
        rel: 'search',
        type: 'application/opensearchdescription+xml',
        title: 'Backend Handbook',
        href: withBase('/opensearch.xml'),
      },
    },
    { tag: 'link', attrs: { rel: 'manifest', href: withBase('/manifest.webmanifest') } },
  ];
  if (REFERENCE_PAGES.some((page) => page.slug === entry.id)) {
    add.push({
      tag: 'link',
      attrs: { rel: 'alternate', type: 'text/markdown', href: withBase(`/${entry.id}.md`), title: `${title} (Markdown)` },
    });
  }
  const card = head.find((item) => item.tag === 'meta' && item.attrs?.name === 'twitter:card');
  if (card?.attrs) card.attrs.content = 'summary';
  head.push(...add.map((item) => ({ ...item, content: '' })));
});
