import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { measurePage } from '../../bench/measure.ts';
import { builtPages } from './site.ts';

interface Budget {
  totalKB: number;
  jsKB: number;
  cssKB?: number;
}
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { reference: Budget; pages: Record<string, Budget> };

for (const path of builtPages()) {
  test(`${path} stays within its byte budget`, async ({ page, baseURL }) => {
    const key = path === './' ? '' : path;
    const budget = budgets.pages[key] ?? budgets.reference;
    const weight = await measurePage(page, new URL(path, baseURL).href, path);
    const kb = (bytes: number) => bytes / 1024;
    expect(kb(weight.gzip.total), `${path}: total gzip KB`).toBeLessThanOrEqual(budget.totalKB);
    expect(kb(weight.gzip.js), `${path}: JavaScript gzip KB before any interaction`).toBeLessThanOrEqual(budget.jsKB);
    if (budget.cssKB) expect(kb(weight.gzip.css), `${path}: CSS gzip KB`).toBeLessThanOrEqual(budget.cssKB);
  });
}
