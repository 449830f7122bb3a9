import { test, expect, watchOrigins, watchViolations } from './fixtures.ts';
import { builtPages } from './site.ts';

for (const path of builtPages()) {
  test(`${path}: no CSP violation, console error or third-party request`, async ({ page, errors, baseURL }) => {
    const violations = await watchViolations(page);
    const foreign = watchOrigins(page, baseURL!);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('using the site (search, theme, Cite, matrix filter, checklists) triggers no CSP violation', async ({
  page,
  errors,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  const foreign = watchOrigins(page, baseURL!);

  await page.goto('security/');
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').fill('argon2id');
  await expect(page.locator('#starlight__search .hb-search-result').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await page.getByRole('button', { name: /^Cite SEC-01/ }).click();
  expect(await violations()).toEqual([]);

  await page.goto('decision-matrix/');
  await page.getByLabel('Filter rows').fill('cache');
  await page.getByRole('checkbox', { name: 'Caching' }).check();
  expect(await violations()).toEqual([]);

  await page.goto('checklists/');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Copy as Markdown' }).first().click();
  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
