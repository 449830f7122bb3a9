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

test('a version fact renders from the versions data, and the page lists it with its source and date', async ({ page }) => {
  await page.goto('security/');
  await expect(page.locator('.sl-heading-wrapper:has(#sec-01) ~ p:not(.rule-checklists)').first()).toContainText('as OWASP ASVS 5.0.0 (released 2025-05-30) asks');
  const table = page.locator('.sl-heading-wrapper:has(h2#versions-checked) ~ table').first();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr td').nth(1)).toHaveText('5.0.0');
  await expect(table.getByRole('link', { name: 'github.com' })).toHaveAttribute('href', 'https://github.com/OWASP/ASVS/releases/tag/v5.0.0_release');
  await expect(table.locator('time')).toHaveAttribute('datetime', '2026-12-02');
});

test('the Markdown export writes the version fact and the versions table', async ({ request }) => {
  const markdown = await (await request.get('security.md')).text();
  expect(markdown).toContain('as OWASP ASVS 5.0.0 (released 2025-05-30) asks');
  expect(markdown).toContain('| OWASP ASVS (latest release) | 5.0.0 | 2025-05-30 | – | <https://github.com/OWASP/ASVS/releases/tag/v5.0.0_release>, 2026-12-02 |');
});
