#!/usr/bin/env bash
# Every check CI runs: restore, build (warnings are errors), format check, all tests.
# Works on a fresh Debian machine with only the .NET SDK; installs what it needs itself.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/env.sh
source scripts/lib/packages.sh

results=artifacts/test-results
rm -rf "$results"

ensure_packages "${client_packages[@]}" "${xr_test_packages[@]}" xvfb xauth
step "restore"
dotnet restore Metaverse.sln
step "build (Release, warnings are errors)"
dotnet build Metaverse.sln -c Release --no-restore
step "format check"
dotnet format Metaverse.sln --verify-no-changes --no-restore
step "tests"
status=0
# Rendering tests need a display: the whole run gets a virtual one (Mesa's llvmpipe renders into it).
xvfb-run -a -s "-screen 0 1280x720x24" \
  dotnet test Metaverse.sln -c Release --no-build --logger trx --results-directory "$results" \
  --blame-hang --blame-hang-timeout 5m || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
echo "Tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  echo "test run failed (dotnet test exit $status)" >&2
  exit 1
fi
