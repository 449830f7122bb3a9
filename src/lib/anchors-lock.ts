/**
 * The anchors lock (tests/fixtures/anchors.lock.json): every page URL and heading anchor the site has
 * published. Links in reviews point at them for years, so one may only disappear when a redirect or a
 * retired-rule entry covers it. `npm run anchors:update` adds what is new and never drops anything.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './link-check.ts';

/** Page path (relative to the base, e.g. `security/`) → its heading anchors. */
export type AnchorsLock = Record<string, string[]>;

export function publishedAnchors(dist: string): AnchorsLock {
  const lock: AnchorsLock = {};
  for (const file of htmlFiles(dist)) {
    const path = relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1');
    if (path.startsWith('r/') || path === '404.html') continue;
    const root = parse(readFileSync(file, 'utf8'));
    const main = root.querySelector('main');
    if (!main) continue;
    lock[path] = main
      .querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], tr[id], li[id]')
      .map((element) => element.id)
      .filter((id) => !id.startsWith('starlight__') && id !== '_top')
      .sort();
  }
  return lock;
}

/** Old and new together: nothing published is ever dropped from the lock. */
export function mergeLock(old: AnchorsLock, current: AnchorsLock): AnchorsLock {
  const merged: AnchorsLock = {};
  for (const path of [...new Set([...Object.keys(old), ...Object.keys(current)])].sort()) {
    merged[path] = [...new Set([...(old[path] ?? []), ...(current[path] ?? [])])].sort();
  }
  return merged;
}

export interface Coverage {
  /** Old page path → new page path, from the site's redirects. */
  redirects: Record<string, string>;
  /** Rule anchors that are retired (their /r/ link leads to the successor). */
  retiredAnchors: Set<string>;
}

/** What the lock promises that the built site no longer has, and nothing covers. */
export function missingFromSite(lock: AnchorsLock, site: AnchorsLock, coverage: Coverage): string[] {
  const missing: string[] = [];
  for (const [path, anchors] of Object.entries(lock)) {
    const target = path in site ? path : coverage.redirects[path];
    if (target === undefined || !(target in site)) {
      missing.push(`/${path} (page removed without a redirect)`);
      continue;
    }
    const present = new Set(site[target]);
    for (const anchor of anchors) {
      if (!present.has(anchor) && !coverage.retiredAnchors.has(anchor)) missing.push(`/${path}#${anchor}`);
    }
  }
  return missing;
}
