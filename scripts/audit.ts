/**
 * npm run audit: Lighthouse (mobile, its default) over the home page, two references (security, and
 * api-design, the heaviest), the decision matrix and the checklists, in Debian's Chromium, against the
 * built dist/ served locally with gzip as a host would. Prints the scores and the metrics short of full marks.
 */
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const pages = ['', 'security/', 'api-design/', 'decision-matrix/', 'checklists/'];
const port = 4392;
const server = spawn(process.execPath, ['scripts/serve.ts', 'dist', String(port), '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log(`page               ${categories.map((c) => c.padStart(15)).join('')}`);
try {
  for (const path of pages) {
    const result = await lighthouse(`http://localhost:${port}/${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    console.log(`${(path || '/').padEnd(18)} ${scores.map((score) => String(score).padStart(15)).join('')}`);
    for (const category of categories) {
      const lhr = result!.lhr;
      const failing = lhr.categories[category]!.auditRefs.filter(
        (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
      ).map((ref) => `${ref.id} ${lhr.audits[ref.id]?.displayValue ?? ''}`.trim());
      if (failing.length) console.log(`  ${category}: ${failing.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
