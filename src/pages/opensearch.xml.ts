import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

/** OpenSearch description: lets browsers add the handbook as a search engine (linked from every page's head). */
export const GET: APIRoute = () => {
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Backend Handbook</ShortName>
  <Description>Search the Backend Development Handbook</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${absoluteUrl('/favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${absoluteUrl('/search/')}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
