import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';

const data = parse(readFileSync('content/data/decision-matrix.yaml', 'utf8')) as {
  rows: { id: string; need: string; conflicts?: { with: string }[] }[];
};

test('with JavaScript off, every row renders with its own anchor', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('decision-matrix/');
  const rows = page.locator('table.matrix tbody tr');
  await expect(rows).toHaveCount(data.rows.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('h3')?.id))).toEqual(data.rows.map((row) => row.id));
  await expect(page.getByLabel('Filter rows')).toBeHidden();
  await context.close();
});

test('typing in the filter narrows the rows and updates the URL; ?q= restores it', async ({ page }) => {
  await page.goto('decision-matrix/');
  const visible = page.locator('table.matrix tbody tr:visible');
  await page.getByLabel('Filter rows').fill('concurrency');
  await expect(visible).not.toHaveCount(data.rows.length);
  await expect(page.locator('#high-concurrency')).toBeVisible();
  await expect(page).toHaveURL(/\?q=concurrency/);
  const count = await visible.count();

  await page.goto('decision-matrix/?q=concurrency');
  await expect(page.getByLabel('Filter rows')).toHaveValue('concurrency');
  await expect(visible).toHaveCount(count);

  await page.getByLabel('Filter rows').fill('qqqq nothing matches');
  await expect(page.getByText('No row matches this filter.')).toBeVisible();
});

test('a category chip narrows the rows to its category', async ({ page }) => {
  await page.goto('decision-matrix/');
  await page.getByRole('button', { name: 'Data store' }).click();
  await expect(page.getByRole('button', { name: 'Data store' })).toHaveAttribute('aria-pressed', 'true');
  const categories = await page
    .locator('table.matrix tbody tr:visible')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.category));
  expect(categories.length).toBeGreaterThan(0);
  expect(new Set(categories)).toEqual(new Set(['database']));
  await expect(page).toHaveURL(/category=database/);
});

test('the stack builder shows choices and conflicts, and its URL restores the selection', async ({ page }) => {
  await page.goto('decision-matrix/');
  await page.getByRole('checkbox', { name: 'Fast development' }).check();
  await page.getByRole('checkbox', { name: 'Max performance' }).check();
  const result = page.locator('.stack-result');
  await expect(result.locator('.stack-choices li')).toHaveCount(2);
  await expect(result.locator('.stack-conflicts')).toContainText('Fast development vs Max performance');
  const shared = await page.locator('a.stack-url').getAttribute('href');
  expect(shared).toMatch(/needs=fast-development%2Cmax-performance|needs=fast-development,max-performance/);

  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(shared!);
  await expect(fresh.getByRole('checkbox', { name: 'Fast development' })).toBeChecked();
  await expect(fresh.getByRole('checkbox', { name: 'Max performance' })).toBeChecked();
  await expect(fresh.getByRole('checkbox', { name: 'Caching' })).not.toBeChecked();
  await expect(fresh.locator('.stack-conflicts')).toBeVisible();
  await fresh.close();
});

test('a row anchor scrolls to the row', async ({ page }) => {
  await page.goto('decision-matrix/#real-time-events');
  await expect(page.locator('#real-time-events')).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('nothing overflows the viewport', async ({ page }) => {
    await page.goto('decision-matrix/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
