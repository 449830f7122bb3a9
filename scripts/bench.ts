/**
 * npm run bench: builds the site, then loads every page once in Chromium and reports what a first
 * visit downloads (HTML, CSS, JS, raw and gzip). Also builds the same content with plain Starlight
 * (bench/plain-starlight/) and reports both builds' time and peak memory. Writes bench/results.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { measurePage, type PageWeight } from '../bench/measure.ts';
import { buildErrors, PLAIN_STARLIGHT, timedBuild, type TimedBuild } from '../bench/timed-build.ts';
import { builtPages } from '../tests/e2e/site.ts';

const plainOut = mkdtempSync(join(tmpdir(), 'handbook-plain-'));
const plain = timedBuild(PLAIN_STARLIGHT, { OUT_DIR: plainOut });
const build = timedBuild();
for (const [name, result] of [
  ['plain Starlight', plain],
  ['handbook', build],
] as const) {
  if (!result.ok) {
    console.error(`The ${name} build failed:\n${buildErrors(result.stderr)}`);
    process.exit(1);
  }
}

const port = 4391;
const plainPort = 4390;
const servers = [
  spawn(process.execPath, ['scripts/serve.ts', 'dist', String(port), '/'], { stdio: 'ignore' }),
  spawn(process.execPath, ['scripts/serve.ts', plainOut, String(plainPort), '/'], { stdio: 'ignore' }),
];
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
async function measure(origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight = await measurePage(page, `${origin}/${path === './' ? '' : path}`, path);
  await context.close();
  return weight;
}
const results: PageWeight[] = [];
/** The same page built by plain Starlight, for the pages both builds have (home and the references). */
const plainResults = new Map<string, PageWeight>();
try {
  for (const path of builtPages()) {
    results.push(await measure(`http://localhost:${port}`, path));
    if (existsSync(join(plainOut, path, 'index.html')))
      plainResults.set(path, await measure(`http://localhost:${plainPort}`, path));
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
  rmSync(plainOut, { recursive: true, force: true });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const memory = (result: TimedBuild) => (result.peakMB ? `, peak ${result.peakMB.toFixed(0)} MB` : '');
console.log(`Build: ${build.seconds.toFixed(1)} s${memory(build)}`);
console.log(
  `Plain Starlight, same content: ${plain.seconds.toFixed(1)} s${memory(plain)}; the handbook takes ${(build.seconds / plain.seconds).toFixed(2)}× as long (target at most 1.3×)\n`,
);
console.log('page                 req  html(gz)  css(gz)  js(gz)  total(gz)  total(raw)  plain Starlight total(gz)');
for (const r of results) {
  const plainTotal = plainResults.get(r.path)?.gzip.total;
  console.log(
    `${r.path.padEnd(20)} ${String(r.requests).padStart(3)}  ${kb(r.gzip.html).padStart(8)}  ${kb(r.gzip.css).padStart(7)}  ${kb(r.gzip.js).padStart(6)}  ${kb(r.gzip.total).padStart(9)}  ${kb(r.raw.total).padStart(10)}  ${(plainTotal ? kb(plainTotal) : '').padStart(25)}`,
  );
}
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      buildSeconds: build.seconds,
      buildPeakMB: build.peakMB,
      plainStarlight: { buildSeconds: plain.seconds, buildPeakMB: plain.peakMB, pages: [...plainResults.values()] },
      pages: results,
    },
    null,
    2,
  ) + '\n',
);
console.log(
  '\nKB = 1024 bytes; gzip level 9. Plain Starlight loads its search UI when the browser goes idle, so its column includes it. Written to bench/results.json.',
);
