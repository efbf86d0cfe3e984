#!/usr/bin/env python3
"""hawan-lab up/down twice in a row, then up after killing the lab by force: each works, and
nothing is left behind (processes, namespaces, TAPs, mounts); a new lab starts without the console
state of the earlier one at the same path (its journal, saved snapshots, experiment records)."""
import glob
import hashlib
import json
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

    def plant_console_state(self):
        """What a console used on the earlier lab at DIR keeps (named as util/statepath.h names it),
        and one thing of another configuration, which must stay."""
        state = os.path.join(os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state"), "hawan")
        path = os.path.abspath(os.path.join(DIR, "hawan.toml"))
        tag = "hawan-" + hashlib.sha1(path.encode()).hexdigest()[:8]
        os.makedirs(os.path.join(state, f"hosts-{tag}"), exist_ok=True)
        os.makedirs(os.path.join(state, "experiments"), exist_ok=True)
        planted = {os.path.join(state, f"journal-{tag}.jsonl"): '{"rec":"maintenance","host":"roma1-hv1","on":true}\n',
                   os.path.join(state, f"hosts-{tag}", "roma1-hv1.json"): "{}",
                   os.path.join(state, "experiments", "exp-lifecycle.pending.json"): json.dumps({"config": path, "undo": []})}
        other = os.path.join(state, "experiments", "exp-elsewhere.pending.json")
        planted[other] = json.dumps({"config": "/elsewhere/hawan.toml", "undo": []})
        for p, text in planted.items():
            with open(p, "w") as f:
                f.write(text)
        return [p for p in planted if p != other], other

    def test_up_down_twice_then_up_after_a_crash(self):
        lab("down", lab_dir=DIR)
        mine, other = self.plant_console_state()
        for _ in range(2):
            self.up_small()
            self.assertEqual([p for p in mine if os.path.exists(p)], [])
            self.assertTrue(os.path.exists(other))
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
        os.remove(other)


if __name__ == "__main__":
    main()
