/**
 * How the handbook answers a query, on top of Pagefind's per-section index (search-records.ts):
 * - a rule ID in any spelling (`SEC-03`, `sec03`, `sec 3`) puts that rule first;
 * - stop words (`or`, `vs`, `how`, `should`) never decide a ranking and never empty it;
 * - every content word is searched on its own and the scores are combined, weighted by how rare the
 *   word is, so a word no page contains leaves the sections that match the rest (Pagefind alone
 *   requires every word); sections that match the whole query get a bonus;
 * - what engineers type is mapped to the pages' words (content/data/search-synonyms.yaml);
 * - a word with no match is corrected to the nearest heading word (one or two edits).
 * Pure apart from the Pagefind instance it is given, so unit tests run it on a fake index.
 */
import type { SearchTerms } from './search-terms.ts';

/** The query parameter that carries search terms to the destination page, and that page's highlight script. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind's ranking, tuned on tests/search/: sections are short, so length and repetition count for little. */
export const PAGEFIND_RANKING = { termSaturation: 1.6, pageLength: 0.2, termFrequency: 1 } as const;

export const STOP_WORDS = new Set(
  (
    'a an and are as at be best between can choose do does for from get good how i in into is it its my of on or our ' +
    'should so than that the their them there these this to too use using vs versus was we what when where which who why ' +
    'will with without you your does doing my me need want way ways right wrong better instead keep make'
  ).split(' '),
);

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  /** Pagefind's record id. */
  id: string;
  score: number;
  /** The words to highlight on the destination page. */
  highlight: string[];
  /** What to show: fetched on demand (each costs one small fragment). */
  data(): Promise<PagefindData>;
}

export function tokenize(query: string): string[] {
  return query.toLowerCase().match(/[a-z0-9]+(?:[+#][a-z0-9+#]*)?/g) ?? [];
}

/** The rule a query names, whatever the spelling: `SEC-03`, `sec03`, `sec 3`, `Sec-3`. */
export function ruleIdOf(query: string, rules: SearchTerms['rules']): string | undefined {
  const match = /^\s*([a-z]+)[\s_-]*0*(\d{1,2})\s*$/i.exec(query);
  if (!match) return undefined;
  const id = `${match[1]!.toUpperCase()}-${match[2]!.padStart(2, '0')}`;
  return rules.includes(id) ? id : undefined;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? previous[j - 2]! : Infinity; // transposition, approximated
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), swap + 1);
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** The heading word a misspelt word most likely meant: one edit for short words, two from eight letters. */
export function correction(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

export interface QueryPlan {
  rule?: string;
  /** Content words, each searched on its own. */
  words: string[];
  /** What the synonyms file says the query means, each searched as one group. */
  meanings: Meaning[];
}

export interface Meaning {
  means: string;
  /** The query's words it stands for, searched instead when the meaning finds nothing. */
  said: string[];
}

export function planQuery(query: string, terms: SearchTerms): QueryPlan {
  const rule = ruleIdOf(query, terms.rules);
  const tokens = tokenize(query);
  const joined = ` ${tokens.join(' ')} `;
  const covered = new Set<string>();
  const meanings: Meaning[] = [];
  for (const entry of terms.synonyms) {
    const phrase = entry.say.map(tokenize).find((words) => joined.includes(` ${words.join(' ')} `));
    if (!phrase) continue;
    phrase.forEach((word) => covered.add(word));
    meanings.push({ means: entry.means, said: phrase.filter((word) => !STOP_WORDS.has(word)) });
  }
  // A word the synonyms file explains is searched through its meaning only: `api keys` must not match pagination keys.
  const content = tokens.filter((token) => !STOP_WORDS.has(token) && !covered.has(token));
  const words = [...new Set(rule ? [] : content.length || meanings.length ? content : tokens)];
  return { ...(rule ? { rule } : {}), words, meanings };
}

interface Group {
  weight: number;
  results: PagefindResult[];
  highlight: string[];
}

/** Sections for a query, best first. `total` is the number of sections in the index (for word rarity). */
export async function searchSections(
  pagefind: PagefindLike,
  query: string,
  terms: SearchTerms,
  options: { filters?: Record<string, string> } = {},
): Promise<Hit[]> {
  const plan = planQuery(query, terms);
  const searchOptions = options.filters ? { filters: options.filters } : {};
  const run = async (term: string) => (await pagefind.search(term, searchOptions))?.results ?? [];
  const rarity = (count: number) => Math.log(1 + terms.total / (1 + count));

  const groups: Group[] = [];
  const meaningResults = await Promise.all(plan.meanings.map((meaning) => run(meaning.means)));
  const words = [
    ...plan.words,
    ...plan.meanings.flatMap((meaning, index) => (meaningResults[index]!.length ? [] : meaning.said)),
  ];
  const found = await Promise.all(
    words.map(async (word) => {
      const results = await run(word);
      const corrected = results.length ? undefined : correction(word, terms.vocabulary);
      return corrected ? { results: await run(corrected), used: corrected } : { results, used: word };
    }),
  );
  for (const { results, used } of found)
    if (results.length) groups.push({ weight: rarity(results.length), results, highlight: [used] });
  for (const [index, meaning] of plan.meanings.entries()) {
    const results = meaningResults[index]!;
    // What the query means counts as much as its rarest word, and alone when none of its words match.
    if (results.length)
      groups.push({
        weight: 1.5 * Math.max(2.5, ...groups.map((group) => group.weight)),
        results,
        highlight: tokenize(meaning.means),
      });
  }
  const wordWeights = groups.reduce((sum, group) => sum + group.weight, 0);
  if (groups.length > 1) {
    const together = await run(groups.flatMap((group) => group.highlight).join(' '));
    if (together.length) groups.push({ weight: 0.6 * wordWeights, results: together, highlight: [] });
  }

  const hits = new Map<string, Hit & { best: number }>();
  for (const group of groups) {
    const top = Math.max(...group.results.map((result) => result.score)) || 1;
    for (const result of group.results) {
      const part = (group.weight * result.score) / top;
      const hit = hits.get(result.id);
      if (!hit) {
        hits.set(result.id, {
          id: result.id,
          score: part,
          best: part,
          highlight: [...group.highlight],
          data: () => result.data(),
        });
      } else {
        hit.score += part;
        hit.highlight.push(...group.highlight);
        if (part > hit.best) [hit.best, hit.data] = [part, () => result.data()];
      }
    }
  }
  const ranked: Hit[] = [...hits.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ id, score, highlight, data }) => ({ id, score, highlight: [...new Set(highlight)], data }));

  if (plan.rule) {
    // The rule's own section carries its ID in its heading, so it is the first result for the ID.
    const [rule, ...rest] = await run(plan.rule);
    if (rule)
      return [
        { id: rule.id, score: Infinity, highlight: [], data: () => rule.data() },
        ...rest.map((result) => ({ id: result.id, score: result.score, highlight: [], data: () => result.data() })),
      ];
  }
  return ranked;
}

/** A result's address with the words to highlight on arrival: `/security/?highlight=bound#sec-03`. */
export function resultHref(url: string, highlight: readonly string[]): string {
  if (!highlight.length) return url;
  const [path, hash] = url.split('#') as [string, string | undefined];
  const params = new URLSearchParams(highlight.map((word) => [HIGHLIGHT_PARAM, word]));
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash ? `#${hash}` : ''}`;
}
