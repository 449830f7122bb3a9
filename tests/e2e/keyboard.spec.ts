import { test, expect } from './fixtures.ts';

test('a skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('security/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('security/');
  for (const target of [
    page.getByRole('link', { name: 'SEC-01', exact: true }).first(),
    page.getByRole('button', { name: /^Cite SEC-01/ }),
  ]) {
    await target.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await target.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
  }
});

for (const path of ['decision-matrix/', 'checklists/', 'rules/']) {
  test(`every control on ${path} is reachable by Tab`, async ({ page }) => {
    await page.goto(path);
    const controls = await page
      .locator('main :is(button, input, select, summary, [tabindex="0"]):visible')
      .evaluateAll((elements) =>
        elements.map(
          (element, index) =>
            element.getAttribute('data-probe') ?? (element.setAttribute('data-probe', String(index)), String(index)),
        ),
      );
    const reached = new Set<string>();
    for (let step = 0; step < 600 && reached.size < controls.length; step++) {
      await page.keyboard.press('Tab');
      const probe = await page.evaluate(() => document.activeElement?.getAttribute('data-probe'));
      if (probe) reached.add(probe);
    }
    expect([...reached].sort()).toEqual([...controls].sort());
  });
}

test.describe('with reduced motion', () => {
  test.use({ colorScheme: 'light', reducedMotion: 'reduce' });
  test('nothing animates or scrolls smoothly', async ({ page }) => {
    await page.goto('security/');
    const styles = await page.evaluate(() => {
      const html = getComputedStyle(document.documentElement);
      const button = getComputedStyle(document.querySelector('button.cite-rule')!);
      return { scroll: html.scrollBehavior, transition: parseFloat(button.transitionDuration) };
    });
    expect(styles.scroll).toBe('auto');
    expect(styles.transition).toBeLessThan(0.01);
  });
});
