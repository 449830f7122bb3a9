import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { sectionDocument, sectionsOf, type SearchSection } from '../lib/search-records.ts';
import { searchTerms } from '../lib/search-terms.ts';
import { CONTENT_DIR, REFERENCE_PAGES, sourceFile } from '../lib/pages.ts';

/** Pages searched besides the references; the rule index is left out, it only repeats the rules' titles. */
const TOOL_PAGES = [
  { slug: 'decision-matrix', page: 'Decision matrix' },
  { slug: 'checklists', page: 'Checklists' },
];

/**
 * Writes the search index after the build: one Pagefind record per section (search-records.ts), and
 * search-terms.json (rule IDs, synonyms, vocabulary). Replaces Starlight's page-level index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'handbook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const read = (slug: string) => readFileSync(join(out, slug, 'index.html'), 'utf8');
        const titleOf = (html: string, slug: string) => /<h1 id="_top"[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? slug;
        const sections: SearchSection[] = [];
        for (const { slug } of REFERENCE_PAGES.filter((page) => existsSync(sourceFile(page.slug)))) {
          const html = read(slug);
          const title = titleOf(html, slug);
          sections.push(...sectionsOf(html, `/${slug}/`, { page: title, reference: title }));
        }
        for (const { slug, page } of TOOL_PAGES.filter((tool) => existsSync(join(out, tool.slug, 'index.html')))) {
          sections.push(...sectionsOf(read(slug), `/${slug}/`, { page }));
        }
        const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error('search index: Pagefind could not start');
        for (const section of sections) {
          const { errors } = await index.addHTMLFile({ url: section.url, content: sectionDocument(section) });
          if (errors.length) throw new Error(`search index: ${section.url}: ${errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const terms = searchTerms(sections, join(CONTENT_DIR, 'data', 'search-synonyms.yaml'));
        writeFileSync(join(out, 'search-terms.json'), JSON.stringify(terms));
        logger.info(
          `${sections.length} sections indexed; ${terms.synonyms.length} synonyms, ${terms.vocabulary.length} words for corrections.`,
        );
      },
    },
  };
}
