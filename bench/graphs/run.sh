#!/usr/bin/env bash
# bench/graphs: the latency panel with 7 days at 1 Hz x 8 series; memory and redraw time while
# panning and zooming at 1 min, 1 h and 7 d. With a lab up (lab/hawan-lab up), also the probes' CPU.
#   bench/graphs/run.sh [LAB_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build build --target hawan-bench-graphs >/dev/null
lab=${1:-/srv/hawan-lab}
echo "command: bench/graphs/run.sh $lab   ($(nproc) cores, $(date -u +%F))"
args=()
if [ -f "$lab/hawan.toml" ] && [ -f "$lab/state.json" ]; then args=(--config "$lab/hawan.toml"); fi
QT_QPA_PLATFORM=offscreen QT_NO_GLIB=1 ./build/bench/hawan-bench-graphs "${args[@]}"
