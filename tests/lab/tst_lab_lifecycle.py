#!/usr/bin/env python3
"""hawan-lab up/down twice in a row, then up after killing the lab by force: each works, and
nothing is left behind (processes, namespaces, TAPs, mounts)."""
import os
import signal
import subprocess
import unittest

from labtest import lab, main, stray_state

DIR = "/srv/hawan-lab-lifecycle"


class LabLifecycle(unittest.TestCase):
    def assertClean(self):
        s = stray_state()
        self.assertEqual(s, {"processes": "", "netns": [], "taps": [], "mounts": []}, f"left behind: {s}")

    def up_small(self):
        r = lab("up", "--hosts-per-site", "1", "--guests-per-host", "1", lab_dir=DIR)
        self.assertIn("up: 2 sites, 2 hosts, 2 guests", r.stdout)
        st = lab("status", "--json", lab_dir=DIR)
        import json
        hosts = json.loads(st.stdout)["hosts"]
        self.assertEqual([h["daemon"] for h in hosts], ["running", "running"])
        self.assertEqual(sorted(g for h in hosts for g in h["running"]), ["napoli-hv1-calm1", "roma1-hv1-calm1"])

    def test_up_down_twice_then_up_after_a_crash(self):
        lab("down", lab_dir=DIR)
        for _ in range(2):
            self.up_small()
            lab("down", lab_dir=DIR)
            self.assertClean()
        # A crash: kill every lab process by force, leave namespaces and state behind.
        self.up_small()
        out = subprocess.run(["pgrep", "-f", "libvirtd|qemu-system-x86|hawan-wanfwd"], text=True,
                             capture_output=True).stdout.split()
        for pid in out:
            try:
                os.kill(int(pid), signal.SIGKILL)
            except ProcessLookupError:
                pass
        r = lab("up", "--hosts-per-site", "1", "--guests-per-host", "1", lab_dir=DIR)
        self.assertIn("cleaning up what an earlier lab left behind", r.stdout)
        lab("down", lab_dir=DIR)
        self.assertClean()


if __name__ == "__main__":
    main()
