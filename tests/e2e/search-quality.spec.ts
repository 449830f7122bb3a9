import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Both search suites, typed into the real /search/ page as a reader would, one after another:
 * - questions.json: questions as people type them; the first result must answer 90% of them and the
 *   first three all of them;
 * - queries.json: the words the pages use; the answer must be in the first three every time.
 */
interface Question {
  q: string;
  answers: string[];
}
const questions = JSON.parse(readFileSync('tests/search/questions.json', 'utf8')) as Question[];
const queries = (
  JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { q: string; page: string; anchor?: string }[]
).map(({ q, page, anchor }) => ({ q, answers: [anchor ? `${page}#${anchor}` : page] }));

/** The first three results' `page#anchor` for each query, read from the result list. */
async function firstThree(page: Page, list: Question[]): Promise<string[][]> {
  await page.goto('search/');
  const input = page.locator('#search-page .hb-search-input');
  const container = page.locator('#search-page');
  const out: string[][] = [];
  for (const { q } of list) {
    await input.fill(q);
    await expect(container).toHaveAttribute('data-query', q.trim());
    const hrefs = await page.locator('#search-page .hb-search-link').evaluateAll((links: Element[]) =>
      links.slice(0, 3).map((a: Element) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return `${url.pathname.replace(/^\/|\/$/g, '')}${url.hash}`;
      }),
    );
    out.push(hrefs);
  }
  return out;
}

function score(list: Question[], results: string[][]) {
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  list.forEach(({ q, answers }, index) => {
    const got = results[index]!;
    const hits = (result: string | undefined) =>
      result !== undefined &&
      answers.some((answer) => result === answer || (!answer.includes('#') && result.startsWith(`${answer}#`)));
    if (hits(got[0])) first++;
    else misses.push(`"${q}": wanted ${answers.join(' or ')}, got ${got.join(', ') || 'nothing'}`);
    if (got.some(hits)) top3++;
    else misses.push(`NOT IN FIRST THREE: "${q}"`);
  });
  const rate = (n: number) => `${((100 * n) / list.length).toFixed(1)}%`;
  return {
    first,
    top3,
    misses,
    summary: `first result ${first}/${list.length} (${rate(first)}), first three ${top3}/${list.length} (${rate(top3)})`,
  };
}

test('questions as people type them: 90% answered by the first result, all within the first three', async ({ page }) => {
  test.setTimeout(300_000);
  const result = score(questions, await firstThree(page, questions));
  console.log(`Search questions (${questions.length}): ${result.summary}`);
  if (result.misses.length) console.log(`Not first:\n  ${result.misses.join('\n  ')}`);
  expect(questions.length).toBeGreaterThanOrEqual(120);
  expect(result.first / questions.length).toBeGreaterThanOrEqual(0.9);
  expect(result.top3).toBe(questions.length);
});

test('the pages’ own words: every answer within the first three', async ({ page }) => {
  test.setTimeout(300_000);
  const result = score(queries, await firstThree(page, queries));
  console.log(`Search queries (${queries.length}): ${result.summary}`);
  if (result.misses.length) console.log(`Not first:\n  ${result.misses.join('\n  ')}`);
  expect(result.top3).toBe(queries.length);
});
