/**
 * What a first visit to a page costs, measured in Chromium: every request until the network is idle,
 * with no interaction (so the search UI, which loads on intent, is not counted). Bytes are the gzip
 * size of each response body (level 9), so the figures do not depend on how a host compresses.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface PageWeight {
  path: string;
  requests: number;
  raw: { html: number; css: number; js: number; other: number; total: number };
  gzip: { html: number; css: number; js: number; other: number; total: number };
}

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(contentType: string, url: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  return 'other';
}

export async function measurePage(page: Page, url: string, path: string): Promise<PageWeight> {
  const bodies: Promise<{ kind: Kind; raw: number; gzip: number }>[] = [];
  const onResponse = (response: Response) => {
    if (response.status() >= 300) return;
    bodies.push(
      response.body().then((body) => ({
        kind: kindOf(response.headers()['content-type'] ?? '', response.url()),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  // A response after the first visit is not part of it, and its body could be read after the test ended.
  page.off('response', onResponse);
  const measured = await Promise.all(bodies);
  const sum = (field: 'raw' | 'gzip') => {
    const totals = { html: 0, css: 0, js: 0, other: 0, total: 0 };
    for (const item of measured) {
      totals[item.kind] += item[field];
      totals.total += item[field];
    }
    return totals;
  };
  return { path, requests: measured.length, raw: sum('raw'), gzip: sum('gzip') };
}
