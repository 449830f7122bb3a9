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
    processResult: (result: { url: string; sub_results: SubResult[] }) => {
      result.sub_results = rankSubResults(result.sub_results, result.url).map((sub) => ({ ...sub, url: formatURL(sub.url) }));
      result.url = formatURL(result.url);
    },
  });
}
