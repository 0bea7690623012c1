#!/usr/bin/env bash
# Runs every suite and ends with one line totalling them: "N passed, N failed".
#   type check · generated types up to date · vitest (unit, database, build) · Playwright e2e
set -uo pipefail
cd "$(dirname "$0")/.."
export DO_NOT_TRACK=1
mkdir -p test-results
rm -f test-results/vitest-results.json test-results/e2e-results.json

passed=0
failed=0
check() { # name, command...
  local name=$1; shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

check "type check" npx tsc --noEmit
check "generated database types are current" npx tsx scripts/gen-types.ts --check

echo "── vitest"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-results.json
read -r vp vf < <(node -e '
  try { const r = require("./test-results/vitest-results.json");
        console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0)); }
  catch { console.log(0, 1); }')
passed=$((passed + vp)); failed=$((failed + vf))

echo "── playwright"
npx playwright test
read -r ep ef < <(node -e '
  try { const s = require("./test-results/e2e-results.json").stats;
        console.log(s.expected + s.flaky, s.unexpected); }
  catch { console.log(0, 1); }')
passed=$((passed + ep)); failed=$((failed + ef))

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
