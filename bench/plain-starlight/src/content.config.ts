import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../../../src/lib/pages.ts';

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: resolve(CONTENT_DIR) }), schema: docsSchema() }),
};
