import { test, expect } from './fixtures.ts';

test('a word from a rule finds the rule, and the result lands on its anchor with the term highlighted', async ({ page }) => {
  await page.goto('technologies/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByPlaceholder('Search').fill('parameterized');
  const result = page.locator('#starlight__search a[href*="/security/"][href*="#sec-03"]').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/security\/#sec-03$/);
  await expect(page.locator('h3#sec-03')).toBeInViewport();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeAttached();
  expect(page.url()).not.toContain('highlight=');
  await page.keyboard.press('Escape');
  await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
});

test('"/" opens search, but not while typing in a field', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  await expect(page.locator('site-search dialog')).toBeVisible();
  const input = page.getByPlaceholder('Search');
  await expect(input).toBeFocused();
  await input.pressSequentially('a/b');
  await expect(input).toHaveValue('a/b');
});

test('arrow keys and Enter work in the results', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder('Search').fill('canary');
  // Wait until the results for the whole word are in, so the list does not re-render under the focus.
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('canary');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  await page.waitForLoadState('networkidle'); // every result's data is in, so nothing re-renders under the focus
  // Under load the result list can still re-render once more (seen once in a full run), dropping the focus:
  // start again from the field until ArrowDown lands on a link that stays.
  const first = page.locator('#starlight__search .pagefind-ui__result a').first();
  await expect(async () => {
    await page.getByPlaceholder('Search').focus();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#starlight__search .pagefind-ui__result a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/devops\//);
});

test('three results show at first, and "Load more results" shows the rest', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').fill('timeout');
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('timeout');
  const results = page.locator('#starlight__search .pagefind-ui__result');
  await expect(results).toHaveCount(3);
  await page.getByRole('button', { name: 'Load more results' }).click();
  await expect(results).toHaveCount(6);
});

test('a reference filter narrows the results to that reference', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').fill('cache');
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const before = new Set(await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
  expect(before.size).toBeGreaterThan(1);
  const filters = page.locator('#starlight__search .pagefind-ui__filter-panel');
  await filters.locator('summary', { hasText: 'reference' }).click();
  await filters.getByLabel(/^Performance/).check();
  await expect(async () => {
    const paths = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set([paths[0]]));
    expect(paths[0]).toMatch(/\/performance\/$/);
  }).toPass();
});

test('/search/?q=pkce lists the Authentication section', async ({ page }) => {
  await page.goto('search/?q=pkce');
  await expect(page.locator('#search-page .pagefind-ui__search-input')).toHaveValue('pkce');
  await expect(page.locator('#search-page a[href*="/authentication/"][href*="#auth-09"]').first()).toBeVisible();
});

test('a query containing HTML is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  await page.goto(`search/?q=${encodeURIComponent(attack)}`);
  await expect(page.locator('#search-page .pagefind-ui__search-input')).toHaveValue(attack);
  // The query comes back as text in the results message, never as markup.
  await expect(page.locator('#search-page .pagefind-ui__message')).toContainText(`for ${attack}`);
  await expect(page.locator('#search-page img')).toHaveCount(0);
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').first().fill(attack);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('every page links the OpenSearch description, and it points at /search/', async ({ page, request }) => {
  await page.goto('security/');
  const href = await page.locator('head link[rel="search"]').getAttribute('href');
  const xml = await (await request.get(new URL(href!, page.url()).href)).text();
  expect(xml).toContain('search/?q={searchTerms}');
});
