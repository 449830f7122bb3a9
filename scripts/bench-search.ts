/**
 * npm run bench:search: on a cold load of a reference page served locally from dist/ (build first),
 * opens search with "/" and types a query; reports the bytes the first search downloads (gzip, from
 * the first sign of intent to results shown) and the time from the last keystroke to results on screen.
 * Median of 5 runs, each in a fresh browser context.
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const port = 4393;
const runs = 5;
const query = 'idempotency';
const server = spawn(process.execPath, ['scripts/serve.ts', 'dist', String(port), '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bytes: number[] = [];
const times: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/security/`, { waitUntil: 'networkidle' });
    const sizes: Promise<number>[] = [];
    page.on('response', (response) =>
      sizes.push(
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      ),
    );
    await page.keyboard.press('/');
    await page.locator('.pagefind-ui__search-input').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; shown: number };
      new MutationObserver(() => {
        if (!w.shown && document.querySelector('.pagefind-ui__result-link')) w.shown = performance.now();
      }).observe(document.querySelector('#starlight__search')!, { childList: true, subtree: true });
      document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
    });
    await page.keyboard.type(query, { delay: 40 });
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await page.waitForLoadState('networkidle');
    const { lastKey, shown } = await page.evaluate(() => window as unknown as { lastKey: number; shown: number });
    bytes.push((await Promise.all(sizes)).reduce((sum, size) => sum + size, 0));
    times.push(shown - lastKey);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`First search for "${query}" on /security/, ${runs} cold runs:`);
console.log(
  `  downloaded after the first sign of intent: median ${(median(bytes) / 1024).toFixed(1)} KB gzip (runs: ${bytes.map((b) => (b / 1024).toFixed(1)).join(', ')})`,
);
console.log(
  `  last keystroke to results shown: median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
);
