/**
 * Checks every internal link of a built site: each href, src and meta-refresh target on every
 * page must resolve to a file in dist/, and a #fragment to an element with that id.
 * Links to other sites are collected for a report, never fetched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
  external: Map<string, Set<string>>;
}

const ORIGIN = 'http://site.invalid';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

/** The site path a built file is served at, e.g. dist/security/index.html → /base/security/. */
function servedPath(dist: string, file: string, base: string): string {
  const path = relative(dist, file).split(sep).join('/');
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a URL path resolves to in dist/, or undefined. */
function fileFor(dist: string, pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  // Static hosts serve /404/ from 404.html and /page/ from page/index.html.
  const candidates =
    rest === '' || rest.endsWith('/')
      ? [join(dist, rest, 'index.html'), join(dist, `${rest.slice(0, -1)}.html`)]
      : [join(dist, rest), join(dist, rest, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function linksOf(root: HTMLElement): string[] {
  const links: string[] = [];
  for (const element of root.querySelectorAll('[href], [src]')) {
    // <link rel="canonical"> and alternates are absolute URLs of the deployed site, checked as paths below.
    const value = element.getAttribute('href') ?? element.getAttribute('src');
    if (value !== undefined) links.push(value);
  }
  for (const meta of root.querySelectorAll('meta[http-equiv="refresh"]')) {
    const target = /url=(.+)$/i.exec(meta.getAttribute('content') ?? '')?.[1];
    if (target) links.push(target.trim());
  }
  return links;
}

export function checkLinks(dist: string, base = '/', site?: string): LinkReport {
  const normalizedBase = base.replace(/\/?$/, '/');
  const siteOrigin = site ? new URL(site).origin : undefined;
  const files = htmlFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const root = parse(readFileSync(file, 'utf8'));
      ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
      idCache.set(file, ids);
    }
    return ids;
  };

  const report: LinkReport = { pages: files.length, links: 0, broken: [], external: new Map() };
  for (const file of files) {
    const pagePath = servedPath(dist, file, normalizedBase);
    const root = parse(readFileSync(file, 'utf8'));
    idCache.set(file, new Set(root.querySelectorAll('[id]').map((element) => element.id)));
    for (const link of linksOf(root)) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(link) || link === '#') continue;
      report.links++;
      const url = new URL(link, ORIGIN + pagePath);
      const isOwnSite = url.origin === ORIGIN || url.origin === siteOrigin;
      if (!isOwnSite) {
        if (!report.external.has(url.href)) report.external.set(url.href, new Set());
        report.external.get(url.href)!.add(pagePath);
        continue;
      }
      const target = fileFor(dist, url.pathname, normalizedBase);
      if (!target) {
        report.broken.push({ page: pagePath, link, problem: `no file at ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        report.broken.push({ page: pagePath, link, problem: `${url.pathname} has no element with id "${fragment}"` });
      }
    }
  }
  return report;
}

export function formatBroken(broken: BrokenLink[]): string {
  return broken.map(({ page, link, problem }) => `  ${page}: ${link} (${problem})`).join('\n');
}
