import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls.ts';

/** robots.txt: everything may be crawled except the short-link redirect stubs; points to the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: ${withBase('/r/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
