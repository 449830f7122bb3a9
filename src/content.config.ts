import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { parseYamlFile } from './lib/yaml-file.ts';
import { checklistSchema, guideCategorySchema, matrixRowSchema } from './lib/data-schemas.ts';
import { CONTENT_DIR, RULE_PREFIXES } from './lib/pages.ts';
import { siteRegistry } from './lib/registry.ts';

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

/**
 * Reads one top-level key of a YAML data file as a collection (the file holds several). Each entry gets
 * its position as `order`, since a collection does not keep the file's order and the pages must.
 */
function yamlKey(path: string, key: string) {
  return file(path, {
    parser: (text) => {
      const data = parseYamlFile(path, text) as Record<string, unknown> | null;
      if (!data || !Array.isArray(data[key])) throw new Error(`${path}: expected a top-level list "${key}"`);
      return (data[key] as Record<string, unknown>[]).map((entry, order) => ({ ...entry, order }));
    },
  });
}

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: CONTENT_DIR }),
    schema: docsSchema({ extend: handbookFields }),
  }),
  matrix: defineCollection({
    loader: yamlKey(`${CONTENT_DIR}/data/decision-matrix.yaml`, 'rows'),
    schema: () => matrixRowSchema(siteRegistry()),
  }),
  guide: defineCollection({
    loader: yamlKey(`${CONTENT_DIR}/data/decision-matrix.yaml`, 'guide'),
    schema: () => guideCategorySchema(siteRegistry()),
  }),
  checklists: defineCollection({
    loader: yamlKey(`${CONTENT_DIR}/data/checklists.yaml`, 'checklists'),
    schema: () => checklistSchema(siteRegistry()),
  }),
};
