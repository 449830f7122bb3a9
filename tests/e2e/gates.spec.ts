/**
 * Each browser gate, shown to fail on a deliberately broken page: if a gate could not fail, its
 * green result on the real site would mean nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, watchOrigins, watchViolations } from './fixtures.ts';

const broken = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
<meta http-equiv="content-security-policy" content="script-src 'self'; img-src 'self'">
</head><body><main><h1>Broken fixture</h1>
<p style="color:#bbb;background:#fff">Low-contrast text</p>
<img src="https://third-party.invalid/pixel.png">
<script>document.title = 'inline script ran'</script>
</main></body></html>`;

test('the accessibility, CSP and third-party gates each catch a broken page', async ({ page, baseURL }) => {
  await page.route('https://third-party.invalid/**', (route) => route.abort());
  const violations = await watchViolations(page);
  const foreign = watchOrigins(page, baseURL!);
  await page.route(`${baseURL}gate-fixture/`, (route) => route.fulfill({ contentType: 'text/html', body: broken }));
  await page.goto('gate-fixture/');

  const { violations: axe } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.map((violation) => violation.id).sort()).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  expect((await violations()).join('\n')).toMatch(/script-src/);
  expect(foreign).toEqual(['https://third-party.invalid/pixel.png']);
  expect(await page.title()).toBe('Broken');
});
