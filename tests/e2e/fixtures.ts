import { test as base, expect, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';

/** Opens a page with Starlight's theme preference already stored, as a returning reader would. */
export async function gotoWithTheme(page: Page, path: string, theme: Theme) {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** A page whose console errors and uncaught exceptions fail the test. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

/** Collects CSP violations in the page, from before its first script runs. */
export async function watchViolations(page: Page) {
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
export function watchOrigins(page: Page, baseURL: string) {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  return foreign;
}

export { expect };
