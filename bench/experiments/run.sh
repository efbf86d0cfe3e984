#!/usr/bin/env bash
# bench/experiments: GUI-thread lag of the real console while an experiment runs, on a running lab.
#   lab/hawan-lab up; bench/experiments/run.sh [CONFIG] [DELAYS] [FILES]
set -euo pipefail
cd "$(dirname "$0")/../.."
config=${1:-/srv/hawan-lab/hawan.toml} delays=${2:-0, 5} files=${3:-200}
cmake --build build --target hawan-bench-experiments >/dev/null
state=$(mktemp -d /tmp/hawan-bench-exp.XXXXXX)
trap 'rm -rf "$state"' EXIT
XDG_STATE_HOME="$state" QT_NO_GLIB=1 ./build/bench/hawan-bench-experiments --config "$config" --delays "$delays" --files "$files"
