#!/usr/bin/env python3
"""Shift crews on the real lab. Roles: a read-only console (a wall screen) opens only read-only
connections to every host's libvirtd (asked of each daemon's own client list, through its admin
socket), while an operator's console opens read-write ones (the check can tell them apart);
`hawanctl --read-only` is refused an action, which changes nothing. Metrics: `hawanctl
serve-metrics` on loopback passes `promtool check metrics`, and Debian's Prometheus scrapes it
(OpenMetrics) and returns the series."""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.parse
import urllib.request

from labtest import lab, main_on_running_lab

LAB_DIR = os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test")
CFG = os.path.join(LAB_DIR, "hawan.toml")
JOURNAL = os.path.join(LAB_DIR, "hawan-journal.jsonl")
HAWANCTL = os.environ.get("HAWANCTL", "")
HAWAN = os.environ.get("HAWAN", "")


def ctl(*args, timeout=180):
    return subprocess.run([HAWANCTL, "--config", CFG, *args], text=True, capture_output=True, timeout=timeout)


def state():
    with open(os.path.join(LAB_DIR, "state.json")) as f:
        return json.load(f)


def admin(host, *args):
    uri = f"libvirtd:///system?socket={host['dir']}/run/libvirt/libvirt-admin-sock"
    return subprocess.run(["virt-admin", "-c", uri, *args], text=True, capture_output=True, timeout=30)


def clients(host):
    """{client id: {field: value}} of the host's libvirtd, from its own admin interface."""
    out = {}
    for line in admin(host, "srv-clients-list", "libvirtd").stdout.splitlines():
        fields = line.split()
        if fields and fields[0].isdigit():
            info = {}
            for l in admin(host, "client-info", "libvirtd", fields[0]).stdout.splitlines():
                if ":" in l:
                    k, v = l.split(":", 1)
                    info[k.strip()] = v.strip()
            out[fields[0]] = info
    return out


class Console:
    """The desktop console, offscreen, with its own state folder."""

    def __init__(self, *args):
        self.state = tempfile.mkdtemp(prefix="hawan-console-")
        self.log = open(os.path.join(self.state, "console.log"), "w+")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_NO_GLIB="1", XDG_STATE_HOME=self.state)
        self.proc = subprocess.Popen([HAWAN, "--config", CFG, *args], stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


class LabShift(unittest.TestCase):
    def hosts(self):
        st = json.loads(ctl("--read-only", "status", "--json").stdout)
        return {h["name"]: h for s in st["sites"] for h in s["hosts"]}

    def console_clients(self, *args):
        """Starts a console, waits until every host has a new client, returns {host: [client info]}."""
        hosts = state()["hosts"]
        before = {h["name"]: set(clients(h)) for h in hosts}
        c = Console(*args)
        try:
            end = time.time() + 60
            new = {}
            while time.time() < end:
                new = {h["name"]: [info for cid, info in clients(h).items() if cid not in before[h["name"]]] for h in hosts}
                if all(new.values()):
                    time.sleep(3)  # whatever else it opens at start
                    new = {h["name"]: [info for cid, info in clients(h).items() if cid not in before[h["name"]]] for h in hosts}
                    break
                time.sleep(1)
            self.assertIsNone(c.proc.poll(), "the console ended early")
            return new
        finally:
            c.stop()

    def test_read_only_console_opens_only_read_only_connections(self):
        ro = self.console_clients("--read-only")
        print("read-only console:", {h: [(i.get("transport"), i.get("readonly")) for i in l] for h, l in ro.items()})
        for host, infos in ro.items():
            self.assertTrue(infos, f"the read-only console never connected to {host}")
            for info in infos:
                self.assertEqual(info.get("readonly"), "yes", f"{host}: {info}")
        # The same check sees an operator's console's read-write connections.
        rw = self.console_clients()
        print("operator console:", {h: [(i.get("transport"), i.get("readonly")) for i in l] for h, l in rw.items()})
        for host, infos in rw.items():
            self.assertTrue(any(i.get("readonly") == "no" for i in infos), f"{host}: {infos}")

    def test_read_only_hawanctl_is_refused_and_changes_nothing(self):
        hosts = self.hosts()
        vm, host = next((v, h["name"]) for h in hosts.values() for v in h["vms"] if v["state"] == "running")
        other = next(n for n, h in hosts.items() if n != host and h["state"] == "up")
        with open(JOURNAL, "rb") as f:
            before = f.read()
        for args in (["migrate", vm["name"], other], ["maintenance", other, "on"], ["evacuate", host]):
            r = ctl("--read-only", *args)
            self.assertNotEqual(r.returncode, 0, f"{args}: {r.stdout}{r.stderr}")
            self.assertIn("refused: this console is read-only (started read-only); nothing was changed", r.stderr, args)
        with open(JOURNAL, "rb") as f:
            self.assertEqual(f.read(), before, "a read-only hawanctl wrote to the journal")
        after = self.hosts()
        self.assertIn(vm["name"], [v["name"] for v in after[host]["vms"]])
        self.assertFalse(after[other]["maintenance"])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url, accept=None, timeout=10):
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.headers.get("Content-Type", ""), r.read().decode()


