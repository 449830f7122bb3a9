import { test, expect } from './fixtures.ts';

test('a word from a rule finds the rule, and the result lands on its anchor', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByPlaceholder('Search');
  await input.fill('parameterized');
  const result = page.locator('#starlight__search a[href*="/security/#sec-03"]').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/security\/#sec-03$/);
  await expect(page.locator('h3#sec-03')).toBeInViewport();
});

test('"/" opens search, but not while typing in a field', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  const dialog = page.locator('site-search dialog');
  await expect(dialog).toBeVisible();
  const input = page.getByPlaceholder('Search');
  await expect(input).toBeFocused();
  await input.pressSequentially('a/b');
  await expect(input).toHaveValue('a/b');
});
