/**
 * Which sections of a search result to show, best first. Pagefind returns a page's sections in page
 * order and its UI keeps the three with the most matches; we rank them by Pagefind's own weighted
 * score instead, so a rule heading that matches beats the summary that mentions it.
 * Used by the search dialog (Search.astro) and by the search-quality suite.
 */

/**
 * Pagefind's ranking, tuned on tests/search/queries.json: long reference pages should not win on length
 * alone (pageLength), and a term repeated in a section counts for more before it saturates.
 */
export const PAGEFIND_RANKING = { termSaturation: 2, pageLength: 0.3 };

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface SubResult {
  url: string;
  title: string;
  locations: number[];
  weighted_locations?: WeightedLocation[];
}

export function subResultScore(sub: SubResult): number {
  const weighted = sub.weighted_locations ?? [];
  return weighted.length ? weighted.reduce((sum, location) => sum + location.balanced_score, 0) : sub.locations.length;
}

/** The `limit` best sections of a page, the page's own top (#_top) only when nothing else matched. */
export function rankSubResults<T extends SubResult>(subs: T[], pageUrl: string, limit = 3): T[] {
  const isTop = (sub: T) => sub.url === pageUrl || sub.url.endsWith('#_top');
  const sections = subs.filter((sub) => !isTop(sub));
  const pool = sections.length ? sections : subs;
  return [...pool].sort((a, b) => subResultScore(b) - subResultScore(a)).slice(0, limit);
}
