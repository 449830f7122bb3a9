import { readFileSync } from 'node:fs';
import { CODE_FOREGROUND_STYLE } from '../../src/plugins/handbook-html.ts';
import { test, expect, gotoWithTheme } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The body of the first fenced block in a page's source that contains `marker`. */
function fenceContaining(page: string, marker: string): string {
  const source = readFileSync(`content/${page}.mdx`, 'utf8');
  const fences = [...source.matchAll(/^```[^\n]*\n([\s\S]*?)\n```$/gm)].map((match) => match[1]!);
  const fence = fences.find((body) => body.includes(marker));
  if (!fence) throw new Error(`no fence containing ${marker} in content/${page}.mdx`);
  return fence;
}

for (const theme of ['light', 'dark'] as const) {
  test(`plain code text keeps the colour Expressive Code gave it (${theme})`, async ({ page }) => {
    await gotoWithTheme(page, 'api-design/', theme);
    expect(await page.locator(`.expressive-code span[style="${CODE_FOREGROUND_STYLE}"]`).count()).toBe(0);
    // The build unwraps spans carrying CODE_FOREGROUND_STYLE; one put back must look the same as the text around it.
    const colours = await page.evaluate((style) => {
      const line = document.querySelector('.expressive-code .ec-line .code')!;
      const span = document.createElement('span');
      span.setAttribute('style', style);
      span.textContent = 'x';
      line.append(span);
      return [getComputedStyle(line).color, getComputedStyle(span).color];
    }, CODE_FOREGROUND_STYLE);
    expect(colours[1]).toBe(colours[0]);
  });
}

test('the copy button copies a code block exactly as written in the source', async ({ page }) => {
  await page.goto('api-design/');
  const expected = fenceContaining('api-design', 'import express from');
  const block = page.locator('.expressive-code').filter({ hasText: 'import express from' }).first();
  await block.hover();
  await block.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(block.getByText('Copied!')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test("a terminal block's copy leaves out its comment lines", async ({ page }) => {
  await page.goto('code-quality/');
  const source = fenceContaining('code-quality', 'npx prettier --check .');
  const expected = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
  const block = page.locator('.expressive-code').filter({ hasText: 'npx prettier --check .' }).first();
  await block.hover();
  await block.getByRole('button', { name: 'Copy to clipboard' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(expected).toBe('npx prettier --check .\nnpx @biomejs/biome ci .');
});

for (const width of [1280, 390]) {
  test(`headings after many code blocks still land at the top of the screen (${width} px)`, async ({ page }) => {
    // Code blocks off screen are not laid out (content-visibility); the height reserved for them must not
    // throw a deep link off its target.
    await page.setViewportSize({ width, height: 800 });
    await page.goto('api-design/');
    const ids = await page.locator('h3[id^="api-"]').evaluateAll((headings) => headings.map((h) => h.id));
    // The last rules, but not the very last: a heading near the end of the page cannot scroll to the top.
    for (const id of ids.slice(-4, -1)) {
      await page.goto('about:blank');
      await page.goto(`api-design/#${id}`);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      await page.waitForTimeout(300); // blocks coming into view get their real height
      const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
      expect(top, `#${id}`).toBeGreaterThanOrEqual(0);
      expect(top, `#${id}`).toBeLessThan(200);
    }
  });
}
