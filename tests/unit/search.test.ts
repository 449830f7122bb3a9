import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  correction,
  planQuery,
  resultHref,
  ruleIdOf,
  searchSections,
  type PagefindLike,
  type PagefindResult,
} from '../../src/lib/search.ts';
import { sectionDocument, sectionsOf, type SearchSection } from '../../src/lib/search-records.ts';
import { searchTerms, type SearchTerms } from '../../src/lib/search-terms.ts';

const sections: SearchSection[] = [
  {
    url: '/security/#sec-03',
    title: 'SEC-03: Query the database only with bound parameters',
    page: 'Security',
    reference: 'Security',
    rule: 'SEC-03',
    text: 'SQL injection happens when input is parsed as code.',
  },
  {
    url: '/security/#sec-10',
    title: 'SEC-10: Keep secrets out of code',
    page: 'Security',
    reference: 'Security',
    rule: 'SEC-10',
    text: 'Load secrets at runtime and rotate them.',
  },
  {
    url: '/authentication/#auth-16',
    title: 'AUTH-16: Choose RBAC, ABAC or relationship-based access',
    page: 'Authentication',
    reference: 'Authentication',
    rule: 'AUTH-16',
    text: 'Roles, attributes and relationships.',
  },
  {
    url: '/api-design/#api-06',
    title: 'API-06: Make creates safe to retry with an Idempotency-Key',
    page: 'API design',
    reference: 'API design',
    rule: 'API-06',
    text: 'Keys expire after a day.',
  },
];

function synonymsFile(yaml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'synonyms-')), 'search-synonyms.yaml');
  writeFileSync(file, yaml);
  return file;
}

/** A Pagefind stand-in over the sections above: every word must occur in the title or text, like Pagefind's AND. */
const fakePagefind: PagefindLike = {
  async search(term) {
    const words = term.toLowerCase().split(/\s+/).filter(Boolean);
    const results: PagefindResult[] = sections
      .map((section, index) => {
        const haystack = `${section.title} ${section.text}`.toLowerCase();
        const score = words.every((word) => haystack.includes(word))
          ? words.length + (section.title.toLowerCase().includes(words[0]!) ? 5 : 0)
          : 0;
        return {
          id: String(index),
          score,
          data: async () => ({ url: section.url, excerpt: section.text, meta: { title: section.title, page: section.page } }),
        };
      })
      .filter((result) => result.score > 0)
      .sort((a, b) => b.score - a.score);
    return { results };
  },
};

const terms: SearchTerms = searchTerms(
  sections,
  synonymsFile('- say: [api keys, api key]\n  means: secrets rotate\n- say: [sqli]\n  means: bound parameters\n'),
);

async function firstUrls(query: string) {
  const hits = await searchSections(fakePagefind, query, terms);
  return Promise.all(hits.slice(0, 3).map(async (hit) => (await hit.data()).url));
}

