// @ts-check
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from './src/lib/mdx.ts';
import { CONTENT_DIR, REFERENCE_PAGES, sourceFile } from './src/lib/pages.ts';
import { handbookMarkdownPlugins } from './src/integrations/handbook-markdown.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { securityCheck } from './src/integrations/security-check.ts';
import { astroRedirects } from './src/lib/redirects.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { CSP_DIRECTIVES, INLINE_SCRIPT_HASHES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/lib/csp.ts';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
/** Fixture builds (tests) write elsewhere so they never clobber the site's dist/. */
const outDir = process.env.OUT_DIR || './dist';

/** Sidebar groups in reading order, listing only the reference pages that exist. */
function referenceSidebar() {
  const groups = [...new Set(REFERENCE_PAGES.map((page) => page.group))];
  return groups
    .map((label) => ({
      label,
      items: REFERENCE_PAGES.filter((page) => page.group === label && existsSync(sourceFile(page.slug))).map((page) => page.slug),
    }))
    .filter((group) => group.items.length > 0);
}

/** Pages outside the references, listed when they exist. */
function toolsSidebar() {
  const tools = [
    { label: 'Decision matrix', link: '/decision-matrix/', file: 'src/pages/decision-matrix.astro' },
    { label: 'Checklists', link: '/checklists/', file: 'src/pages/checklists.astro' },
    { label: 'Rule index', link: '/rules/', file: 'src/pages/rules.astro' },
  ].filter((tool) => existsSync(tool.file));
  return tools.length ? [{ label: 'Tools', items: tools.map(({ label, link }) => ({ label, link })) }] : [];
}

export default defineConfig({
  site,
  base,
  outDir,
  redirects: astroRedirects(base),
  trailingSlash: 'always',
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: [...INLINE_SCRIPT_HASHES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  markdown: {
    processor: satteri({ features: MARKDOWN_FEATURES }),
    // Starlight highlights code with Expressive Code; Astro's own Shiki pass is not needed.
    syntaxHighlight: false,
  },
  integrations: [
    starlight({
      title: 'Backend Development Handbook',
      description:
        'Citable rules for building backends: API design, security, authentication, performance, architecture, testing, operations.',
      markdown: { processedDirs: [resolve(CONTENT_DIR)] },
      customCss: ['./src/styles/global.css'],
      lastUpdated: false,
      // The handbook writes its own per-section index (src/integrations/search-index.ts).
      pagefind: false,
      // Wrapped code needs no sideways scrolling on a phone, and leaves no scrollable region to make focusable.
      expressiveCode: { defaultProps: { wrap: true } },
      routeMiddleware: './src/route-data.ts',
      components: {
        Search: './src/components/Search.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
      },
      sidebar: [...toolsSidebar(), ...referenceSidebar()],
    }),
    mdx(),
    handbookMarkdownPlugins(),
    searchIndex(),
    linkCheck(),
    securityCheck(),
  ],
  vite: { plugins: [tailwindcss()] },
});
