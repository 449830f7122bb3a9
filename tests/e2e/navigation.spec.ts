import { test, expect } from './fixtures.ts';

test('the home page renders its references with no console errors', async ({ page, errors }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Backend Development Handbook/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Development Handbook');
  await expect(page.locator('.reference-cards a', { hasText: 'Security' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the sidebar leads to Security', async ({ page }) => {
  await page.goto('technologies/');
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Security', exact: true }).click();
  await expect(page).toHaveURL(/\/security\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
});

test('a rule link scrolls its heading into view', async ({ page }) => {
  await page.goto('security/#sec-01');
  const heading = page.locator('h3#sec-01');
  await expect(heading).toContainText('SEC-01:');
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'On this page' }).locator('a[href="#sec-01"]').first()).toBeAttached();
});

test('every page has a title, description and canonical URL in its head', async ({ page, baseURL }) => {
  for (const path of ['./', 'security/']) {
    await page.goto(path);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', /\S.{30,}/);
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(new URL(path, baseURL).pathname);
  }
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.goto('security/');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens and navigates', async ({ page }) => {
    await page.goto('technologies/');
    const menu = page.locator('#starlight__sidebar');
    await expect(menu).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: 'Security', exact: true }).click();
    await expect(page).toHaveURL(/\/security\/$/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

test('the whole site title fits beside the buttons on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('security/');
  const title = page.locator('.site-title span').first();
  await expect(title).toHaveText('Backend Development Handbook');
  expect(await title.evaluate((span) => span.scrollWidth <= span.clientWidth)).toBe(true);
});

test('a reference prints without navigation or search, with every code block laid out and link addresses shown', async ({
  page,
}) => {
  await page.goto('security/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.locator('starlight-toc')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Cite SEC-01/ })).toBeHidden();
  const visibility = await page
    .locator('.sl-markdown-content .expressive-code')
    .evaluateAll((blocks) => [...new Set(blocks.map((block) => getComputedStyle(block).contentVisibility))]);
  expect(visibility).toEqual(['visible']);
  const external = page.locator('.sl-markdown-content a[href^="http"]').first();
  const href = await external.getAttribute('href');
  expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
});
