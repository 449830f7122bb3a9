import type { APIRoute, GetStaticPaths } from 'astro';
import { toMarkdown } from '../lib/markdown-export.ts';
import { readSourcePage } from '../lib/mdx.ts';
import { REFERENCE_PAGES } from '../lib/pages.ts';
import { existsSync } from 'node:fs';
import { absoluteUrl } from '../lib/urls.ts';

/** /<page>.md: each reference page as Markdown, from the same source as its HTML. */
export const getStaticPaths = (() =>
  REFERENCE_PAGES.filter((page) => existsSync(`content/${page.slug}.mdx`)).map((page) => ({ params: { slug: page.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = readSourcePage(`content/${params.slug}.mdx`);
  return new Response(toMarkdown(page, absoluteUrl('/')), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
