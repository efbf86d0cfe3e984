#!/usr/bin/env bash
# The README's first command: install, build, bring up the local two-site lab (real libvirtd
# hosts, TCG guests, emulated WAN) and open the console on it. Where the lab cannot run (not root,
# no QEMU or TAP), the console opens on the bundled test-driver demo and says so in the window.
# With no display (a server over ssh), the console runs on a virtual display (Xvfb) and a
# screenshot is written to build/demo.png.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
export QT_NO_GLIB=1
args=()
lab_dir=${HAWAN_LAB_DIR:-/srv/hawan-lab}
why=""
[ "$(id -u)" -eq 0 ] || why="not running as root"
[ -x /usr/bin/qemu-system-x86_64 ] || why="qemu-system-x86 is not installed"
[ -e /dev/net/tun ] || why="/dev/net/tun is missing"
if [ -z "$why" ] && lab/hawan-lab --dir "$lab_dir" up; then
  args=(--config "$lab_dir/hawan.toml")
  echo "hawan: the lab keeps running after the console closes; stop it with: lab/hawan-lab --dir $lab_dir down"
else
  [ -n "$why" ] || why="hawan-lab up failed (see above)"
  echo "hawan: the lab cannot run here ($why); opening the test-driver demo instead."
  args=(--demo-reason "$why")
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/hawan/hawan "${args[@]}" "$@"
fi
echo "hawan: no display found (DISPLAY is empty): starting the console on virtual display :99 (Xvfb)."
Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
hawan=""
trap 'kill $hawan $xvfb 2>/dev/null || true' EXIT INT TERM
sleep 1
DISPLAY=:99 ./build/app/hawan/hawan "${args[@]}" "$@" &
hawan=$!
sleep 8
DISPLAY=:99 import -window root build/demo.png && echo "hawan: screenshot of the console: $PWD/build/demo.png"
echo "hawan: the console is running (pid $hawan); press Ctrl+C to stop it. For a real window, run from a desktop session."
wait $hawan
