#!/usr/bin/env bash
# The whole test suite: lint (code and architecture), types, unit + integration on PGlite, the same on PostgreSQL, then the
# browser journeys in Debian's Chromium. Prints one closing "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/report-*.json
status=0
failed_steps=()
current=""
step() { current="$1"; echo; echo "== $1"; }
# A step that fails without a failed test (an unhandled error, a lint or type error) is named at the end.
fail() { status=1; failed_steps+=("$current"); }

step "lint: ESLint, the architecture rules (dependency-cruiser), unused code (knip), formatting (Prettier)"
npm run -s lint || fail
npm run -s format:check || fail

step "types (server, web app, tests)"
node_modules/.bin/tsc --noEmit -p tsconfig.json || fail
node_modules/.bin/tsc --noEmit -p web/tsconfig.json || fail
node_modules/.bin/tsc --noEmit -p tsconfig.tests.json || fail

step "production build (the server to dist/, the web app to web/dist/)"
node scripts/ensure-server-built.mjs || fail
node scripts/ensure-web-built.mjs || fail

step "unit and integration tests on PGlite"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.tmp/report-pglite.json || fail

step "integration tests on PostgreSQL (${GREENROOM_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test})"
GREENROOM_TEST_DB=postgres node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.tmp/report-postgres.json || fail

step "browser journeys (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/report-e2e.json node_modules/.bin/playwright test --reporter=list,json || fail

step "a band from zero on PostgreSQL (Chromium)"
GREENROOM_TEST_DB=postgres PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/report-e2e-postgres.json node_modules/.bin/playwright test e2e/first-hour.spec.ts --reporter=list,json || fail

node scripts/sum-reports.mjs .tmp/report-*.json || status=1
for s in "${failed_steps[@]}"; do echo "FAILED step: $s"; done
exit $status
