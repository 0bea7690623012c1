#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL (Debian's `postgresql`):
#   bash scripts/with-postgres.sh npx vitest run supabase/tests
# Creates a cluster in a temp dir (trust auth, unix socket in that dir, TCP on
# 127.0.0.1:54329 or the next free port), exports TEST_DATABASE_URL, runs the
# command and always stops and removes the cluster afterwards.  As root the
# server runs as the `postgres` OS user (Postgres refuses to run as root).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL not found under /usr/lib/postgresql/*/bin: run scripts/setup-test.sh (apt-get install postgresql)" >&2
  exit 1
fi

as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${PGTEST_PORT:-54329}
while ! port_free "$PORT"; do
  PORT=$((PORT + 1))
  if [ "$PORT" -gt 54429 ]; then echo "no free port in 54329-54429" >&2; exit 1; fi
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/rt-pg.XXXXXX")
DATA="$TMP/data"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$TMP"; fi
chmod 700 "$TMP"

cleanup() {
  local status=$?
  if [ -f "$DATA/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 ||
  { cat "$TMP/initdb.log" >&2; exit 1; }

# A throwaway cluster: durability off, enough connections for parallel test files.
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$TMP/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null ||
  { cat "$TMP/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (TEST_DATABASE_URL=$TEST_DATABASE_URL)"

set +e
"$@"
status=$?
set -e
exit "$status"
