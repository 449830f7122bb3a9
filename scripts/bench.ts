/**
 * npm run bench: builds the site, then loads every page once in Chromium and reports what a first
 * visit downloads (HTML, CSS, JS, raw and gzip). Also builds the same content with plain Starlight
 * (bench/plain-starlight/) and reports both builds' time and peak memory. Writes bench/results.json.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { measurePage } from '../bench/measure.ts';
import { buildErrors, PLAIN_STARLIGHT, timedBuild, type TimedBuild } from '../bench/timed-build.ts';
import { builtPages } from '../tests/e2e/site.ts';

const plainOut = mkdtempSync(join(tmpdir(), 'handbook-plain-'));
const plain = timedBuild(PLAIN_STARLIGHT, { OUT_DIR: plainOut });
rmSync(plainOut, { recursive: true, force: true });
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
const server = spawn(process.execPath, ['scripts/serve.ts', 'dist', String(port), '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results = [];
try {
  for (const path of builtPages()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    results.push(await measurePage(page, `http://localhost:${port}/${path === './' ? '' : path}`, path));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const memory = (result: TimedBuild) => (result.peakMB ? `, peak ${result.peakMB.toFixed(0)} MB` : '');
console.log(`Build: ${build.seconds.toFixed(1)} s${memory(build)}`);
console.log(
  `Plain Starlight, same content: ${plain.seconds.toFixed(1)} s${memory(plain)}; the handbook takes ${(build.seconds / plain.seconds).toFixed(2)}× as long (target at most 1.3×)\n`,
);
console.log('page                 req  html(gz)  css(gz)  js(gz)  total(gz)  total(raw)');
for (const r of results) {
  console.log(
    `${r.path.padEnd(20)} ${String(r.requests).padStart(3)}  ${kb(r.gzip.html).padStart(8)}  ${kb(r.gzip.css).padStart(7)}  ${kb(r.gzip.js).padStart(6)}  ${kb(r.gzip.total).padStart(9)}  ${kb(r.raw.total).padStart(10)}`,
  );
}
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      buildSeconds: build.seconds,
      buildPeakMB: build.peakMB,
      plainStarlight: { buildSeconds: plain.seconds, buildPeakMB: plain.peakMB },
      pages: results,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nKB = 1024 bytes; gzip level 9. Written to bench/results.json.');
