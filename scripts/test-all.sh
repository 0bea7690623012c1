#!/usr/bin/env bash
# Runs every suite and ends with one line totalling them: "N passed, N failed".
#   type check · lint · generated types up to date · vitest (unit, database, build)
#   · the database tests again on a real PostgreSQL · Playwright e2e
set -uo pipefail
cd "$(dirname "$0")/.."
export DO_NOT_TRACK=1
mkdir -p test-results
rm -f test-results/vitest-results.json test-results/vitest-postgres-results.json test-results/e2e-results.json

passed=0
failed=0
check() { # name, command...
  local name=$1; shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

check "type check" npx tsc --noEmit
check "lint (boundaries between features, data and shared code)" npx eslint app
check "generated database types are current" npx tsx scripts/gen-types.ts --check

vitest_counts() { # json file -> "passed failed" (a missing or unreadable report counts as one failure)
  node -e '
  try { const r = require(process.argv[1]);
        console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0)); }
  catch { console.log(0, 1); }' "$PWD/$1"
}

echo "── vitest"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-results.json
read -r vp vf < <(vitest_counts test-results/vitest-results.json)
passed=$((passed + vp)); failed=$((failed + vf))

# The same migrations and database tests, on a throwaway PostgreSQL cluster
# (Debian's postgresql) instead of PGlite.
echo "── vitest on PostgreSQL (supabase/tests)"
bash scripts/with-postgres.sh npx vitest run supabase/tests \
  --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgres-results.json
read -r pp pf < <(vitest_counts test-results/vitest-postgres-results.json)
passed=$((passed + pp)); failed=$((failed + pf))

echo "── playwright"
npx playwright test
e2e_status=$?
# A run that could not start (its server's port taken, a spec that does not
# load) writes no test at all but an error: that counts as a failure, and so
# does a failing exit with no failed test in the report.
read -r ep ef < <(node -e '
  try { const r = require("./test-results/e2e-results.json"); const s = r.stats;
        const errors = (r.errors ?? []).length;
        const failed = s.unexpected + errors;
        console.log(s.expected + s.flaky, failed === 0 && Number(process.argv[1]) !== 0 ? 1 : failed); }
  catch { console.log(0, 1); }' "$e2e_status")
passed=$((passed + ep)); failed=$((failed + ef))

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
