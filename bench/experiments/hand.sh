#!/usr/bin/env bash
# The fidelity check's hand measurement: the metadata test's create and stat timed by a few lines
# of Python (not hawan-meta) in a lab host, at given one-way delays, next to the experiment's own
# figures for the same points. Prints ms per create and per stat for each delay.
#   bench/experiments/hand.sh [FILES] [DELAYS...]     (lab up; default 100 files at 0 and 10 ms)
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-100}; shift || true
delays=("${@:-0 10}"); [ $# -eq 0 ] && delays=(0 10)
lab="lab/hawan-lab --dir ${HAWAN_LAB_DIR:-/srv/hawan-lab}"
before=$($lab wan set --show)
trap '$lab wan set --delay "${before}ms" >/dev/null' EXIT
# Two levels below the volume, as the experiment works (<test_dir>/hawan-<run>/<tag>): each level
# is a lookup the FUSE client repeats when its entry times out.
dir=${HAWAN_LAB_DIR:-/srv/hawan-lab}/vmstore/hawan-hand-$$/work
echo "command: bench/experiments/hand.sh $files ${delays[*]}   ($(date -u +%F))"
for d in "${delays[@]}"; do
  $lab wan set --delay "${d}ms" >/dev/null
  sleep 3
  $lab shell roma1-hv1 python3 - "$dir" "$files" "$d" <<'PY'
import os, sys, time
d, n, delay = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(d)
data = b"h" * 1024
t = time.perf_counter()
for i in range(n):
    fd = os.open(f"{d}/f{i}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, data)
    os.close(fd)
create = (time.perf_counter() - t) / n * 1000
t = time.perf_counter()
for i in range(n):
    os.stat(f"{d}/f{i}")
stat = (time.perf_counter() - t) / n * 1000
for i in range(n):
    os.unlink(f"{d}/f{i}")
os.rmdir(d)
os.rmdir(os.path.dirname(d))
print(f"delay {delay} ms one way: create {create:.2f} ms per file, stat {stat:.2f} ms per file ({n} files, by hand)")
PY
done
