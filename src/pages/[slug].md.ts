import type { APIRoute, GetStaticPaths } from 'astro';
import { toMarkdown } from '../lib/markdown-export.ts';
import { readSourcePage } from '../lib/mdx.ts';
import { REFERENCE_PAGES, sourceFile } from '../lib/pages.ts';
import { existsSync } from 'node:fs';
import { absoluteUrl } from '../lib/urls.ts';

/** /<page>.md: each reference page as Markdown, from the same source as its HTML. */
export const getStaticPaths = (() =>
  REFERENCE_PAGES.filter((page) => existsSync(sourceFile(page.slug))).map((page) => ({
    params: { slug: page.slug },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = readSourcePage(sourceFile(params.slug!));
  return new Response(toMarkdown(page, absoluteUrl('/')), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
