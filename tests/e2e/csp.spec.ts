import { test, expect } from './fixtures.ts';
import { builtPages } from './site.ts';

/** Collects CSP violations in the page, from before its first script runs. */
async function watchViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective}: ${event.blockedURI || event.sample}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** Every request a page makes must go to the site itself: no fonts, analytics or CDNs. */
function watchOrigins(page: import('@playwright/test').Page, baseURL: string) {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  return foreign;
}

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
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
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
