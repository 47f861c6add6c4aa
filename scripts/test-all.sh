#!/usr/bin/env bash
# Runs every test Backstory has: type checking, the build for both browsers, unit tests, web-ext
# lint, and the end-to-end tests in real Chromium and Firefox. Every runner's summary is printed;
# the script keeps going after a failure so one run shows everything, and exits non-zero if any
# step failed.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
step() {
  local name=$1; shift
  echo ""
  echo "=== $name"
  if "$@"; then echo "=== $name: ok"; else echo "=== $name: FAILED"; failed+=("$name"); fi
}

step "system browsers" bash scripts/ensure-browsers.sh
[ -d node_modules ] || step "npm ci" npm ci --no-audit --no-fund
step "typecheck (tsc --noEmit)" npx tsc --noEmit
step "build (chrome-mv3, firefox-mv3, zips)" npm run -s build
step "unit tests (vitest)" npx vitest run
step "web-ext lint (firefox build)" npx web-ext lint --source-dir .output/firefox-mv3
step "end-to-end: Chromium" npx vitest run --config vitest.e2e.config.ts tests/e2e/chromium
step "end-to-end: Firefox" npx vitest run --config vitest.e2e.config.ts tests/e2e/firefox

echo ""
if [ ${#failed[@]} -eq 0 ]; then
  echo "ALL TESTS PASSED"
  exit 0
fi
echo "FAILED STEPS: ${failed[*]}"
exit 1
