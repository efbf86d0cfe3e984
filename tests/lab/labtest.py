"""Shared helpers for the lab tests: run hawan-lab, skip cleanly where the machine cannot host it."""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAB = os.path.join(REPO, "lab", "hawan-lab")
SKIP = 77  # ctest SKIP_RETURN_CODE


def foreign_lab():
    """A lab someone is using (not the tests' own): its folder, else None."""
    test_dirs = {os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test"), "/srv/hawan-lab-lifecycle"}
    for d in ("/srv/hawan-lab", os.environ.get("HAWAN_USER_LAB_DIR", "")):
        if d and d not in test_dirs and os.path.exists(os.path.join(d, "state.json")):
            return d
    return None


def skip_reason():
    other = foreign_lab()
    if other:
        return (f"a lab is running under {other}; the lab tests would take over its namespaces. "
                f"Stop it first: lab/hawan-lab --dir {other} down")
    if os.geteuid() != 0:
        return "the lab needs root (network namespaces, TAP devices, daemons)"
    for path in ("/usr/sbin/libvirtd", "/usr/bin/qemu-system-x86_64", "/dev/net/tun"):
        if not os.path.exists(path):
            return f"{path} is missing (install libvirt-daemon-driver-qemu and qemu-system-x86)"
    return None


def lab(*args, check=True, timeout=240, lab_dir=None):
    cmd = [sys.executable, LAB, "--dir", lab_dir or os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test"), *args]
    r = subprocess.run(cmd, text=True, capture_output=True, timeout=timeout)
    if check and r.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def wait_storage_in_sync(timeout=120):
    """Waits until no heal is pending on any brick (an earlier test's fault may still be healing);
    returns the last counts (per brick, '-' when a brick cannot be asked)."""
    end = time.time() + timeout
    while True:
        out = lab("gluster", "--xml", "volume", "heal", "vmstore", "info", check=False).stdout
        counts = re.findall(r"<numberOfEntries>([^<]*)</numberOfEntries>", out)
        if (counts and all(c == "0" for c in counts)) or time.time() > end:
            return counts
        time.sleep(1)


def ns_exec(ns, *cmd, timeout=60):
    return subprocess.run(["ip", "netns", "exec", ns, *cmd], text=True, capture_output=True, timeout=timeout)


def ping_rtt_ms(src_ns, dst_ip, count=10):
    """Median round trip of `count` pings after one warm-up (which may wait for ARP); None if none came back."""
    ns_exec(src_ns, "ping", "-c", "1", "-W", "2", dst_ip, timeout=10)
    r = ns_exec(src_ns, "ping", "-c", str(count), "-i", "0.2", "-W", "2", dst_ip, timeout=count + 10)
    times = sorted(float(t) for t in re.findall(r"time=([\d.]+) ms", r.stdout))
    return (times[len(times) // 2] if times else None), r


def stray_state():
    """What a lab may leave behind: processes, namespaces, TAPs, mounts."""
    # Zombies are dead: they wait for init to reap them (this machine's init may never do it).
    procs = []
    for pid in subprocess.run(["pgrep", "-f", "libvirtd|qemu-system-x86|hawan-wanfwd|glusterfs"],
                              text=True, capture_output=True).stdout.split():
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            if stat.rsplit(")", 1)[1].split()[0] != "Z":
                procs.append(stat.split(" ", 2)[1])
        except OSError:
            pass
    procs = " ".join(procs)
    netns = [l for l in subprocess.run(["ip", "netns", "list"], text=True, capture_output=True).stdout.splitlines()
             if l.startswith("hwl-")]
    taps = [l for l in subprocess.run(["ip", "-o", "link"], text=True, capture_output=True).stdout.splitlines()
            if "hwl-" in l]
    with open("/proc/mounts") as f:
        mounts = [l for l in f if "hawan-lab" in l]
    return {"processes": procs, "netns": netns, "taps": taps, "mounts": mounts}


def main():
    why = skip_reason()
    if why:
        print(f"SKIP: {why}")
        sys.exit(SKIP)
    unittest.main(verbosity=2)


def main_on_running_lab(lab_dir, needs_hawanctl=False):
    """main() for tests of the lab the lab_up fixture started: skipped, saying why, without it."""
    why = skip_reason()
    if not why and not os.path.exists(os.path.join(lab_dir, "state.json")):
        why = "no lab is running (the lab_up fixture was skipped)"
    if not why and needs_hawanctl and not os.environ.get("HAWANCTL"):
        why = "HAWANCTL is not set (ctest sets it)"
    if why:
        print(f"SKIP: {why}")
        sys.exit(SKIP)
    unittest.main(verbosity=2)
