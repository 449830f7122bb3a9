/** npm run anchors:update: adds the built site's new page URLs and anchors to the lock, never drops one. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mergeLock, publishedAnchors, type AnchorsLock } from '../src/lib/anchors-lock.ts';

const file = 'tests/fixtures/anchors.lock.json';
const old = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as AnchorsLock;
const merged = mergeLock(old, publishedAnchors('dist'));
writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
const count = (lock: AnchorsLock) => Object.values(lock).reduce((sum, anchors) => sum + anchors.length, 0);
console.log(`${file}: ${Object.keys(merged).length} pages, ${count(merged)} anchors (${count(merged) - count(old)} new).`);
