import { test, expect } from './fixtures.ts';

test('a word from a rule finds the rule, and the result lands on its anchor with the term highlighted', async ({ page }) => {
  await page.goto('technologies/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByPlaceholder('Search').fill('parameterized');
  const result = page.locator('#starlight__search a.hb-search-link[href*="/security/"][href*="#sec-03"]').first();
  await expect(result).toBeVisible();
  await result.click();
  // Two long pages load and the highlight script marks a 5,000-word page: allow for a loaded machine.
  await expect(page).toHaveURL(/\/security\/#sec-03$/, { timeout: 15_000 });
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
  await expect(page.locator('#starlight__search')).toHaveAttribute('data-query', 'canary');
  await page.getByPlaceholder('Search').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#starlight__search .hb-search-link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#starlight__search .hb-search-link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/devops\/(\?[^#]*)?#ops-1[23]$/);
});

test('each result is a section: its title, its page and a snippet with the matched word marked', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').fill('thundering herd');
  await expect(page.locator('#starlight__search')).toHaveAttribute('data-query', 'thundering herd');
  const first = page.locator('#starlight__search .hb-search-result').first();
  await expect(first.locator('.hb-search-title')).toHaveText(/^PERF-12: /);
  await expect(first.locator('.hb-search-page')).toHaveText('Performance');
  await expect(first.locator('.hb-search-excerpt mark').first()).toBeVisible();
});

test('a rule ID in any spelling goes straight to the rule', async ({ page }) => {
  for (const spelling of ['sec 3', 'SEC03', 'Sec-3']) {
    await page.goto(`search/?q=${encodeURIComponent(spelling)}`);
    await expect(page.locator('#search-page')).toHaveAttribute('data-query', spelling);
    await expect(page.locator('#search-page .hb-search-link').first()).toHaveAttribute('href', /\/security\/#sec-03$/);
  }
});

test('five results show at first, and "Load more results" shows five more', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').fill('timeout');
  await expect(page.locator('#starlight__search')).toHaveAttribute('data-query', 'timeout');
  const results = page.locator('#starlight__search .hb-search-result');
  await expect(results).toHaveCount(5);
  await page.getByRole('button', { name: 'Load more results' }).click();
  await expect(results).toHaveCount(10);
});

test('a reference filter narrows the results to that reference', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('/');
  await page.getByPlaceholder('Search').fill('cache');
  const container = page.locator('#starlight__search');
  await expect(container).toHaveAttribute('data-query', 'cache');
  const results = page.locator('#starlight__search .hb-search-link');
  const paths = () => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(new Set(await paths()).size).toBeGreaterThan(1);
  await container.getByLabel('Reference').selectOption('Performance');
  await expect(async () => {
    const shown = await paths();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([shown[0]]));
    expect(shown[0]).toMatch(/\/performance\/$/);
  }).toPass();
});

test('/search/?q=pkce lists the Authentication section', async ({ page }) => {
  await page.goto('search/?q=pkce');
  await expect(page.locator('#search-page .hb-search-input')).toHaveValue('pkce');
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
  await expect(page.locator('#search-page .hb-search-input')).toHaveValue(attack);
  // The query comes back as text in the results message, never as markup.
  await expect(page.locator('#search-page .hb-search-status')).toContainText(`for ${attack}`);
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
