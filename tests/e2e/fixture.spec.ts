import { test, expect } from './fixtures.ts';

test('a retired ID leads to its successor, which says what it replaced', async ({ page }) => {
  await page.goto('r/sec-03/');
  await expect(page).toHaveURL(/\/security\/#sec-02$/);
  await expect(page.locator('h3#sec-02')).toBeInViewport();
  await expect(page.locator('.sl-heading-wrapper:has(#sec-02) + .rule-replaces')).toContainText('Replaces SEC-03');
});

test('rules.json marks retired IDs with their successor', async ({ request }) => {
  const { rules } = (await (await request.get('rules.json')).json()) as { rules: Record<string, unknown>[] };
  expect(rules.find((rule) => rule.id === 'SEC-03')).toMatchObject({ retired: true, replacedBy: 'SEC-02', page: 'security' });
});
