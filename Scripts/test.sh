#!/usr/bin/env bash
# The test command the README gives: every test target, golden images included.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product figures
swift test "$@"
