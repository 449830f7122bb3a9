-- Reproduces the plans quoted in PERF-05, PERF-06 and PERF-07 of content/performance.mdx.
-- Run on a scratch database: psql -X -v ON_ERROR_STOP=1 -d scratch -f docs/measurements/performance-explain.sql
-- Timings depend on the machine and cache state; buffer counts are the steadier figure.
\timing off
DROP TABLE IF EXISTS orders;
CREATE TABLE orders (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status      text NOT NULL,
    total_cents bigint NOT NULL,
    created_at  timestamptz NOT NULL
);
-- 2,000,000 orders from 45,000 customers (about 44 each), spread over about a year.
SELECT setseed(0.42);
INSERT INTO orders
SELECT i,
       (i::bigint * 7919) % 45000,
       (ARRAY['paid', 'shipped', 'cancelled'])[1 + i % 3],
       (random() * 50000)::bigint,
       timestamptz '2025-01-01 00:00:00+00' + i * interval '15 seconds' + random() * interval '10 minutes'
FROM generate_series(1, 2000000) AS i;
VACUUM ANALYZE orders;

\echo '--- PERF-05: no index on customer_id'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, status, total_cents, created_at FROM orders
WHERE customer_id = 4242 ORDER BY created_at DESC LIMIT 20;

CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC);
\echo '--- PERF-06: with the index'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, status, total_cents, created_at FROM orders
WHERE customer_id = 4242 ORDER BY created_at DESC LIMIT 20;

CREATE INDEX orders_created_id_idx ON orders (created_at, id);
\echo '--- PERF-07: OFFSET 500000'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, created_at, total_cents FROM orders
ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 500000;

\echo '--- PERF-07: keyset after the same row'
SELECT created_at AS ts, id FROM orders ORDER BY created_at DESC, id DESC OFFSET 499999 LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, created_at, total_cents FROM orders
WHERE (created_at, id) < (:'ts'::timestamptz, :id::bigint)
ORDER BY created_at DESC, id DESC LIMIT 50;

-- PERF-06: covering, partial and expression indexes
ALTER TABLE orders ADD COLUMN email text;
UPDATE orders SET email = 'User' || customer_id || '@Example.com';
VACUUM ANALYZE orders;
CREATE INDEX orders_customer_created_incl_idx ON orders (customer_id, created_at DESC) INCLUDE (status, total_cents);
VACUUM orders;
\echo '--- PERF-06: covering index, index-only scan'
EXPLAIN (ANALYZE, BUFFERS)
SELECT status, total_cents, created_at FROM orders
WHERE customer_id = 4242 ORDER BY created_at DESC LIMIT 20;
CREATE INDEX orders_email_lower_idx ON orders (lower(email));
\echo '--- PERF-06: expression index'
EXPLAIN (ANALYZE, BUFFERS)
SELECT id FROM orders WHERE lower(email) = lower('USER4242@example.com') LIMIT 20;
