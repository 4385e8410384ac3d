#!/usr/bin/env bash
# Checks that every C++ source follows .clang-format; with --fix, reformats them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "not a git checkout: format check skipped"
    exit 0
fi
mapfile -t sources < <(git ls-files '*.h' '*.cpp')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${sources[@]}"
    exit 0
fi
if ! report=$(clang-format --dry-run --Werror "${sources[@]}" 2>&1); then
    printf '%s\n' "$report" | head -n 40 >&2
    echo "error: sources differ from .clang-format; run scripts/check-format.sh --fix" >&2
    exit 1
fi
