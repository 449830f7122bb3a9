/** URLs under the configured base path. Markdown links get the base from the Sätteri plugin; .astro files use this. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** Absolute URL of a path on the deployed site (for citations, rules.json, the Markdown export). */
export function absoluteUrl(
  path: string,
  site: URL | string | undefined = import.meta.env.SITE,
  base = import.meta.env.BASE_URL,
): string {
  return new URL(withBase(path, base), site).href;
}
