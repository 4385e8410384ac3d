#!/usr/bin/env bash
# Installs the Debian 12 packages Assay needs to build, test and run its demo.
# Does nothing when they are all present. Needs root (or sudo) only to install.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git clang-format
    libsqlite3-dev sqlite3
    nlohmann-json3-dev
    libssl-dev
    libgtest-dev
    libfasttext-dev fasttext
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins qt6-charts-dev
    qt6-translations-l10n libgl-dev
    unicode-data
    fonts-noto-cjk
    xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        run_as_root=(sudo)
    else
        echo "error: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -q
"${run_as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
