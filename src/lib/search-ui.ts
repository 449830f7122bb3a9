/**
 * The handbook's search box and result list, for the dialog (Search.astro) and /search/: one result
 * per section (its title, its page, a snippet with the matched words marked), a reference filter,
 * results a few at a time with "Load more results". Built with DOM methods only: what was typed and
 * what the index returns are always text, never markup.
 */
import { PAGEFIND_RANKING, resultHref, searchSections, type Hit, type PagefindLike } from './search.ts';
import type { SearchTerms } from './search-terms.ts';

/** Results shown at first and per "Load more": each costs one section fragment (about 1 KB). */
export const PAGE_SIZE = 5;

interface Engine {
  pagefind: PagefindLike;
  terms: SearchTerms;
}

let engine: Promise<Engine> | undefined;
/** Pagefind and search-terms.json, loaded once per page on the first sign of a search. */
export function loadEngine(base: string): Promise<Engine> {
  engine ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    const [module, terms] = await Promise.all([
      import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<{
        createInstance(
          options: Record<string, unknown>,
        ): PagefindLike & { options(o: Record<string, unknown>): Promise<void>; init(): Promise<void> };
      }>,
      fetch(`${root}search-terms.json`).then((response) => response.json() as Promise<SearchTerms>),
    ]);
    // The index is small enough to search on the main thread in a few milliseconds: a worker would cost another download first.
    const pagefind = module.createInstance({ basePath: `${root}pagefind/`, noWorker: true });
    await pagefind.options({ baseUrl: root, ranking: PAGEFIND_RANKING, excerptLength: 24 });
    await pagefind.init();
    return { pagefind, terms };
  })();
  return engine;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt, as text with its <mark>s kept: parsed inertly, then rebuilt from text nodes. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  return [...parsed.querySelectorAll('p')[0]!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') return element('mark', '', node.textContent ?? '');
    return document.createTextNode(node.textContent ?? '');
  });
}

export interface SearchBox {
  input: HTMLInputElement;
  search(query: string): Promise<void>;
}

export function mountSearch(
  container: HTMLElement,
  options: { base: string; label: string; onQuery?: (query: string) => void },
): SearchBox {
  const id = container.id || 'hb-search';
  const form = element('form', 'hb-search-form');
  form.setAttribute('role', 'search');
  form.addEventListener('submit', (event) => event.preventDefault());
  const label = element('label', 'sr-only', options.label);
  label.htmlFor = `${id}-input`;
  const input = element('input', 'hb-search-input');
  // type=text, not search: in a search field Escape clears the text instead of closing the dialog.
  Object.assign(input, { type: 'text', id: `${id}-input`, placeholder: 'Search', autocomplete: 'off', spellcheck: false });
  input.setAttribute('enterkeyhint', 'search');
  const filterLabel = element('label', 'sr-only', 'Reference');
  filterLabel.htmlFor = `${id}-reference`;
  const filter = element('select', 'hb-search-filter');
  filter.id = `${id}-reference`;
  filter.append(new Option('All references', ''));
  form.append(label, input, filterLabel, filter);
  const status = element('p', 'hb-search-status');
  status.setAttribute('role', 'status');
  const list = element('ol', 'hb-search-results');
  const more = element('button', 'hb-search-more', 'Load more results');
  more.type = 'button';
  more.hidden = true;
  container.replaceChildren(form, status, list, more);

  const fillFilter = (terms: SearchTerms) => {
    if (filter.options.length === 1) for (const reference of terms.references) filter.append(new Option(reference, reference));
  };
  let hits: Hit[] = [];
  let shown = 0;
  let generation = 0;

  const renderMore = async (current: number) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((hit) => hit.data()));
    if (current !== generation) return;
    data.forEach((result, index) => {
      const item = element('li', 'hb-search-result');
      const link = element('a', 'hb-search-link');
      link.href = resultHref(result.url, next[index]!.highlight);
      link.append(
        element('span', 'hb-search-title', result.meta.title ?? result.url),
        element('span', 'hb-search-page', result.meta.page ?? ''),
      );
      item.append(link);
      if (result.excerpt) {
        const excerpt = element('p', 'hb-search-excerpt');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(excerpt);
      }
      list.append(item);
    });
    shown += next.length;
    more.hidden = shown >= hits.length;
  };

  const search = async (query: string) => {
    const current = ++generation;
    const trimmed = query.trim();
    if (!trimmed) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      delete container.dataset.query;
      return;
    }
    const { pagefind, terms } = await loadEngine(options.base);
    fillFilter(terms);
    const filters = filter.value ? { reference: filter.value } : undefined;
    const found = await searchSections(pagefind, trimmed, terms, filters ? { filters } : {});
    if (current !== generation) return;
    hits = found;
    shown = 0;
    list.replaceChildren();
    status.textContent = hits.length
      ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for ${trimmed}`
      : `No results for ${trimmed}`;
    await renderMore(current);
    if (current === generation) container.dataset.query = trimmed;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    options.onQuery?.(input.value);
    // Short enough to feel instant; stale searches are dropped (generation), so fast typing costs little.
    timer = setTimeout(() => void search(input.value), 45);
  });
  filter.addEventListener('change', () => void search(input.value));
  more.addEventListener('click', () => void renderMore(generation));
  // The filter's options come with the engine; focusing the field alone (as /search/ does on load) fetches nothing.
  filter.addEventListener('focus', () => void loadEngine(options.base).then(({ terms }) => fillFilter(terms)), { once: true });
  return { input, search };
}
