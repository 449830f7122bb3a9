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
const runs = Number(process.env.RUNS ?? 5);
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
    const sizes: Promise<{ url: string; size: number }>[] = [];
    page.on('response', (response) =>
      sizes.push(
        response.body().then(
          (body) => ({ url: response.url(), size: gzipSync(body, { level: 9 }).length }),
          () => ({ url: response.url(), size: 0 }),
        ),
      ),
    );
    await page.keyboard.press('/');
    await page.locator('.pagefind-ui__search-input').waitFor();
    await page.evaluate((query) => {
      const w = window as unknown as { lastKey: number; shown: number };
      // Results count as shown when the message names the whole query and a result link is on screen.
      new MutationObserver(() => {
        const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
        if (!w.shown && message.includes(query) && document.querySelector('.pagefind-ui__result-link'))
          w.shown = performance.now();
      }).observe(document.querySelector('#starlight__search')!, { childList: true, subtree: true, characterData: true });
      document.addEventListener(
        'keydown',
        () => {
          w.lastKey = performance.now();
          w.shown = 0;
        },
        true,
      );
    }, query);
    await page.keyboard.type(query, { delay: 40 });
    await page.waitForFunction(() => (window as unknown as { shown: number }).shown > 0);
    await page.waitForLoadState('networkidle');
    const { lastKey, shown } = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; shown: number };
      return { lastKey: w.lastKey, shown: w.shown };
    });
    const downloaded = await Promise.all(sizes);
    if (process.env.VERBOSE)
      for (const { url, size } of downloaded) console.log(`    ${(size / 1024).toFixed(1).padStart(6)} KB  ${url}`);
    bytes.push(downloaded.reduce((sum, { size }) => sum + size, 0));
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
