// Reproduces the anomalies, the lock queue and the vacuum stall the Data page (DATA-01, DATA-02, DATA-05, DATA-09)
// describes,
// with two or three real sessions against a throwaway PostgreSQL.
//
// Rerun (from the repository root, PostgreSQL 15 or later installed, `npm ci --prefix examples` done):
//   initdb -D /tmp/pgd/data -A trust -U postgres --no-sync
//   pg_ctl -D /tmp/pgd/data -o "-k /tmp/pgd -p 5499 -c listen_addresses=''" -w start
//   PGHOST=/tmp/pgd PGPORT=5499 PGUSER=postgres node docs/measurements/data-anomalies.ts
//   pg_ctl -D /tmp/pgd/data stop
//
// Output on PostgreSQL 15.18 (2026-12-02) is recorded at the end of this file.
import { createRequire } from 'node:module';
import type * as PgTypes from 'pg';

const require = createRequire(new URL('../../examples/package.json', import.meta.url));
const pg = require('pg') as typeof PgTypes;

const connect = async () => {
  const client = new pg.Client({ database: process.env.PGDATABASE ?? 'postgres' });
  await client.connect();
  return client;
};
const codeOf = (err: unknown) => (err instanceof pg.DatabaseError ? err.code : String(err));

async function lostUpdate(level: 'READ COMMITTED' | 'REPEATABLE READ') {
  const setup = await connect();
  await setup.query('DROP TABLE IF EXISTS counters; CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counters VALUES (1, 100)');
  const [a, b] = [await connect(), await connect()];
  let outcome = 'both committed';
  await a.query(`BEGIN ISOLATION LEVEL ${level}`);
  await b.query(`BEGIN ISOLATION LEVEL ${level}`);
  const readA = (await a.query<{ n: number }>('SELECT n FROM counters WHERE id = 1')).rows[0]!.n;
  const readB = (await b.query<{ n: number }>('SELECT n FROM counters WHERE id = 1')).rows[0]!.n;
  await a.query('UPDATE counters SET n = $1 WHERE id = 1', [readA + 1]);
  await a.query('COMMIT');
  try {
    await b.query('UPDATE counters SET n = $1 WHERE id = 1', [readB + 1]);
    await b.query('COMMIT');
  } catch (err) {
    outcome = `second writer failed with ${codeOf(err)}`;
    await b.query('ROLLBACK');
  }
  const final = (await setup.query<{ n: number }>('SELECT n FROM counters WHERE id = 1')).rows[0]!.n;
  console.log(`lost update, ${level}: two increments of 100, final ${final}, ${outcome}`);
  await Promise.all([a.end(), b.end(), setup.end()]);
}

async function writeSkew(level: 'REPEATABLE READ' | 'SERIALIZABLE') {
  const setup = await connect();
  await setup.query(`DROP TABLE IF EXISTS on_call;
    CREATE TABLE on_call (shift_id int, doctor_id int, on_duty boolean NOT NULL, PRIMARY KEY (shift_id, doctor_id));
    INSERT INTO on_call VALUES (1, 1, true), (1, 2, true)`);
  const [a, b] = [await connect(), await connect()];
  const results: string[] = [];
  await a.query(`BEGIN ISOLATION LEVEL ${level}`);
  await b.query(`BEGIN ISOLATION LEVEL ${level}`);
  const count = 'SELECT count(*)::int AS n FROM on_call WHERE shift_id = 1 AND on_duty';
  const seenA = (await a.query<{ n: number }>(count)).rows[0]!.n;
  const seenB = (await b.query<{ n: number }>(count)).rows[0]!.n;
  for (const [client, doctor, seen] of [[a, 1, seenA], [b, 2, seenB]] as const) {
    try {
      if (seen >= 2) await client.query('UPDATE on_call SET on_duty = false WHERE shift_id = 1 AND doctor_id = $1', [doctor]);
      await client.query('COMMIT');
      results.push(`doctor ${doctor} committed`);
    } catch (err) {
      results.push(`doctor ${doctor} failed with ${codeOf(err)}`);
      await client.query('ROLLBACK');
    }
  }
  const left = (await setup.query<{ n: number }>(count)).rows[0]!.n;
  console.log(`write skew, ${level}: ${results.join(', ')}; doctors left on duty: ${left}`);
  await Promise.all([a.end(), b.end(), setup.end()]);
}

