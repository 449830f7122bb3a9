/**
 * The Pagefind UI as the handbook configures it, for the search dialog (Search.astro) and the
 * /search/ page: results rank their sections (search-ranking.ts), links carry ?highlight= so the
 * destination can mark the terms, and results follow the last keystroke quickly.
 */
import { rankSubResults, type SubResult } from './search-ranking.ts';

/** The query parameter that carries search terms to the destination page, and that page's highlight script. */
export const HIGHLIGHT_PARAM = 'highlight';

export async function createSearchUI(
  element: string | HTMLElement,
  options: {
    base: string;
    userConfig: Record<string, unknown>;
    translations?: Record<string, string>;
    stripTrailingSlash?: boolean;
  },
) {
  const { PagefindUI } = await import('@pagefind/default-ui');
  const formatURL = options.stripTrailingSlash ? (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2') : (path: string) => path;
  return new PagefindUI({
    ...options.userConfig,
    element,
    baseUrl: options.base,
    bundlePath: `${options.base.replace(/\/$/, '')}/pagefind/`,
    showImages: false,
    showSubResults: true,
    translations: options.translations ?? {},
    highlightParam: HIGHLIGHT_PARAM,
    debounceTimeoutMs: 50,
    // Each result shown downloads its page's fragment (about 12 KB gzip: the whole page's text). Three
    // cover every query in tests/search/queries.json, whose answer is always in the top 3; more load on demand.
    pageSize: 3,
    // The index is small enough to search on the main thread in a few milliseconds, so the web worker
    // (another 12 KB gzip before the first result) buys nothing here.
    noWorker: true,
    processResult: (result: { url: string; sub_results: SubResult[] }) => {
      result.sub_results = rankSubResults(result.sub_results, result.url).map((sub) => ({ ...sub, url: formatURL(sub.url) }));
      result.url = formatURL(result.url);
    },
  });
}
