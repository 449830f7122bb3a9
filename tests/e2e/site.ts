import { relative, sep } from 'node:path';
import { htmlFiles } from '../../src/lib/link-check.ts';

/** Every page of the built site, as a path relative to the base URL (e.g. `security/`). */
export function builtPages(): string[] {
  return htmlFiles('dist')
    .map((file) => relative('dist', file).split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .map((path) => (path === '' ? './' : path));
}
