// Sends the worked example's stale PATCH (application/merge-patch+json, If-Match: "1") to two Express apps
// that differ only in the JSON parser: express.json() as most tutorials write it, and API-01's parser.
// The handler follows API-07 (428, Zod parse, version compare) over an in-memory order at version 2.
// Run from the repository root, after `npm ci` in examples/:  node docs/measurements/api-design-patch-412.mjs
// Result on 2026-12-02 (express 5.3.0, zod 4.6.7): bare express.json() -> 400; API-01's parser -> 412; text/plain -> 415.
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../examples/package.json', import.meta.url));
const express = require('express');
const { z } = require('zod');

const OrderPatch = z.strictObject({ shipping_address: z.string().min(1).max(500) });
const order = { id: '0193a6e2-6b0c-7d4e-9a51-3f2c8e1b7a40', version: 2 };

function app(parser) {
  const a = express();
  a.use(parser);
  a.patch('/orders/:orderId', (req, res, next) => {
    if (req.is('application/merge-patch+json') === false) {
      res.set('Accept-Patch', 'application/merge-patch+json');
      return res.status(415).type('application/problem+json').json({ status: 415 });
    }
    next();
  }, (req, res) => {
    const ifMatch = req.get('If-Match');
    if (!ifMatch) return res.status(428).json({ status: 428 });
    const parsed = OrderPatch.safeParse(req.body);
    if (!parsed.success) return res.status(400).type('application/problem+json').json({ status: 400, body: req.body ?? null });
    if (ifMatch !== `"${order.version}"`) return res.status(412).type('application/problem+json').json({ status: 412 });
    res.json({ ...order, ...parsed.data });
  });
  return a;
}

async function send(name, a, contentType) {
  const server = a.listen(0);
  const { port } = server.address();
  const res = await fetch(`http://127.0.0.1:${port}/orders/${order.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': contentType, 'If-Match': '"1"' },
    body: JSON.stringify({ shipping_address: 'Keizersgracht 1, 1015 CJ Amsterdam' }),
  });
  console.log(`${name} (${contentType}): ${res.status} ${await res.text()}`);
  server.close();
}

await send('express.json()', app(express.json()), 'application/merge-patch+json');
const api01 = express.json({ type: ['application/json', 'application/merge-patch+json'], limit: '100kb' });
await send("API-01's parser", app(api01), 'application/merge-patch+json');
await send("API-01's parser", app(api01), 'text/plain');