describe('search: queries as people type them', () => {
  it('reads a rule ID in any spelling, and only IDs that exist', () => {
    for (const spelling of ['SEC-03', 'sec03', 'sec 3', 'Sec-3', 'sec_03'])
      expect(ruleIdOf(spelling, terms.rules)).toBe('SEC-03');
    expect(ruleIdOf('sec 99', terms.rules)).toBeUndefined();
    expect(ruleIdOf('sec 3 headers', terms.rules)).toBeUndefined();
  });

  it('puts the named rule first', async () => {
    expect((await firstUrls('sec 3'))[0]).toBe('/security/#sec-03');
  });

  it('drops stop words, so "vs" and "or" never empty the results', async () => {
    expect(planQuery('rbac vs abac', terms).words).toEqual(['rbac', 'abac']);
    expect((await firstUrls('rbac vs abac'))[0]).toBe('/authentication/#auth-16');
    expect((await firstUrls('rbac or abac'))[0]).toBe('/authentication/#auth-16');
  });

  it('keeps the sections that match the other words when one word is nowhere in the index', async () => {
    expect((await firstUrls('rbac zebra'))[0]).toBe('/authentication/#auth-16');
  });

  it('searches what a synonym means instead of the words it explains', async () => {
    // "keys" alone would find idempotency keys; the synonyms file says api keys are secrets.
    expect((await firstUrls('where to keep api keys'))[0]).toBe('/security/#sec-10');
    expect((await firstUrls('sqli'))[0]).toBe('/security/#sec-03');
  });

  it('corrects a misspelt word to the nearest heading word', async () => {
    expect(correction('idempotancy', ['idempotency', 'identity'])).toBe('idempotency');
    expect(correction('cache', ['caches'])).toBe('caches');
    expect(correction('zzzzzz', ['idempotency'])).toBeUndefined();
    expect((await firstUrls('idempotancy'))[0]).toBe('/api-design/#api-06');
  });

  it('carries the matched words to the destination for highlighting, keeping the anchor last', () => {
    expect(resultHref('/security/#sec-03', ['bound', 'sql'])).toBe('/security/?highlight=bound&highlight=sql#sec-03');
    expect(resultHref('/security/#sec-03', [])).toBe('/security/#sec-03');
  });
});

describe('search index records', () => {
  const html = `<main><div class="sl-markdown-content">
    <div class="sl-heading-wrapper level-h2"><h2 id="in-one-minute">In one minute</h2></div><ul><li>Summary of SEC-03</li></ul>
    <div class="sl-heading-wrapper level-h2"><h2 id="injection">Injection</h2><a class="sl-anchor-link">Section titled</a></div><p>Data parsed as code.</p>
    <div class="sl-heading-wrapper level-h3"><h3 id="sec-03">SEC-03: Query with bound parameters</h3><button>Cite</button></div>
    <p class="rule-checklists">In checklists: API</p><p>Bind every value.</p><div class="expressive-code"><pre>SELECT 1</pre></div>
    <div class="sl-heading-wrapper level-h2"><h2 id="sources">Sources</h2></div><p>OWASP</p>
  </div></main>`;

  it('makes one record per rule and topic section, without summaries, code, controls or sources', () => {
    const records = sectionsOf(html, '/security/', { page: 'Security', reference: 'Security' });
    expect(records.map((r) => r.url)).toEqual(['/security/#injection', '/security/#sec-03']);
    expect(records[1]).toMatchObject({ title: 'SEC-03: Query with bound parameters', rule: 'SEC-03', text: 'Bind every value.' });
    expect(records[0]!.rule).toBeUndefined();
  });

  it('writes each record as a document with its weights, page, rule and filter, escaping the text', () => {
    const document = sectionDocument({ ...sections[0]!, text: '<script>x</script>' });
    expect(document).toContain('<h1 data-pagefind-weight="7" data-pagefind-meta="rule:SEC-03">');
    expect(document).toContain('data-pagefind-meta="page:Security"');
    expect(document).toContain('data-pagefind-filter="reference:Security"');
    expect(document).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('search synonyms file', () => {
  it('fails, naming the file and the entry, when a meaning uses a word no section contains', () => {
    const file = synonymsFile('- say: [herd]\n  means: stampede\n');
    expect(() => searchTerms(sections, file)).toThrow(`${file}: entry 1 (herd): "stampede" in means occurs in no section`);
  });

  it('fails on a phrase listed twice, and on a malformed entry', () => {
    const twice = synonymsFile('- say: [sqli]\n  means: bound\n- say: [sqli]\n  means: parameters\n');
    expect(() => searchTerms(sections, twice)).toThrow('"sqli" is listed in entries 1 and 2');
    const malformed = synonymsFile('- say: [SQLi]\n  means: bound\n');
    expect(() => searchTerms(sections, malformed)).toThrow(`${malformed}: entry 0.say.0: lowercase words`);
  });
});
