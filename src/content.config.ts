import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { RULE_PREFIXES } from './lib/pages.ts';

/** Frontmatter the handbook adds to Starlight's: a reference page's rule prefix and review date. */
const handbookFields = z
  .object({
    prefix: z
      .enum(RULE_PREFIXES as [string, ...string[]], {
        error: `prefix must be one of ${RULE_PREFIXES.join(', ')}`,
      })
      .optional(),
    reviewed: z.coerce.date({ error: 'reviewed must be a date such as 2026-11-24' }).optional(),
  })
  .refine((data) => data.prefix === undefined || data.reviewed !== undefined, {
    message: 'a reference page (one with a prefix) needs "reviewed: YYYY-MM-DD", the date its facts were last checked',
    path: ['reviewed'],
  });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
    schema: docsSchema({ extend: handbookFields }),
  }),
};
