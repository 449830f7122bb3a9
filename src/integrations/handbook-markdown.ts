import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { handbookMarkdown } from '../plugins/handbook-markdown.ts';
import { citeButton } from '../plugins/cite-button.ts';

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
        processor.options.hastPlugins.push(citeButton({ site, base }));
      },
    },
  };
}
