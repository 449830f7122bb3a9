import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { missingFromSite, publishedAnchors, type AnchorsLock } from '../../src/lib/anchors-lock.ts';
import { readRedirects } from '../../src/lib/redirects.ts';
import { readRetired } from '../../src/lib/registry.ts';

test('every page URL and anchor ever published still resolves, or a redirect or retired rule covers it', () => {
  const lock = JSON.parse(readFileSync('tests/fixtures/anchors.lock.json', 'utf8')) as AnchorsLock;
  const retiredAnchors = new Set(readRetired('content/data/retired-rules.yaml').map((entry) => entry.id.toLowerCase()));
  const missing = missingFromSite(lock, publishedAnchors('dist'), { redirects: readRedirects(), retiredAnchors });
  expect(missing, 'published links that no longer resolve (add a redirect or a retired-rules entry)').toEqual([]);
  expect(Object.keys(lock).length).toBeGreaterThan(10);
});
