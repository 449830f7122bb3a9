/** Moved pages (content/data/redirects.yaml): used for Astro's redirects and by the anchors lock. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlFile } from './yaml-file.ts';
import { z } from 'zod';
import { CONTENT_DIR } from './pages.ts';

const path = z
  .string()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/, 'a path such as "old-page/" (relative to the site root, ending in /)');
const redirectsSchema = z.record(path, path);

export function readRedirects(file = join(CONTENT_DIR, 'data', 'redirects.yaml')): Record<string, string> {
  if (!existsSync(file)) return {};
  const parsed = redirectsSchema.safeParse(parseYamlFile(file) ?? {});
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

/** Astro's `redirects` option: destinations need the base path (Astro does not add it). */
export function astroRedirects(base: string): Record<string, string> {
  const prefix = base.replace(/\/?$/, '/');
  return Object.fromEntries(Object.entries(readRedirects()).map(([from, to]) => [`/${from}`, `${prefix}${to}`]));
}
