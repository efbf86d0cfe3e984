#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen QT_NO_GLIB=1
ctest --test-dir build --output-on-failure --timeout 300 "$@"
