import { test, expect } from './fixtures.ts';

const SITE = process.env.SITE_URL || 'http://localhost:4321';

test('/security.md has every rule of the page with its absolute link', async ({ page, request }) => {
  await page.goto('security/');
  const ids = await page.locator('h3[id^="sec-"]').evaluateAll((headings) => headings.map((h) => h.id));
  expect(ids.length).toBeGreaterThanOrEqual(10);
  const response = await request.get('security.md');
  expect(response.headers()['content-type']).toContain('text/markdown');
  const markdown = await response.text();
  expect(markdown).toMatch(/^# Security\n/);
  expect(markdown).not.toContain("from '@astrojs/starlight/components'");
  expect(markdown).not.toContain('<Tabs');
  for (const id of ids) {
    expect(markdown).toMatch(new RegExp(`^### ${id.toUpperCase()}: .+$`, 'm'));
    expect(markdown).toContain(`<${SITE}/security/#${id}>`);
  }
  expect(markdown).not.toMatch(/\]\(\/[a-z]/);
});

test('/llms.txt lists the references with their Markdown URLs', async ({ request }) => {
  const text = await (await request.get('llms.txt')).text();
  expect(text).toMatch(/^# Backend Development Handbook\n\n> /);
  for (const slug of ['security', 'authentication', 'api-design']) {
    expect(text).toContain(`(${SITE}/${slug}.md)`);
    expect((await request.get(`${slug}.md`)).ok()).toBe(true);
  }
});
