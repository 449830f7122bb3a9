/**
 * Serves a built site the way a static host does: files under a base path, directory index.html,
 * 404.html for anything missing, text compressed with gzip (every host in the README's Deploy section
 * compresses, and Lighthouse's simulated mobile network charges for the bytes that go over the wire). Used by the browser tests and the benchmarks (astro preview allows
 * only one server per project, and the tests serve three builds at once).
 *   node scripts/serve.ts <dir> <port> [base]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
const prefix = base.replace(/\/?$/, '/');
// dev: files are read afresh on every request, so a rebuild never meets a stale file list.
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
const notFound = () => readFileSync(join(dir, '404.html'));
const compress = compression();

createServer((request, response) =>
  compress(request, response, () => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix) && `${url}/` !== prefix) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound());
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound());
    });
  }),
).listen(Number(port), () => console.log(`Serving ${dir} at http://localhost:${port}${prefix}`));
