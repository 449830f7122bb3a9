import { test, expect } from './fixtures.ts';

const SITE = process.env.SITE_URL || 'http://localhost:4321';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test("a rule's Cite button copies its Markdown citation with the absolute URL", async ({ page, baseURL }) => {
  await page.goto('security/#sec-03');
  const heading = page.locator('h3#sec-03');
  const title = (await heading.textContent())!.replace(/^SEC-03: /, '');
  const cite = page.getByRole('button', { name: /^Cite SEC-03/ });
  await expect(cite).toBeVisible();
  const before = await heading.boundingBox();
  await cite.click();
  await expect(cite).toHaveText('Copied');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeAttached();
  expect(await heading.boundingBox()).toEqual(before);
  const base = new URL(baseURL!).pathname;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[SEC-03: ${title}](${SITE}${base}security/#sec-03)`);
});

test('Cite is reachable by keyboard right after the heading link', async ({ page }) => {
  await page.goto('security/');
  const anchor = page.locator('.sl-heading-wrapper:has(#sec-01) a.sl-anchor-link');
  await anchor.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Cite SEC-01/ })).toBeFocused();
});

test('without JavaScript the heading link still works and no dead Cite button shows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('security/');
  await expect(page.locator('.sl-heading-wrapper:has(#sec-01) a.sl-anchor-link')).toHaveAttribute('href', '#sec-01');
  await expect(page.getByRole('button', { name: /^Cite SEC-01/ })).toBeHidden();
  await context.close();
});

for (const id of ['sec-03', 'SEC-03']) {
  test(`the short link /r/${id}/ lands on the rule`, async ({ page }) => {
    await page.goto(`r/${id}/`);
    await expect(page).toHaveURL(/\/security\/#sec-03$/);
    await expect(page.locator('h3#sec-03')).toBeInViewport();
  });
}

test('every page has link-preview meta', async ({ page, baseURL }) => {
  await page.goto('security/');
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect(await meta('property="og:title"')).toBe('Security');
  expect(await meta('property="og:site_name"')).toBe('Backend Development Handbook');
  expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
  expect(await meta('property="og:url"')).toBe(`${SITE}${new URL(baseURL!).pathname}security/`);
  expect(await meta('name="twitter:card"')).toBe('summary');
  expect(await meta('name="twitter:title"')).toBe('Security');
  await expect(page.locator('head link[rel="alternate"][type="text/markdown"]')).toHaveAttribute(
    'href',
    `${new URL(baseURL!).pathname}security.md`,
  );
});
