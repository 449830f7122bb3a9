// Checks PERF-12's claim that "Redis down = a miss, not an outage" for the TypeScript tab.
// It takes the blocks titled cache.ts and cache-metrics.ts from content/performance.mdx, compiles them
// against the pinned libraries in examples/, points REDIS_URL at a port nothing listens on, and calls
// cached() while Redis is unreachable. Rerun: ./node_modules/.bin/node docs/measurements/performance-redis-down.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const root = resolve(import.meta.dirname, '../..');
const page = readFileSync(join(root, 'content/performance.mdx'), 'utf8');
const block = (title: string) => {
  const match = new RegExp('```ts title="' + title.replace('.', '\\.') + '"\\n([\\s\\S]*?)\\n```').exec(page);
  if (!match) throw new Error(`no block titled ${title}`);
  return match[1]!;
};
const ts = createRequire(join(root, 'examples/package.json'))('typescript') as typeof import('typescript');
const dir = mkdtempSync(join(root, 'examples/.perf-redis-down-'));
for (const name of ['cache', 'cache-metrics']) {
  const out = ts.transpileModule(block(`${name}.ts`), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
  }).outputText;
  writeFileSync(join(dir, `${name}.js`), out);
}
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');

// A port that was free a moment ago: connections to it are refused, as when Redis is stopped.
const port = await new Promise<number>((done) => {
  const server = createServer().listen(0, () => {
    const { port } = server.address() as { port: number };
    server.close(() => done(port));
  });
});
process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
const quiet = console.error;
console.error = () => {}; // the client logs every reconnect attempt
try {
  const { cached, redis } = (await import(join(dir, 'cache.js'))) as {
    cached: <T>(cache: string, key: string, ttlMs: number, load: () => Promise<T>) => Promise<T>;
    redis: { destroy(): void };
  };
  let loads = 0;
  const load = async () => {
    loads++;
    return { id: 'p1', name: 'Widget' };
  };
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const value = await cached('product', 'product:p1', 60_000, load);
    times.push(performance.now() - started);
    if (value.name !== 'Widget') throw new Error('wrong value');
  }
  // Single-flight: 100 concurrent misses for one cold key share one load.
  let slowLoads = 0;
  const slowLoad = async () => {
    slowLoads++;
    await new Promise((done) => setTimeout(done, 50));
    return { id: 'p2', name: 'Gadget' };
  };
  const concurrent = await Promise.all(Array.from({ length: 100 }, () => cached('product', 'product:p2', 60_000, slowLoad)));
  redis.destroy();
  await new Promise((done) => setTimeout(done, 10));
  console.log(`Redis unreachable: 5 of 5 calls returned the loaded value; loader ran ${loads} times;`);
  console.log(`slowest call ${Math.max(...times).toFixed(1)} ms (times: ${times.map((t) => t.toFixed(1)).join(', ')} ms)`);
  console.log(`100 concurrent misses for one key: ${concurrent.length} answers, loader ran ${slowLoads} time(s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.error = quiet;
process.exit(0); // destroy() rejects the pending connect(); nothing else is left to report
