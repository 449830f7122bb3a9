import AxeBuilder from '@axe-core/playwright';
import { test, expect, gotoWithTheme, type Theme } from './fixtures.ts';
import { builtPages } from './site.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The WCAG A/AA rules whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const theme of ['light', 'dark'] as Theme[]) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const path of builtPages()) {
      test(path, async ({ page }) => {
        test.setTimeout(90_000); // axe takes a while on a 5,000-word page with hundreds of code tokens
        await gotoWithTheme(page, path, theme);
        // The light theme runs every WCAG rule; a theme changes only colours, so the dark theme runs the
        // rules colours decide (about half the time on a long reference page).
        const axe = new AxeBuilder({ page }).withTags(WCAG);
        const { violations } = await (theme === 'light' ? axe : axe.withRules(COLOUR_RULES)).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`axe, ${theme} theme: the search dialog with results, and /search/`, async ({ page }) => {
    await gotoWithTheme(page, 'security/', theme);
    await page.keyboard.press('/');
    await page.getByPlaceholder('Search').fill('rate limit');
    await expect(page.locator('#starlight__search')).toHaveAttribute('data-query', 'rate limit');
    const dialog = await new AxeBuilder({ page }).include('site-search dialog').withTags(WCAG).analyze();
    expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await gotoWithTheme(page, 'search/?q=idor', theme);
    await expect(page.locator('#search-page')).toHaveAttribute('data-query', 'idor');
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
