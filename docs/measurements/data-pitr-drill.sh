#!/usr/bin/env bash
# Point-in-time recovery drill with PostgreSQL's own tools (DATA-12, DATA-13): archive WAL, take a base
# backup, commit rows, DROP the table by mistake, then restore a copy to the moment before the DROP,
# check the rows are back, and time the restore.
#
# Rerun: bash docs/measurements/data-pitr-drill.sh   (PostgreSQL 15 or later in /usr/lib/postgresql/<major>/bin;
# as root it runs the servers as the postgres user). Everything lives in a temporary directory, on Unix sockets only.
# Output on PostgreSQL 15.18 (2026-12-02) is recorded at the end of this file.
set -euo pipefail

major="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tail -1)"
bin="/usr/lib/postgresql/${major}/bin"
work="$(mktemp -d)"
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
trap 'run "$bin/pg_ctl" -D "$work/primary" -m immediate stop >/dev/null 2>&1 || true
      run "$bin/pg_ctl" -D "$work/restored" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$work"' EXIT

run mkdir "$work/archive"
run "$bin/initdb" -D "$work/primary" -A trust -U postgres --no-sync >/dev/null
cat >>"$work/primary/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$work'
port = 5601
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $work/archive/%f && cp %p $work/archive/%f'
EOF
run "$bin/pg_ctl" -D "$work/primary" -l "$work/primary.log" -w start >/dev/null
psql_p() { run "$bin/psql" -h "$work" -p 5601 -U postgres -X -q -At "$@"; }

run "$bin/pg_basebackup" -h "$work" -p 5601 -U postgres -D "$work/base" -X stream --checkpoint=fast
psql_p -c "CREATE TABLE orders (id int PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())"
psql_p -c "INSERT INTO orders (id) SELECT generate_series(1, 1000)"
sleep 1
target="$(psql_p -c "SELECT now()")"
sleep 1
psql_p -c "DROP TABLE orders"
psql_p -c "SELECT pg_switch_wal()" >/dev/null   # push the last segment to the archive
sleep 2

started="$(date +%s.%N)"
run cp -a "$work/base" "$work/restored"
run touch "$work/restored/recovery.signal"
cat >>"$work/restored/postgresql.conf" <<EOF
port = 5602
archive_mode = off
restore_command = 'cp $work/archive/%f "%p"'
recovery_target_time = '$target'
recovery_target_action = 'promote'
EOF
run "$bin/pg_ctl" -D "$work/restored" -l "$work/restored.log" -w start >/dev/null
psql_r() { run "$bin/psql" -h "$work" -p 5602 -U postgres -X -q -At "$@"; }
until [ "$(psql_r -c 'SELECT pg_is_in_recovery()')" = "f" ]; do sleep 0.2; done
rows="$(psql_r -c 'SELECT count(*) FROM orders')"
finished="$(date +%s.%N)"

echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}'): table dropped on the primary; restored copy recovered to $target"
echo "rows back: $rows of 1000; restore (copy base backup + replay WAL + promote) took $(printf "%.1f" "$(echo "$finished - $started" | bc)") s"

# Output, PostgreSQL 15.18, 2026-12-02:
#   PostgreSQL 15.18: table dropped on the primary; restored copy recovered to 2026-12-02 17:08:24.51891+00
#   rows back: 1000 of 1000; restore (copy base backup + replay WAL + promote) took 1.9 s
