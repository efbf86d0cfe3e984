#!/usr/bin/env bash
# The .debs as an operator meets them (issue 18): cpack builds hawan and hawan-lab from the build
# tree; lintian checks both, appstreamcli the metainfo; the lab's files are checked unpacked; apt installs it into a clean Debian 12 root (debootstrap minbase with the
# runtime libraries, fetched by scripts/deps.sh, so this test makes no network traffic), where
# `hawanctl --version` and `hawanctl status` on the bundled demo run from the installed files;
# then apt purges it and nothing of it is left.
# Run as root, from the repository: tests/package/tst_package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then echo "SKIP: needs root (debootstrap, chroot)"; exit 77; fi
BUILD=${1:-build}
CACHE=/var/cache/hawan-test
ROOT=$(mktemp -d /var/tmp/hawan-deb-root.XXXXXX)
MIRROR=${HAWAN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cleanup() {
    for m in proc sys dev; do umount -l "$ROOT/$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$ROOT"
}
trap cleanup EXIT
step() { printf '== %s\n' "$*"; }

step "cpack (two packages: hawan, hawan-lab)"
rm -f "$BUILD"/hawan_*.deb "$BUILD"/hawan-lab_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
DEB=$(ls "$BUILD"/hawan_*_amd64.deb)
LABDEB=$(ls "$BUILD"/hawan-lab_*_amd64.deb)
echo "$DEB: $(du -h "$DEB" | cut -f1)"
echo "$LABDEB: $(du -h "$LABDEB" | cut -f1)"

step "lintian (errors fail the test; the placeholder maintainer address is the one allowed)"
for d in "$DEB" "$LABDEB"; do
    LINT=$(lintian --tag-display-limit 0 "$d" 2>&1 | grep -v 'root privileges' || true)
    printf '%s\n' "$LINT"
    if printf '%s\n' "$LINT" | grep '^E:' | grep -v 'bogus-mail-host' | grep -q .; then
        echo "FAIL: lintian errors in $d"; exit 1
    fi
done

step "the lab package's files (unpacked: its daemons are not in the offline root)"
LABX=$(mktemp -d /var/tmp/hawan-lab-x.XXXXXX)
dpkg-deb -x "$LABDEB" "$LABX"
grep -q 'exec /usr/lib/hawan-lab/lab/hawan-lab' "$LABX/usr/bin/hawan-lab"
"$LABX/usr/lib/hawan-lab/lab/hawan-lab" --help | grep -q 'kill-host'
test -f "$LABX/usr/lib/hawan-lab/lab/guest/guest.S" -a -f "$LABX/usr/lib/hawan-lab/lab/labcloud.py"
test -x "$LABX/usr/bin/hawan-wanfwd" -a -f "$LABX/usr/share/man/man1/hawan-lab.1.gz" -a -f "$LABX/usr/share/man/man1/hawan-wanfwd.1.gz"
dpkg-deb -f "$LABDEB" Depends | grep -q 'qemu-system-x86'
rm -rf "$LABX"
echo "hawan-lab: launcher, script, guest source, WAN forwarder, man page; depends on its daemons"

step "appstreamcli validate"
appstreamcli validate --no-net resources/linux/org.hawan.Hawan.metainfo.xml

step "a clean Debian 12 root"
TAR=$CACHE/bookworm-hawan-deps.tar
if [ ! -f "$TAR" ]; then
    echo "SKIP: no $TAR: scripts/deps.sh fetches it (debootstrap minbase + the runtime libraries)"
    exit 77
fi
t0=$(date +%s)
debootstrap --variant=minbase --unpack-tarball="$TAR" bookworm "$ROOT" "$MIRROR" >/dev/null
echo "root ready in $(( $(date +%s) - t0 )) s"
mount -t proc proc "$ROOT/proc"
mount --rbind /sys "$ROOT/sys"
mount --rbind /dev "$ROOT/dev"
cp "$DEB" "$ROOT/tmp/hawan.deb"
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step "dpkg -i hawan.deb (offline: a dependency the root lacks fails here, by name)"
t0=$(date +%s)
in_root dpkg -i /tmp/hawan.deb >/tmp/hawan-deb-install.log 2>&1 || { tail -30 /tmp/hawan-deb-install.log; exit 1; }
echo "installed in $(( $(date +%s) - t0 )) s"

step "the installed files run"
in_root hawanctl --version
in_root sh -c 'cd /tmp && XDG_STATE_HOME=/tmp/state XDG_CONFIG_HOME=/tmp/config hawanctl status 2>/dev/null' | tee /tmp/hawan-deb-status.txt
grep -q 'napoli-hv1 *up' /tmp/hawan-deb-status.txt
in_root test -f /usr/share/applications/org.hawan.Hawan.desktop
in_root test -f /usr/share/man/man1/hawanctl.1.gz
in_root test -f /usr/lib/systemd/system/hawan-ha.service
in_root test -x /usr/bin/hawan

step "apt purge hawan"
in_root apt-get purge -y -q hawan >/dev/null
left=$(in_root sh -c 'ls -d /usr/bin/hawan* /usr/share/doc/hawan /usr/share/metainfo/org.hawan.Hawan.metainfo.xml 2>/dev/null' || true)
if [ -n "$left" ]; then echo "FAIL: left behind: $left"; exit 1; fi
echo "PASS: built, checked, installed on a clean Debian 12, ran, removed cleanly"
