#!/usr/bin/env bash
# `npm test`: every suite in one Vitest run, so one closing line counts them all —
# unit, SQLite integration/HTTP, the same on a throwaway PostgreSQL, web, and the Chromium journeys.
set -uo pipefail
cd "$(dirname "$0")/.."
projects=(--project unit --project sqlite --project web)
if [ -x /usr/bin/chromium ]; then
  [ -f web/dist/index.html ] || npm run --silent build:web
  projects+=(--project e2e)
else
  echo "test-all: /usr/bin/chromium missing — browser journeys NOT run (apt-get install chromium)" >&2
fi
if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  exec bash scripts/with-pg.sh npx vitest run "${projects[@]}" --project postgres "$@"
fi
echo "test-all: PostgreSQL server binaries missing — PostgreSQL suite NOT run (apt-get install postgresql)" >&2
exec npx vitest run "${projects[@]}" "$@"