async function phantomAtRepeatableRead() {
  const setup = await connect();
  await setup.query('DROP TABLE IF EXISTS items; CREATE TABLE items (id int PRIMARY KEY, price int NOT NULL); INSERT INTO items VALUES (1, 5), (2, 15)');
  const [a, b] = [await connect(), await connect()];
  await a.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  const before = (await a.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE price > 10')).rows[0]!.n;
  await b.query('INSERT INTO items VALUES (3, 20)');
  const after = (await a.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE price > 10')).rows[0]!.n;
  await a.query('COMMIT');
  console.log(`phantom, REPEATABLE READ: count before ${before}, after a concurrent committed insert ${after}`);
  await Promise.all([a.end(), b.end(), setup.end()]);
}

async function lockQueue(lockTimeout: string) {
  const setup = await connect();
  await setup.query('DROP TABLE IF EXISTS queued; CREATE TABLE queued (id int PRIMARY KEY); INSERT INTO queued VALUES (1)');
  const [reader, migrator, app] = [await connect(), await connect(), await connect()];
  await reader.query('BEGIN');
  await reader.query('SELECT * FROM queued'); // a long transaction holding ACCESS SHARE
  await migrator.query(`SET lock_timeout = '${lockTimeout}'`);
  const started = Date.now();
  const alter = migrator
    .query('ALTER TABLE queued ADD COLUMN note text')
    .then(() => 'ALTER succeeded')
    .catch((err: unknown) => `ALTER failed with ${codeOf(err)} after ${Date.now() - started} ms`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await app.query("SET statement_timeout = '1s'");
  let appResult: string;
  try {
    await app.query('SELECT * FROM queued WHERE id = 1');
    appResult = `a plain SELECT from a third session returned after ${Date.now() - started} ms`;
  } catch (err) {
    appResult = `a plain SELECT from a third session failed with ${codeOf(err)} (statement_timeout 1s): it queued behind the ALTER`;
  }
  await reader.query('COMMIT');
  console.log(`lock queue, migration lock_timeout=${lockTimeout}: ${appResult}; ${await alter}`);
  await Promise.all([reader.end(), migrator.end(), app.end(), setup.end()]);
}

async function serializableFalsePositive() {
  const setup = await connect();
  await setup.query('DROP TABLE IF EXISTS handles; CREATE TABLE handles (handle text NOT NULL)'); // no index: reads lock the whole table
  const [a, b] = [await connect(), await connect()];
  const results: string[] = [];
  await a.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
  await b.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
  await a.query("SELECT 1 FROM handles WHERE handle = 'alice'");
  await b.query("SELECT 1 FROM handles WHERE handle = 'bob'");
  await a.query("INSERT INTO handles VALUES ('alice')");
  await b.query("INSERT INTO handles VALUES ('bob')");
  for (const [client, name] of [[a, 'alice'], [b, 'bob']] as const) {
    try {
      await client.query('COMMIT');
      results.push(`${name} committed`);
    } catch (err) {
      results.push(`${name} failed with ${codeOf(err)}`);
      await client.query('ROLLBACK');
    }
  }
  console.log(`serializable, two different handles inserted after checking each is free: ${results.join(', ')}`);
  await Promise.all([a.end(), b.end(), setup.end()]);
}

async function vacuumBlockedByOpenTransaction() {
  const setup = await connect();
  await setup.query('DROP TABLE IF EXISTS churn; CREATE TABLE churn (id int PRIMARY KEY); INSERT INTO churn SELECT generate_series(1, 10000)');
  const idle = await connect();
  await idle.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  await idle.query('SELECT 1'); // takes a snapshot, then sits idle in transaction
  await setup.query('DELETE FROM churn');
  const notices: string[] = [];
  setup.on('notice', (msg) => notices.push(msg.message ?? ''));
  await setup.query('VACUUM (VERBOSE) churn');
  const whileOpen = notices.join(' ').match(/tuples: [^\n]*/)?.[0];
  await idle.query('COMMIT');
  notices.length = 0;
  await setup.query('VACUUM (VERBOSE) churn');
  const afterCommit = notices.join(' ').match(/tuples: [^\n]*/)?.[0];
  console.log(`vacuum, 10000 deleted rows: while a transaction is open "${whileOpen}"; after it commits "${afterCommit}"`);
  await Promise.all([idle.end(), setup.end()]);
}

await lostUpdate('READ COMMITTED');
await lostUpdate('REPEATABLE READ');
await writeSkew('REPEATABLE READ');
await writeSkew('SERIALIZABLE');
await phantomAtRepeatableRead();
await lockQueue('0');
await lockQueue('300ms');
await vacuumBlockedByOpenTransaction();
await serializableFalsePositive();

// Output, PostgreSQL 15.18, 2026-12-02:
//   lost update, READ COMMITTED: two increments of 100, final 101, both committed
//   lost update, REPEATABLE READ: two increments of 100, final 101, second writer failed with 40001
//   write skew, REPEATABLE READ: doctor 1 committed, doctor 2 committed; doctors left on duty: 0
//   write skew, SERIALIZABLE: doctor 1 committed, doctor 2 failed with 40001; doctors left on duty: 1
//   phantom, REPEATABLE READ: count before 1, after a concurrent committed insert 1
//   lock queue, migration lock_timeout=0: a plain SELECT from a third session failed with 57014 (statement_timeout 1s): it queued behind the ALTER; ALTER succeeded
//   lock queue, migration lock_timeout=300ms: a plain SELECT from a third session returned after 303 ms; ALTER failed with 55P03 after 302 ms
//   vacuum, 10000 deleted rows: while a transaction is open "tuples: 0 removed, 10000 remain, 10000 are dead but not yet removable"; after it commits "tuples: 10000 removed, 0 remain, 0 are dead but not yet removable"
//   serializable, two different handles inserted after checking each is free: alice committed, bob failed with 40001
