#!/usr/bin/env bash
# Installs R and nlme if missing (Debian/Ubuntu, needs root), then runs theoph_nlme.R and times it.
# Usage (from the repository root): tests/Metaverse.Benchmarks/peers/theoph_nlme.sh [repeats]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
if ! command -v Rscript >/dev/null || ! Rscript -e 'quit(status = !requireNamespace("nlme", quietly = TRUE))' >/dev/null 2>&1; then
  echo "installing r-base-core r-cran-nlme (apt-get)…" >&2
  apt-get install -y r-base-core r-cran-nlme >/dev/null
fi
Rscript -e 'cat("nlme", as.character(packageVersion("nlme")), R.version.string, "\n")'
time Rscript "$here/theoph_nlme.R" "$root/tests/Metaverse.Twins.Tests/Patient/Estimation/data/theoph_nonmem.csv" "${1:-20}"
