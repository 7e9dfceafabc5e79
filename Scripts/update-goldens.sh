#!/usr/bin/env bash
# Re-records the golden images: renders every figure with the release build, exactly as
# users will (`swift run -c release figures`), into Figures/, which the golden-image tests
# and `figures check` compare against. Look at what changed before committing it:
#   git diff --stat Figures/   and open the PNGs that changed.
# Refuses to run under CI: goldens are recorded on a development machine, never by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CI:-}" ]; then
    echo "update-goldens: CI is set; goldens are never recorded under CI" >&2
    exit 1
fi
swift run -c release figures
git status --short Figures/
