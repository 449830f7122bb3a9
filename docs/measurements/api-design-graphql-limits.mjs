// Checks API-13's plugins against the pinned graphql-yoga (examples/package-lock.json):
// 1. NoSchemaIntrospectionCustomRule added in onValidate refuses an introspection query;
// 2. with useExecutionCancellation, an aborted request stops resolving at the next resolver.
// Run from the repository root, after `npm ci` in examples/:  node docs/measurements/api-design-graphql-limits.mjs
// Result on 2026-12-02 (graphql-yoga 5.24.1): introspection refused; 2 or 3 of 6 resolvers ran (timing-dependent) before the 100 ms abort.
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../examples/package.json', import.meta.url));
const { createYoga, createSchema, useExecutionCancellation } = require('graphql-yoga');
const { NoSchemaIntrospectionCustomRule } = require('graphql');

const noIntrospection = { onValidate({ addValidationRule }) { addValidationRule(NoSchemaIntrospectionCustomRule); } };

let resolved = 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const step = async () => { await sleep(40); resolved++; return {}; };
const schema = createSchema({
  typeDefs: 'type Query { slow: Node } type Node { next: Node, n: Int }',
  resolvers: { Query: { slow: step }, Node: { next: step, n: () => 1 } },
});
const yoga = createYoga({ schema, plugins: [noIntrospection, useExecutionCancellation()], logging: false });
const post = (query, signal) =>
  yoga.fetch('http://localhost/graphql', { method: 'POST', signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

const intro = await post('{ __schema { types { name } } }');
console.log('introspection:', intro.status, (await intro.json()).errors?.[0]?.message);
try {
  await post('{ slow { next { next { next { next { next { n } } } } } } }', AbortSignal.timeout(100));
} catch (err) {
  console.log('deep slow query:', err.name);
}
await sleep(400);
console.log(`resolvers run: ${resolved} of 6`);
