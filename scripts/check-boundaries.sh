#!/usr/bin/env bash
# Module boundaries and cycles (dependency-cruiser), with a guard against its silent "0 modules" pass.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! npx depcruise --info 2>/dev/null | grep -qE '✔ +\.ts'; then
  echo "check-boundaries: dependency-cruiser cannot parse .ts files (swc missing?)" >&2
  exit 1
fi
out=$(npx depcruise src -c .dependency-cruiser.cjs 2>&1) || { echo "$out"; exit 1; }
echo "$out" | tail -2
echo "$out" | grep -qE '\(([1-9][0-9]*) modules' || { echo "check-boundaries: no modules were checked" >&2; exit 1; }
# web/ may import only contracts and shared helpers from src/ (dependency-cruiser's swc mode cannot parse .tsx).
bad=$(grep -rnE "from '(\.\./)+src/" web/src | grep -vE "src/(modules/[^/]+/[^/']+\.contract\.ts|shared/)" || true)
if [ -n "$bad" ]; then echo "check-boundaries: web/ imports server internals:"; echo "$bad"; exit 1; fi
