#!/usr/bin/env bash
# docs/measurements/testing-pg-dump-restrict.sh
#
# Shows why TEST-09 loads pg_dump fixtures with psql and strips \restrict lines before comparing
# schema dumps. Since the CVE-2025-8714 fix (PostgreSQL 13.22, 14.19, 15.14, 16.10, 17.6 and 18.x),
# pg_dump's plain-text output opens with `\restrict <random key>` and ends with `\unrestrict <key>`:
# psql meta-commands, not SQL.
#
# Rerun: bash docs/measurements/testing-pg-dump-restrict.sh
# Run it as a non-root user (initdb refuses root).
# Needs: initdb, pg_ctl, pg_dump and psql of one of the versions above on PATH, and Node.js with the
# `pg` package resolvable from the current directory (npm install pg). It starts a throwaway cluster
# on a Unix socket in a temporary directory and removes it afterwards.
set -euo pipefail

work=$(mktemp -d)
trap 'pg_ctl -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
initdb -D "$work/data" -U postgres --auth=trust >/dev/null
pg_ctl -D "$work/data" -o "-k $work -c listen_addresses=''" -l "$work/log" -w start >/dev/null
export PGHOST=$work PGUSER=postgres PGDATABASE=postgres

psql -q -v ON_ERROR_STOP=1 -c "CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL)" \
  -c "INSERT INTO customers VALUES (1, 'Ada@example.com'), (2, 'ada@EXAMPLE.com')"
pg_dump --version
pg_dump --data-only --inserts --table=customers > "$work/sample.sql"

echo '--- first and last non-comment lines of the dump:'
grep -v -e '^--' -e '^$' "$work/sample.sql" | sed -n '1p;$p'

psql -q -c 'TRUNCATE customers'
echo '--- loading it as one query through node-postgres (what the old TEST-09 code did):'
node -e "
const pg = require('pg');
const sql = require('fs').readFileSync(process.argv[1], 'utf8');
const c = new pg.Client({ host: process.env.PGHOST, user: 'postgres', database: 'postgres' });
c.connect().then(() => c.query(sql)).then(() => console.log('loaded'), (e) => console.log('error:', e.message)).finally(() => c.end());
" "$work/sample.sql"

echo '--- loading it with psql (what TEST-09 does now):'
psql -q -v ON_ERROR_STOP=1 -f "$work/sample.sql" >/dev/null
psql -At -c 'SELECT count(*) FROM customers'

echo '--- two schema-only dumps of the same database differ only in the \restrict key:'
pg_dump --schema-only --no-owner > "$work/a.sql"
pg_dump --schema-only --no-owner > "$work/b.sql"
diff "$work/a.sql" "$work/b.sql" | grep -c '^[<>] \\' || true
diff <(grep -Ev '^\\(un)?restrict ' "$work/a.sql") <(grep -Ev '^\\(un)?restrict ' "$work/b.sql") && echo 'identical once those lines are stripped'
