#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: exports TEST_PG_URL, and removes the cluster after.
# Usage: scripts/with-pg.sh npx vitest run --project postgres
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-pg: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 3
fi
PGPORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
DIR=$(mktemp -d "${TMPDIR:-/tmp}/pamong-pg.XXXXXX")
chmod 755 "$DIR"
AS=()
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$DIR"; AS=(runuser -u postgres --); fi
cleanup() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
"${AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PGPORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export TEST_PG_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
export PG_BIN="$PGBIN"
"$@"
