import type { APIRoute } from 'astro';
import { siteRegistry } from '../lib/registry.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** The machine-readable rule registry for review bots and editor plugins (documented in README.md). */
export const GET: APIRoute = () => {
  const { rules, retired, byId } = siteRegistry();
  const live = rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    summary: rule.summary,
    page: rule.page,
    url: absoluteUrl(`/${rule.page}/#${rule.anchor}`),
    shortUrl: absoluteUrl(`/r/${rule.anchor}/`),
    retired: false,
  }));
  const gone = retired.map((entry) => {
    const successor = byId.get(entry.replacedBy)!;
    return {
      id: entry.id,
      title: `Retired: see ${successor.id}`,
      summary: entry.reason,
      page: successor.page,
      url: absoluteUrl(`/${successor.page}/#${successor.anchor}`),
      shortUrl: absoluteUrl(`/r/${entry.id.toLowerCase()}/`),
      retired: true,
      replacedBy: successor.id,
    };
  });
  return new Response(JSON.stringify({ rules: [...live, ...gone] }, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