class LabMetrics(unittest.TestCase):
    def setUp(self):
        self.port = free_port()
        self.tmp = tempfile.mkdtemp(prefix="hawan-metrics-")
        self.log = open(os.path.join(self.tmp, "serve.log"), "w+")
        self.server = subprocess.Popen([HAWANCTL, "--config", CFG, "serve-metrics", "--listen", f"127.0.0.1:{self.port}"],
                                       stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}/metrics"
        self.prom = None

    def tearDown(self):
        for p in (self.prom, self.server):
            if p:
                p.terminate()
                try:
                    p.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def wait_text(self, accept=None, timeout=60):
        """The exposition once every host and the storage have been seen."""
        end = time.time() + timeout
        while time.time() < end:
            self.assertIsNone(self.server.poll(), "serve-metrics ended early")
            try:
                ctype, text = fetch(self.url, accept)
                if text.count("hawan_host_up{") == 4 and "hawan_storage_brick_online{" in text and "hawan_link_rtt_seconds{" in text:
                    return ctype, text
            except OSError:
                pass
            time.sleep(1)
        self.fail("no complete exposition within %d s" % timeout)

    def test_promtool_passes_and_prometheus_scrapes(self):
        ctype, text = self.wait_text()
        self.assertIn("text/plain; version=0.0.4", ctype)
        r = subprocess.run(["promtool", "check", "metrics"], input=text, text=True, capture_output=True, timeout=30)
        print("promtool:", r.returncode, r.stdout + r.stderr)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        for family in ("hawan_hosts", "hawan_vms", "hawan_link_loss_ratio", "hawan_storage_heal_pending_entries",
                       "hawan_migrations_total", "hawan_migration_duration_seconds", "hawan_alarms"):
            self.assertIn(f"# TYPE {family} ", text)
        octype, otext = self.wait_text("application/openmetrics-text; version=1.0.0")
        self.assertIn("application/openmetrics-text", octype)
        self.assertTrue(otext.endswith("# EOF\n"))
        self.assertIn("# UNIT hawan_link_rtt_seconds seconds", otext)

        # Debian's Prometheus, on loopback, scrapes it every second.
        web = free_port()
        with open(os.path.join(self.tmp, "prometheus.yml"), "w") as f:
            f.write("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: hawan\n"
                    f"    static_configs:\n      - targets: ['127.0.0.1:{self.port}']\n")
        self.prom = subprocess.Popen(["prometheus", f"--config.file={self.tmp}/prometheus.yml",
                                      f"--storage.tsdb.path={self.tmp}/data", f"--web.listen-address=127.0.0.1:{web}"],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        api = f"http://127.0.0.1:{web}/api/v1"
        end = time.time() + 60
        hosts = []
        while time.time() < end and len(hosts) < 4:
            time.sleep(1)
            try:
                hosts = json.loads(fetch(api + "/query?query=hawan_host_up")[1])["data"]["result"]
            except OSError:
                pass
        self.assertEqual(len(hosts), 4, "Prometheus did not return the hosts' series")
        self.assertTrue(all(h["value"][1] == "1" for h in hosts), hosts)
        targets = json.loads(fetch(api + "/targets")[1])["data"]["activeTargets"]
        print("scrape:", [(t["health"], t["lastError"], t["scrapeUrl"]) for t in targets])
        self.assertEqual([t["health"] for t in targets], ["up"])
        rtt = json.loads(fetch(api + "/query?query=hawan_link_rtt_seconds")[1])["data"]["result"]
        self.assertTrue(rtt and 0 < float(rtt[0]["value"][1]) < 1, rtt)
        # Every query of the Grafana dashboard shipped in resources/ is one this Prometheus accepts.
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "grafana", "hawan-dashboard.json")) as f:
            dashboard = json.load(f)
        exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
        for e in exprs:
            r = json.loads(fetch(api + "/query?query=" + urllib.parse.quote(e))[1])
            self.assertEqual(r["status"], "success", f"{e}: {r}")
        print(f"dashboard: {len(exprs)} queries accepted")


if __name__ == "__main__":
    main_on_running_lab(LAB_DIR, needs_hawanctl=True)
