#!/usr/bin/env bash
# Runs performance-explain.sql on a throwaway local PostgreSQL cluster and prints the plans.
# Usage: docs/measurements/performance-explain.sh   (needs initdb/pg_ctl on PATH or PGBIN; run as a non-root user)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${PGBIN:-$(dirname "$(command -v pg_ctl)")}"
dir="$(mktemp -d)"
trap '"$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
"$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
"$bin/pg_ctl" -D "$dir/data" -o "-k $dir -c listen_addresses= -c shared_buffers=128MB" -l "$dir/log" -w start >/dev/null
"$bin/psql" -h "$dir" -U postgres -X -q -c 'SELECT version()' -t
"$bin/createdb" -h "$dir" -U postgres scratch
"$bin/psql" -h "$dir" -U postgres -d scratch -X -v ON_ERROR_STOP=1 -f "$here/performance-explain.sql"
