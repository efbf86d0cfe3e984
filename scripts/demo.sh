#!/usr/bin/env bash
# The README's first command: install, build, and open the console on the bundled demo.
# With no display (a server over ssh), the console runs on a virtual display (Xvfb) and a
# screenshot is written to build/demo.png so you can see it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
export QT_NO_GLIB=1
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/hawan/hawan "$@"
fi
echo "hawan: no display found (DISPLAY is empty): starting the console on virtual display :99 (Xvfb)."
Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $hawan $xvfb 2>/dev/null || true' EXIT INT TERM
sleep 1
DISPLAY=:99 ./build/app/hawan/hawan "$@" &
hawan=$!
sleep 6
DISPLAY=:99 import -window root build/demo.png && echo "hawan: screenshot of the console: $PWD/build/demo.png"
echo "hawan: the console is running (pid $hawan); press Ctrl+C to stop it. For a real window, run from a desktop session."
wait $hawan
