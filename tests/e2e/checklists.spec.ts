import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';

const SITE = process.env.SITE_URL || 'http://localhost:4321';
type Item = { id: string; text: string; refs: string[] };
const { checklists } = parse(readFileSync('content/data/checklists.yaml', 'utf8')) as {
  checklists: { id: string; title: string; items: Item[] }[];
};
const first = checklists[0]!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The absolute URL a reference should link to, from the published rules.json. */
async function refUrl(request: import('@playwright/test').APIRequestContext) {
  const { rules } = (await (await request.get('rules.json')).json()) as { rules: { id: string; url: string }[] };
  return (ref: string) => rules.find((rule) => rule.id === ref)?.url ?? `${SITE}${ref}`;
}

test('ticking updates progress, survives a reload, and reset clears it', async ({ page }) => {
  await page.goto('checklists/');
  const section = page.locator(`section[data-checklist="${first.id}"]`);
  const boxes = section.getByRole('checkbox');
  await expect(boxes).toHaveCount(first.items.length);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(section.locator('.progress')).toContainText(`2 of ${first.items.length} done`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(section.locator('.progress')).toContainText(`2 of ${first.items.length} done`);
  await section.getByRole('button', { name: 'Reset' }).click();
  await expect(section.locator('.progress')).toContainText(`0 of ${first.items.length} done`);
  await page.reload();
  await expect(boxes.nth(0)).not.toBeChecked();
});

test('Copy as Markdown writes the ticked state exactly, with absolute links', async ({ page, request }) => {
  const url = await refUrl(request);
  await page.goto('checklists/');
  const section = page.locator(`section[data-checklist="${first.id}"]`);
  await section.getByRole('checkbox').nth(1).check();
  await section.getByRole('button', { name: 'Copy as Markdown' }).click();
  const expected = [
    `### [${first.title} checklist](${SITE}/checklists/#${first.id}) (1 of ${first.items.length} done)`,
    '',
    ...first.items.map(
      (item, index) =>
        `- [${index === 1 ? 'x' : ' '}] ${item.text.replace(/\s+/g, ' ').trim()} (${item.refs.map((ref) => `[${ref}](${url(ref)})`).join(', ')})`,
    ),
    '',
  ].join('\n');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  await section.getByRole('button', { name: 'Copy what is left' }).click();
  const left = await page.evaluate(() => navigator.clipboard.readText());
  expect(left).not.toContain('- [x]');
  expect(left.match(/^- \[ \]/gm)).toHaveLength(first.items.length - 1);
});

test('the share link restores the ticks in a fresh browser', async ({ page, browser, baseURL }) => {
  await page.goto('checklists/');
  const section = page.locator(`section[data-checklist="${first.id}"]`);
  await section.getByRole('checkbox').nth(0).check();
  await section.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`checklist=${first.id}`);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  const boxes = other.locator(`section[data-checklist="${first.id}"]`).getByRole('checkbox');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await fresh.close();
});

test('with JavaScript off, every item and its links show as a list', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('checklists/');
  const total = checklists.reduce((sum, checklist) => sum + checklist.items.length, 0);
  await expect(page.locator('.items li')).toHaveCount(total);
  await expect(page.locator('.items li a').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy as Markdown' }).first()).toBeHidden();
  await context.close();
});

test('a checklist prints with boxes and without buttons', async ({ page }) => {
  await page.goto('checklists/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Copy all as Markdown' })).toBeHidden();
  await expect(page.locator('.items input').first()).toBeVisible();
  await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
});
