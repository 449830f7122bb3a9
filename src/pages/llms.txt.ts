import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { REFERENCE_PAGES } from '../lib/pages.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** /llms.txt (llmstxt.org): the handbook's pages and their Markdown versions. */
export const GET: APIRoute = async () => {
  const docs = await getCollection('docs');
  const references = REFERENCE_PAGES.flatMap((page) => {
    const entry = docs.find((doc) => doc.id === page.slug);
    return entry ? [`- [${entry.data.title}](${absoluteUrl(`/${page.slug}.md`)}): ${entry.data.description ?? ''}`] : [];
  });
  const body = [
    '# Backend Development Handbook',
    '',
    '> Citable rules for building backends (APIs, security, authentication, performance, architecture, testing, operations). Each rule has a stable ID such as SEC-03 and a section with what to do, why, how (code) and what to look for in review.',
    '',
    `Rules are listed with their URLs in ${absoluteUrl('/rules.json')}. A rule's short link is its lower-case ID under /r/, for example ${absoluteUrl('/r/sec-03/')}.`,
    '',
    '## References',
    '',
    ...references,
    '',
    '## Optional',
    '',
    `- [Rule index](${absoluteUrl('/rules/')}): every rule with its one-sentence summary`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
