/**
 * npm run bench:search: on a cold load of a reference page served locally from dist/ (build first),
 * opens search with Ctrl+K and types a query; reports the bytes the first search downloads (gzip, from
 * the first sign of intent to results shown) and the time from the last keystroke to results on screen.
 * Median of 5 runs, each in a fresh browser context.
 *
 * With --plain it also builds the same content with plain Starlight (bench/plain-starlight/) and runs the
 * same search there. Plain Starlight fetches its search UI when the browser goes idle, before any intent,
 * so for the comparison both sites count every search download from page load: the Pagefind files and
 * the search UI's script.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { buildErrors, PLAIN_STARLIGHT, timedBuild } from '../bench/timed-build.ts';

const runs = Number(process.env.RUNS ?? 5);
/** Milliseconds between keystrokes: 40 is a fast typist. Slower typing lets partial queries show results, whose fragments add bytes. */
const typingDelay = Number(process.env.TYPING_DELAY ?? 40);
const query = 'idempotency';
const SEARCH_FILES = /\/pagefind\/|\/search-terms\.json$|\/ui-core\.[\w-]+\.js$/;

interface Run {
  /** Downloaded after the first sign of intent. */
  afterIntent: number;
  /** Search files downloaded since page load (Pagefind and the search UI). */
  searchFiles: number;
  milliseconds: number;
}

async function searchOnce(browser: Browser, origin: string): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let intent = false;
  const sizes: Promise<{ url: string; size: number; afterIntent: boolean }>[] = [];
  page.on('response', (response) => {
    const afterIntent = intent;
    sizes.push(
      response.body().then(
        (body) => ({ url: response.url(), size: gzipSync(body, { level: 9 }).length, afterIntent }),
        () => ({ url: response.url(), size: 0, afterIntent }),
      ),
    );
  });
  await page.goto(`${origin}/security/`, { waitUntil: 'networkidle' });
  intent = true;
  await page.keyboard.press('Control+k');
  // The handbook's own result list (src/lib/search-ui.ts), or plain Starlight's Pagefind UI.
  await page.locator('.hb-search-input, .pagefind-ui__search-input').waitFor();
  await page.evaluate((query) => {
    const w = window as unknown as { lastKey: number; shown: number };
    // Results count as shown when the status names the whole query and a result link is on screen.
    const search = document.querySelector<HTMLElement>('#starlight__search')!;
    new MutationObserver(() => {
      const message = document.querySelector('.hb-search-status, .pagefind-ui__message')?.textContent ?? '';
      const link = document.querySelector('.hb-search-link, .pagefind-ui__result-link');
      const complete = search.querySelector('.hb-search-status') ? search.dataset.query === query : message.includes(query);
      if (!w.shown && complete && link) w.shown = performance.now();
    }).observe(search, { childList: true, subtree: true, characterData: true, attributes: true });
    document.addEventListener(
      'keydown',
      () => {
        w.lastKey = performance.now();
        w.shown = 0;
      },
      true,
    );
  }, query);
  await page.keyboard.type(query, { delay: typingDelay });
  await page.waitForFunction(() => (window as unknown as { shown: number }).shown > 0);
  await page.waitForLoadState('networkidle');
  const { lastKey, shown } = await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; shown: number };
    return { lastKey: w.lastKey, shown: w.shown };
  });
  const downloaded = await Promise.all(sizes);
  if (process.env.VERBOSE)
    for (const { url, size, afterIntent } of downloaded)
      console.log(`    ${(size / 1024).toFixed(1).padStart(6)} KB  ${afterIntent ? 'after intent ' : 'before       '} ${url}`);
  await context.close();
  return {
    afterIntent: downloaded.reduce((sum, { size, afterIntent }) => sum + (afterIntent ? size : 0), 0),
    searchFiles: downloaded.reduce((sum, { url, size }) => sum + (SEARCH_FILES.test(url) ? size : 0), 0),
    milliseconds: shown - lastKey,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function bench(dir: string, port: number, label: string, browser: Browser) {
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', dir, String(port), '/'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const results: Run[] = [];
  try {
    for (let run = 0; run < runs; run++) results.push(await searchOnce(browser, `http://localhost:${port}`));
  } finally {
    server.kill();
  }
  const list = (values: number[], format: (value: number) => string) => values.map(format).join(', ');
  console.log(`${label}: first search for "${query}" on /security/, typed at ${typingDelay} ms a key, ${runs} cold runs:`);
  console.log(
    `  downloaded after the first sign of intent: median ${kb(median(results.map((r) => r.afterIntent)))} KB gzip (runs: ${list(
      results.map((r) => r.afterIntent),
      kb,
    )})`,
  );
  console.log(`  search files downloaded since page load: median ${kb(median(results.map((r) => r.searchFiles)))} KB gzip`);
  console.log(
    `  last keystroke to results shown: median ${median(results.map((r) => r.milliseconds)).toFixed(0)} ms (runs: ${list(
      results.map((r) => r.milliseconds),
      (ms) => ms.toFixed(0),
    )})`,
  );
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  await bench('dist', 4393, 'Handbook', browser);
  if (process.argv.includes('--plain')) {
    const plainOut = mkdtempSync(join(tmpdir(), 'handbook-plain-'));
    try {
      const build = timedBuild(PLAIN_STARLIGHT, { OUT_DIR: plainOut });
      if (!build.ok) throw new Error(`plain Starlight build failed:\n${buildErrors(build.stderr)}`);
      await bench(plainOut, 4394, 'Plain Starlight, same content', browser);
    } finally {
      rmSync(plainOut, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
