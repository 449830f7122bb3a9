/**
 * npm run bench: builds the site, then loads every page once in Chromium and reports what a first
 * visit downloads (HTML, CSS, JS, raw and gzip) and the build time. Writes bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measurePage } from '../bench/measure.ts';
import { builtPages } from '../tests/e2e/site.ts';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build', '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

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
console.log(`Build: ${buildSeconds.toFixed(1)} s\n`);
console.log('page                 req  html(gz)  css(gz)  js(gz)  total(gz)  total(raw)');
for (const r of results) {
  console.log(
    `${r.path.padEnd(20)} ${String(r.requests).padStart(3)}  ${kb(r.gzip.html).padStart(8)}  ${kb(r.gzip.css).padStart(7)}  ${kb(r.gzip.js).padStart(6)}  ${kb(r.gzip.total).padStart(9)}  ${kb(r.raw.total).padStart(10)}`,
  );
}
writeFileSync('bench/results.json', JSON.stringify({ buildSeconds, pages: results }, null, 2) + '\n');
console.log('\nKB = 1024 bytes; gzip level 9. Written to bench/results.json.');
