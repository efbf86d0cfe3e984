#!/usr/bin/env python3
"""GlusterFS in the lab started by the lab_up fixture: a file written through one site's mount is
on both sites' bricks (replication crosses the WAN), guest disks live on the volume, and after
brick-down writes leave heal entries pending that brick-up drains."""
import json
import os
import re
import subprocess
import time
import unittest

from labtest import lab, main

DIR = os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test")
HAWANCTL = os.environ.get("HAWANCTL", "")
GATED = "roma1-hv2"


def ctl(*args):
    return subprocess.run([HAWANCTL, "--config", os.path.join(DIR, "hawan.toml"), *args],
                          text=True, capture_output=True, timeout=120)


def journal_records():
    with open(os.path.join(DIR, "hawan-journal.jsonl")) as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


def journal_notes():
    return [json.dumps(r) for r in journal_records() if r.get("rec") == "note"]


def in_maintenance(host):
    marks = [r for r in journal_records() if r.get("rec") == "maintenance" and r.get("host") == host]
    return bool(marks and marks[-1].get("on"))


def pending_entries():
    """Entries pending heal per brick ('-' when the brick cannot be asked)."""
    out = lab("gluster", "--xml", "volume", "heal", "vmstore", "info").stdout
    return re.findall(r"<numberOfEntries>([^<]*)</numberOfEntries>", out)


class LabStorage(unittest.TestCase):
    def test_a_file_lands_on_both_bricks(self):
        data = os.urandom(256 * 1024).hex()
        lab("shell", "napoli-hv1", "sh", "-c", f"printf %s {data[:2000]} > {DIR}/vmstore/replica-probe && sync")
        for site in ("roma1", "napoli"):
            with open(f"{DIR}/gluster/{site}/brick/replica-probe") as f:
                self.assertEqual(f.read(), data[:2000], f"{site} brick")

    def test_guest_disks_live_on_the_volume(self):
        r = lab("virsh", "roma1-hv1", "domblklist", "roma1-hv1-calm1")
        self.assertIn(f"{DIR}/vmstore/roma1-hv1-calm1.img", r.stdout)
        r = lab("shell", "roma1-hv1", "sh", "-c", f"mount | grep ' {DIR}/vmstore '")
        self.assertIn("fuse.glusterfs", r.stdout)

    def test_brick_down_leaves_pending_heals_and_brick_up_drains_them(self):
        self.assertEqual(pending_entries(), ["0", "0"])
        lab("brick-down", "Napoli")
        try:
            time.sleep(1)
            lab("shell", "roma1-hv1", "sh", "-c",
                f"mkdir -p {DIR}/vmstore/heal && for i in 1 2 3 4 5; do echo $i > {DIR}/vmstore/heal/f$i; done; sync")
            counts = pending_entries()
            self.assertGreater(int(counts[0]), 0, counts)
            self.assertEqual(counts[1], "-", "the downed brick should not answer")
            self.check_hawanctl_gates()
        finally:
            ctl("maintenance", GATED, "off")
            lab("brick-up", "Napoli")
        end = time.time() + 90
        while time.time() < end and pending_entries() != ["0", "0"]:
            time.sleep(1)
        self.assertEqual(pending_entries(), ["0", "0"])
        with open(f"{DIR}/gluster/napoli/brick/heal/f5") as f:
            self.assertEqual(f.read().strip(), "5")

    def check_hawanctl_gates(self):
        """With a brick down and entries pending, hawanctl marks no host for maintenance and evacuates
        nothing unless told why; the reason is journaled."""
        self.assertTrue(HAWANCTL, "HAWANCTL must name the hawanctl binary")
        ctl("maintenance", GATED, "off")
        r = ctl("maintenance", GATED, "on")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("not in sync", r.stderr)
        self.assertIn("brick", r.stderr)
        self.assertIn("--override-storage", r.stderr)
        r = ctl("evacuate", GATED)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("nothing was moved", r.stderr)
        self.assertFalse(in_maintenance(GATED), "refused, yet marked")
        r = ctl("maintenance", GATED, "on", "--override-storage", "lab test: planned work on the Roma1 side")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("in maintenance", r.stdout)
        self.assertTrue(in_maintenance(GATED))
        self.assertTrue(any("lab test: planned work" in n and GATED in n for n in journal_notes()), "override not journaled")


if __name__ == "__main__":
    main()
