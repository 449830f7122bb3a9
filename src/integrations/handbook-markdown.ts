import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { handbookMarkdown } from '../plugins/handbook-markdown.ts';
import { join } from 'node:path';
import { handbookHtml } from '../plugins/handbook-html.ts';
import { checklistCitations } from '../lib/checklist-citations.ts';
import { CONTENT_DIR } from '../lib/pages.ts';
import { readRetired } from '../lib/registry.ts';

/**
 * Registers the handbook's Sätteri plugins. Listed after Starlight in astro.config.mjs, so the
 * hast plugin runs after Starlight has wrapped each heading with its anchor link.
 */
export function handbookMarkdownPlugins(): AstroIntegration {
  return {
    name: 'handbook:markdown',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (!processor || !isSatteriProcessor(processor)) throw new Error('the handbook needs the Sätteri Markdown processor');
        const base = config.base;
        const site = config.site ?? 'http://localhost:4321';
        processor.options.mdastPlugins.push(handbookMarkdown({ base }));
        const retired = readRetired(join(CONTENT_DIR, 'data', 'retired-rules.yaml'));
        const citations = checklistCitations(join(CONTENT_DIR, 'data', 'checklists.yaml'));
        processor.options.hastPlugins.push(handbookHtml({ site, base, retired, citations }));
      },
    },
  };
}
