#!/usr/bin/env bash
# Installs what Hawan needs to build, test and run on Debian 12 (as root). Idempotent and quick
# when everything is already there. Sourced or run by the other scripts.
set -euo pipefail

HAWAN_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  libvirt-dev libvirt0 libvirt-clients
  libtomlplusplus-dev libssl-dev
  # hawanctl serve-metrics (Qt HTTP Server); its lab test checks the output with promtool and a real scrape
  qt6-httpserver-dev qt6-websockets-dev prometheus # (Debian 12's qt6-httpserver-dev forgets to pull in the WebSockets one its CMake config needs)
  xvfb xauth imagemagick python3
  # the libFuzzer targets for the parsers of other programs' answers (tests/fuzz)
  clang
  # the experiments' storage test (fio at a site; its tests run it here)
  fio
  # the local two-site lab (lab/hawan-lab) and its tests
  libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86 qemu-utils binutils
  iproute2 iputils-ping iperf3 util-linux glusterfs-server glusterfs-client
  # the package test (tests/package): cpack's .deb checked, then installed into a clean root
  debootstrap lintian appstream bash-completion
)

# The package test's clean Debian 12 root: minbase plus what the .deb depends on, fetched here (the
# install step) so the test itself installs offline. Made once, kept in /var/cache/hawan-test.
HAWAN_DEB_RUNTIME=libvirt-clients,libvirt0,libqt6core6,libqt6gui6,libqt6widgets6,libqt6network6,libqt6dbus6,libqt6httpserver6,libqt6svg6,libqcustomplot2.1-qt6,libtomlplusplus3,libssl3
prepare_package_root() {
  local cache=/var/cache/hawan-test tar=/var/cache/hawan-test/bookworm-hawan-deps.tar
  [ "$(id -u)" -eq 0 ] && command -v debootstrap >/dev/null || return 0
  [ -f "$tar" ] && return 0
  mkdir -p "$cache"
  echo "hawan: fetching a Debian 12 root for the package test (debootstrap minbase + runtime libraries)"
  local tmp; tmp=$(mktemp -d /var/tmp/hawan-dbs.XXXXXX)
  debootstrap --variant=minbase --include="$HAWAN_DEB_RUNTIME" --make-tarball="$tar.part" bookworm "$tmp" \
      http://deb.debian.org/debian >/dev/null
  rm -rf "$tmp"
  mv "$tar.part" "$tar"
}

missing=()
for p in "${HAWAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  prepare_package_root
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "hawan: these packages are missing: ${missing[*]}" >&2
  echo "hawan: run this script as root (or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "hawan: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
prepare_package_root
