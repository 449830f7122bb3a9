import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { PAGEFIND_RANKING, rankSubResults, type SubResult } from '../../src/lib/search-ranking.ts';

interface Query {
  q: string;
  page: string;
  anchor?: string;
}
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Query[];

test('the search-quality suite finds every answer in the top 3', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('security/');
  const raw = await page.evaluate(
    async ({ list, ranking }) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      // The ranking the site ships (Starlight passes it to the UI; the API needs it set explicitly).
      await pagefind.options({ ranking });
      const out = [];
      for (const { q } of list) {
        const search = await pagefind.search(q);
        out.push(await Promise.all(search.results.slice(0, 3).map((result: { data: () => Promise<unknown> }) => result.data())));
      }
      return out as { url: string; sub_results: SubResult[] }[][];
    },
    { list: queries, ranking: PAGEFIND_RANKING },
  );

  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  queries.forEach(({ q, page: expected, anchor }, index) => {
    const results = raw[index]!;
    const pages = results.map((result) => new URL(result.url, 'http://x').pathname.replace(/^\/|\/$/g, ''));
    const at = pages.indexOf(expected);
    const sections =
      at === -1
        ? []
        : rankSubResults(results[at]!.sub_results, results[at]!.url).map((sub) => new URL(sub.url, 'http://x').hash.slice(1));
    if (at === 0 && (!anchor || sections[0] === anchor)) top1++;
    if (at !== -1 && (!anchor || sections.includes(anchor))) top3++;
    else misses.push(`"${q}": wanted ${expected}#${anchor ?? ''}, got ${pages.join(', ')} [${sections.join(' ')}]`);
  });
  const rate = (n: number) => `${((100 * n) / queries.length).toFixed(1)}%`;
  console.log(`Search quality over ${queries.length} queries: top-1 ${top1} (${rate(top1)}), top-3 ${top3} (${rate(top3)})`);
  expect(queries.length).toBeGreaterThanOrEqual(60);
  expect(misses).toEqual([]);
});
