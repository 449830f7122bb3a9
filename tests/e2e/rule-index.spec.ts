import { test, expect } from './fixtures.ts';

test('the rule index lists every rule and filters by text and by reference', async ({ page, request }) => {
  const { rules } = (await (await request.get('rules.json')).json()) as { rules: { id: string; retired: boolean }[] };
  const live = rules.filter((rule) => !rule.retired);
  await page.goto('rules/');
  const items = page.locator('.rule-list li');
  await expect(items).toHaveCount(live.length);

  await page.getByLabel('Filter', { exact: true }).fill('sec 03');
  await expect(items.filter({ visible: true })).toHaveCount(1);
  await expect(items.filter({ visible: true }).locator('a')).toHaveAttribute('href', /\/security\/#sec-03$/);
  await expect(page).toHaveURL(/\?q=sec\+03/);

  await page.getByLabel('Filter', { exact: true }).fill('');
  await page.getByLabel('Reference').selectOption('authentication');
  const visible = await items.filter({ visible: true }).count();
  expect(visible).toBe(live.filter((rule) => rule.id.startsWith('AUTH-')).length);

  await page.getByLabel('Filter', { exact: true }).fill('zzzz no such rule');
  await expect(page.getByText('No rule matches this filter.')).toBeVisible();
});

test('rules.json has the documented shape for every rule', async ({ request, baseURL }) => {
  const body = (await (await request.get('rules.json')).json()) as { rules: Record<string, unknown>[] };
  expect(body.rules.length).toBeGreaterThanOrEqual(10);
  for (const rule of body.rules) {
    expect(Object.keys(rule).slice(0, 7)).toEqual(['id', 'title', 'summary', 'page', 'url', 'shortUrl', 'retired']);
    expect(rule.url).toMatch(new RegExp(`/${rule.page}/#${String(rule.id).toLowerCase()}$`));
    const short = await request.get(new URL(String(rule.shortUrl)).pathname.replace(new URL(baseURL!).pathname, ''));
    expect(short.ok(), String(rule.shortUrl)).toBe(true);
  }
});
