import { relative, sep } from 'node:path';
import { htmlFiles } from '../../src/lib/link-check.ts';

/**
 * Every page of the built site, as a path relative to the base URL (e.g. `security/`), without the
 * /r/<id>/ short links: those are redirect stubs whose targets are pages in this list.
 */
export function builtPages(): string[] {
  return htmlFiles('dist')
    .filter((file) => !relative('dist', file).startsWith(`r${sep}`))
    .map((file) => relative('dist', file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .map((path) => (path === '' ? './' : path));
}
