#!/usr/bin/env bash
# bench/scale: 2 sites x 64 hosts x 32 VMs (4,096 VMs) of libvirt test-driver hosts, 60 s at 1 s.
#   bench/scale/run.sh [HOSTS_PER_SITE] [VMS_PER_HOST] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
hosts=${1:-64} vms=${2:-32} secs=${3:-60}
work=$(mktemp -d /tmp/hawan-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 tools/gen-testdriver-hosts.py "$work" --hosts "$hosts" --vms "$vms" --refresh-ms 1000 >/dev/null
cmake --build build --target hawan-bench-scale >/dev/null
echo "command: bench/scale/run.sh $hosts $vms $secs   ($(nproc) cores, $(date -u +%F))"
QT_NO_GLIB=1 ./build/bench/hawan-bench-scale --config "$work/hawan.toml" --seconds "$secs"
