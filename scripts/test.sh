#!/usr/bin/env bash
# Checks the formatting, builds everything (warnings are errors) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/check-format.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev --parallel 2
