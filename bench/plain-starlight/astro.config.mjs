// @ts-check
/**
 * A plain Starlight build of the handbook's content, the baseline `npm run bench` compares the real build
 * against. It keeps only what the content needs to compile: Sätteri with the same Markdown features (the
 * rule headings' {#id} anchors and the directives do not parse without them) and Astro's own highlighter off,
 * as in the real build, so both highlight code once with Expressive Code. Everything the handbook adds is
 * left out: its pages, plugins, checks, component overrides, Tailwind, CSP and search settings.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from '../../src/lib/mdx.ts';
import { CONTENT_DIR } from '../../src/lib/pages.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  outDir: process.env.OUT_DIR || './dist',
  markdown: { processor: satteri({ features: MARKDOWN_FEATURES }), syntaxHighlight: false },
  integrations: [
    starlight({ title: 'Backend Development Handbook', markdown: { processedDirs: [resolve(CONTENT_DIR)] } }),
    mdx(),
  ],
});
