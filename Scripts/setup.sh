#!/usr/bin/env bash
# Installs what building and testing need, and nothing that is already there.
# Idempotent: a second run installs nothing and says so.
set -euo pipefail

packages=(libcairo2-dev pkg-config fonts-dejavu-core fonts-dejavu-extra)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "setup: all present (${packages[*]})"
else
    echo "setup: installing ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
        echo "setup: apt-get install failed; refreshing the package lists and trying again" >&2
        $sudo apt-get update
        $sudo apt-get install -y --no-install-recommends "${missing[@]}" \
            || { echo "setup: could not install ${missing[*]}" >&2; exit 1; }
    fi
fi

# Check what the build relies on, so a broken machine fails here and not in swift build.
pkg-config --exists cairo || { echo "setup: pkg-config cannot find cairo" >&2; exit 1; }
# The four faces the Cairo canvas opens by path (Oblique and BoldOblique come from fonts-dejavu-extra).
for face in DejaVuSans DejaVuSans-Oblique DejaVuSans-Bold DejaVuSans-BoldOblique; do
    font=/usr/share/fonts/truetype/dejavu/$face.ttf
    [ -f "$font" ] || { echo "setup: $font is missing" >&2; exit 1; }
done
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.1 or later is needed)" >&2; exit 1; }
echo "setup: cairo $(pkg-config --modversion cairo), DejaVu Sans, $(swift --version 2>/dev/null | head -n 1)"
