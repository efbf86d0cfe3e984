"""The lab's OpenStack: a real minimal Zed cloud (Debian 12's own packages) over the lab's hosts.

A controller on the first site's LAN (namespace hwl-ctl, 10.77.1.4) runs MariaDB, RabbitMQ,
Keystone, Placement, Glance (file store), neutron-server (ML2, no agents: Nova asks Neutron about
ports even for a server without any) and Nova's API, conductor and scheduler; every lab host runs a
nova-compute inside its own namespaces (network, mount, UTS), on that host's libvirtd, with the
instances on the shared GlusterFS volume. Each site is an availability zone of its name. Measured
feasibility, blockers and fixes: ../shared/lab/openstack/RECIPE.md; what differs here: the lab's
hosts are already one libvirtd each in their own namespaces, and the shared volume is real, so no
bind-mounted instance folders are needed.

Used by hawan-lab (`up --openstack`, `openstack up|down|status`); not run by itself.
"""
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

CTL_NAME = "ctl"
CTL_VETH = "hwvctl"
PASSWORD = "hawan-lab-admin"  # the lab's own throwaway cloud: loopback-only namespaces
SERVICE_PASSWORD = "hawan-lab-service"
DB_PASSWORD = "hawan-lab-db"
REGION = "RegionOne"
PORTS = {"keystone": 5000, "placement": 8778, "glance": 9292, "neutron": 9696, "nova": 8774}

# What the lab needs from Debian 12 (Zed). nova-compute-kvm, not -qemu: the latter pulls every
# qemu-system-* architecture; virt_type = qemu gives TCG either way (RECIPE.md).
PACKAGES = ["mariadb-server", "rabbitmq-server", "keystone", "placement-api", "glance-api",
            "nova-api", "nova-conductor", "nova-scheduler", "nova-compute-kvm", "neutron-server",
            "neutron-plugin-ml2", "python3-pymysql", "uwsgi-core", "uwsgi-plugin-python3", "sudo"]
NEEDED_FILES = ["/usr/sbin/mariadbd", "/usr/lib/rabbitmq/bin/rabbitmq-server", "/usr/bin/keystone-manage",
                "/usr/bin/placement-api", "/usr/bin/glance-api", "/usr/bin/nova-api-wsgi",
                "/usr/bin/nova-conductor", "/usr/bin/nova-scheduler", "/usr/bin/nova-compute",
                "/usr/bin/neutron-server", "/usr/lib/uwsgi/plugins/python3_plugin.so", "/usr/bin/sudo"]


class OpenStackError(Exception):
    pass


def ctl_ip(site_index=1):
    return f"10.77.{site_index}.4"


def log(msg):
    print(f"hawan-lab: openstack: {msg}", flush=True)


# ------------------------------------------------------------------------------------ packages
def missing_files():
    return [f for f in NEEDED_FILES if not os.path.exists(f)]


def install_packages(logfile):
    """Debian's own packages, without starting any of their system services: every debconf question
    of the OpenStack packages defaults to "no", so a noninteractive install configures nothing; a
    policy-rc.d (kept if one is there) stops the postinst scripts from starting MariaDB, RabbitMQ or
    an API on the machine's default ports. The lab runs its own, in the controller's namespace."""
    if not missing_files():
        return False
    log(f"installing Debian's OpenStack Zed packages ({', '.join(PACKAGES)}); log: {logfile}")
    policy = "/usr/sbin/policy-rc.d"
    ours = not os.path.exists(policy)
    if ours:
        with open(policy, "w") as f:
            f.write("#!/bin/sh\n# hawan-lab: no service starts while the OpenStack packages install\nexit 101\n")
        os.chmod(policy, 0o755)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        with open(logfile, "a") as out:
            r = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *PACKAGES],
                               stdout=out, stderr=subprocess.STDOUT, env=env, timeout=1200)
            if r.returncode != 0:
                subprocess.run(["apt-get", "update", "-q"], stdout=out, stderr=subprocess.STDOUT, env=env, timeout=600)
                r = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *PACKAGES],
                                   stdout=out, stderr=subprocess.STDOUT, env=env, timeout=1200)
    finally:
        if ours:
            os.remove(policy)
    left = missing_files()
    if r.returncode != 0 or left:
        raise OpenStackError(f"installing the OpenStack packages failed (exit {r.returncode}; missing {', '.join(left)}): see {logfile}")
    return True


# -------------------------------------------------------------------------------------- config
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def auth_section(name, ip, user):
    return f"""[{name}]
www_authenticate_uri = http://{ip}:{PORTS['keystone']}/v3
auth_url = http://{ip}:{PORTS['keystone']}/v3
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = {user}
password = {SERVICE_PASSWORD}
region_name = {REGION}
"""


def write_configs(o, ip, instances, rabbit):
    db = f"mysql+pymysql://os:{DB_PASSWORD}@127.0.0.1:3306"
    write(f"{o}/etc/keystone/keystone.conf", f"""[DEFAULT]
log_dir = {o}/log
log_file = keystone.log
[database]
connection = {db}/keystone
[token]
provider = fernet
expiration = 3600
[fernet_tokens]
key_repository = {o}/etc/keystone/fernet-keys
[credential]
key_repository = {o}/etc/keystone/credential-keys
""")
    write(f"{o}/etc/placement/placement.conf", f"""[DEFAULT]
log_dir = {o}/log
log_file = placement.log
[api]
auth_strategy = keystone
[placement_database]
connection = {db}/placement
""" + auth_section("keystone_authtoken", ip, "placement"))
    write(f"{o}/etc/glance/glance-api.conf", f"""[DEFAULT]
log_dir = {o}/log
log_file = glance-api.log
bind_host = 0.0.0.0
bind_port = {PORTS['glance']}
workers = 1
enabled_backends = fs:file
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = {o}/state/glance/images
[os_glance_staging_store]
filesystem_store_datadir = {o}/state/glance/staging
[os_glance_tasks_store]
filesystem_store_datadir = {o}/state/glance/tasks
[database]
connection = {db}/glance
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
[oslo_concurrency]
lock_path = {o}/state/glance/lock
""" + auth_section("keystone_authtoken", ip, "glance"))
    # Neutron without agents: Nova queries ports for every server (RECIPE.md, blocker 1); Zed's
    # port queries need the router service plugin (blocker 2).
    write(f"{o}/etc/neutron/neutron.conf", f"""[DEFAULT]
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = {rabbit}
bind_host = 0.0.0.0
bind_port = {PORTS['neutron']}
api_workers = 1
rpc_workers = 0
rpc_state_report_workers = 0
state_path = {o}/state/neutron
log_dir = {o}/log
log_file = neutron-server.log
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
api_paste_config = /etc/neutron/api-paste.ini
[database]
connection = {db}/neutron
[oslo_concurrency]
lock_path = {o}/state/neutron/lock
[agent]
root_helper = sudo
""" + auth_section("keystone_authtoken", ip, "neutron"))
    write(f"{o}/etc/neutron/ml2_conf.ini", """[ml2]
type_drivers = flat
tenant_network_types =
mechanism_drivers =
extension_drivers = port_security
[ml2_type_flat]
flat_networks = *
""")
    write(f"{o}/etc/nova/nova.conf", f"""[DEFAULT]
transport_url = {rabbit}
state_path = {o}/state/nova
instances_path = {instances}
log_dir = {o}/log
my_ip = {ip}
compute_driver = libvirt.LibvirtDriver
osapi_compute_workers = 1
metadata_workers = 1
rootwrap_config = /etc/nova/rootwrap.conf
# A compute service silent for 20 s is down (default 60 s, heartbeats every 10 s): the lab's
# recoveries wait for Nova to count a killed host down before evacuating from it.
report_interval = 5
service_down_time = 20
# A crashed host's servers are evacuated by whoever fences it (the console); Nova does not restart
# guests on its own when a compute comes back.
resume_guests_state_on_host_boot = false
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = {o}/etc/nova/api-paste.ini
[api_database]
connection = {db}/nova_api
[database]
connection = {db}/nova
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 10
[filter_scheduler]
# The lab's tiny servers: every host has room; the scheduler spreads them.
host_subset_size = 1
[oslo_concurrency]
lock_path = {o}/state/nova/lock
[oslo_messaging_notifications]
driver = noop
[vnc]
enabled = false
[spice]
enabled = false
[libvirt]
virt_type = qemu
cpu_mode = none
live_migration_scheme = tcp
[glance]
region_name = {REGION}
[cinder]
os_region_name = {REGION}
""" + auth_section("keystone_authtoken", ip, "nova") + auth_section("service_user", ip, "nova").replace(
        "[service_user]\n", "[service_user]\nsend_service_user_token = true\n")
          + auth_section("placement", ip, "placement") + auth_section("neutron", ip, "neutron"))


    # nova-api-wsgi reads every file of its config folder it expects there, api-paste.ini too.
    shutil.copyfile("/etc/nova/api-paste.ini", f"{o}/etc/nova/api-paste.ini")


def write_compute_config(o, h):
    # The compute service of one lab host: its name (Nova's host and, through the host's own UTS
    # namespace, libvirt's node name), its address for the migration stream, its libvirtd.
    write(f"{o}/etc/nova/compute-{h['name']}.conf", f"""[DEFAULT]
host = {h['name']}
my_ip = {h['ip']}
log_file = nova-compute-{h['name']}.log
[libvirt]
connection_uri = qemu:///system
live_migration_inbound_addr = {h['ip']}
[oslo_concurrency]
lock_path = {o}/state/nova/lock-{h['name']}
""")


# ----------------------------------------------------------------------------------- processes
def spawn(o, name, cmd, env=None, ns=None):
    """A daemon of the controller, in its network namespace; its output in log/NAME.out."""
    os.makedirs(f"{o}/log", exist_ok=True)
    out = open(f"{o}/log/{name}.out", "w")
    full = (["ip", "netns", "exec", ns] if ns else []) + cmd
    p = subprocess.Popen(full, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=o,
                         env=dict(os.environ, **(env or {})), start_new_session=True)
    return p.pid


def uwsgi(o, name, port, script, env, ns, processes=1, threads=2):
    # Each answer says Connection: close: uWSGI's --http-socket does not keep connections alive and
    # reset a reused one in the prototype (RECIPE.md); clients then open a new one per request.
    cmd = ["uwsgi", "--plugin", "python3", "--http-socket", f"0.0.0.0:{port}", "--wsgi-file", script,
           "--master", "--die-on-term", "--processes", str(processes), "--threads", str(threads),
           "--add-header", "Connection: close", "--buffer-size", "65535", "--need-app",
           "--logto", f"{o}/log/{name}-uwsgi.log", "--pidfile", f"{o}/run/{name}.pid"]
    for k, v in env.items():
        cmd += ["--env", f"{k}={v}"]
    return spawn(o, name, cmd, ns=ns)


def run(cmd, timeout=300, ns=None, env=None, logfile=None):
    full = (["ip", "netns", "exec", ns] if ns else []) + cmd
    out = open(logfile, "a") if logfile else subprocess.PIPE
    r = subprocess.run(full, stdout=out, stderr=subprocess.STDOUT if logfile else subprocess.PIPE, text=True,
                       timeout=timeout, env=dict(os.environ, **(env or {})))
    if r.returncode != 0:
        where = f"see {logfile}" if logfile else (r.stderr or r.stdout or "").strip()[-800:]
        raise OpenStackError(f"{' '.join(cmd[:3])}... failed (exit {r.returncode}): {where}")
    return r


def wait_port(ip, port, timeout, what):
    end = time.time() + timeout
    while time.time() < end:
        try:
            with socket.create_connection((ip, port), timeout=1):
                return
        except OSError:
            time.sleep(0.3)
    raise OpenStackError(f"{what} did not listen on {ip}:{port} within {timeout} s")


# ------------------------------------------------------------------------------------------ REST
class Api:
    """Just enough of the Identity, Compute, Image and Network APIs to set the lab's cloud up
    (the catalog by one script: by CLI it was the slowest step, 40-48 s, RECIPE.md)."""

    def __init__(self, ip):
        self.ip = ip
        self.token = None

    def url(self, service, path):
        return f"http://{self.ip}:{PORTS[service]}{path}"

    def call(self, method, service, path, body=None, headers=None, data=None, ok=(200, 201, 202, 204), tries=5):
        hdrs = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.token:
            hdrs["X-Auth-Token"] = self.token
        hdrs.update(headers or {})
        payload = data if data is not None else (json.dumps(body).encode() if body is not None else None)
        last = None
        for attempt in range(tries):
            req = urllib.request.Request(self.url(service, path), data=payload, method=method, headers=hdrs)
            try:
                with urllib.request.urlopen(req, timeout=60) as r:
                    text = r.read()
                    return r.status, (json.loads(text) if text and r.headers.get_content_type() == "application/json" else {}), r.headers
            except urllib.error.HTTPError as e:
                text = e.read()
                if e.code in ok:
                    return e.code, {}, e.headers
                if e.code in (502, 503) and attempt + 1 < tries:
                    last = e
                    time.sleep(2)
                    continue
                raise OpenStackError(f"{method} {service}{path}: HTTP {e.code}: {text[:400].decode(errors='replace')}")
            except (urllib.error.URLError, ConnectionError, socket.timeout) as e:
                last = e  # a reset connection (uWSGI) or a service still starting: try again
                time.sleep(2)
        raise OpenStackError(f"{method} {service}{path}: {last}")

    def login(self, user="admin", password=PASSWORD, project="admin"):
        body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": user, "domain": {"id": "default"}, "password": password}}},
            "scope": {"project": {"name": project, "domain": {"id": "default"}}}}}
        self.token = None
        _, _, headers = self.call("POST", "keystone", "/v3/auth/tokens", body)
        self.token = headers["X-Subject-Token"]

    def find(self, service, path, key, name):
        _, body, _ = self.call("GET", service, path)
        return next((x["id"] for x in body.get(key, []) if x.get("name") == name), None)


def register_catalog(api, ip):
    api.login()
    service_project = api.find("keystone", "/v3/projects", "projects", "service")
    if not service_project:
        _, b, _ = api.call("POST", "keystone", "/v3/projects",
                           {"project": {"name": "service", "domain_id": "default"}})
        service_project = b["project"]["id"]
    admin_role = api.find("keystone", "/v3/roles", "roles", "admin")
    for user in ("nova", "placement", "glance", "neutron"):
        uid = api.find("keystone", "/v3/users", "users", user)
        if not uid:
            _, b, _ = api.call("POST", "keystone", "/v3/users",
                               {"user": {"name": user, "domain_id": "default", "password": SERVICE_PASSWORD}})
            uid = b["user"]["id"]
        api.call("PUT", "keystone", f"/v3/projects/{service_project}/users/{uid}/roles/{admin_role}")
    # Every endpoint before any service that reads the catalog starts (RECIPE.md, blocker 3).
    for name, kind, port, path in (("nova", "compute", PORTS["nova"], "/v2.1"),
                                   ("placement", "placement", PORTS["placement"], ""),
                                   ("glance", "image", PORTS["glance"], ""),
                                   ("neutron", "network", PORTS["neutron"], "")):
        _, b, _ = api.call("POST", "keystone", "/v3/services", {"service": {"name": name, "type": kind}})
        sid = b["service"]["id"]
        for iface in ("public", "internal", "admin"):
            api.call("POST", "keystone", "/v3/endpoints", {"endpoint": {
                "service_id": sid, "interface": iface, "region_id": REGION, "url": f"http://{ip}:{port}{path}"}})


# --------------------------------------------------------------------------------------- up/down
def up(lab, d, st, packages_log):
    """Start the cloud over a running lab `st` (hawan-lab's state; `lab` is the hawan-lab module)."""
    t0 = time.time()
    if not st.get("gluster"):
        raise OpenStackError("the lab's OpenStack needs the shared volume (an 'up' without --no-storage)")
    if not st.get("console"):
        raise OpenStackError("the lab's OpenStack needs the console at a site (an 'up' without --console-site none)")
    install_packages(packages_log)
    down(lab, d, st)
    o = os.path.join(d, "openstack")
    shutil.rmtree(o, ignore_errors=True)
    for sub in ("etc", "log", "run", "state/nova", "state/glance/images", "state/neutron", "mysql", "rabbitmq"):
        os.makedirs(os.path.join(o, sub), exist_ok=True)
    site = st["sites"][0]
    ip = ctl_ip(site["index"])
    ns = lab.add_node(d, CTL_NAME, site, ip, CTL_VETH)
    st["openstack"] = {"dir": o, "ns": ns, "ip": ip, "computes": {}, "ready": False}
    lab.save_state(d, st)
    rabbit = f"rabbit://hawan:{SERVICE_PASSWORD}@{ip}:5672/"
    instances = os.path.join(st["gluster"]["mount"], "nova-instances")
    write_configs(o, ip, instances, rabbit)

    # MariaDB and RabbitMQ, the controller's own (loopback of its namespace; RabbitMQ on its LAN).
    run(["mariadb-install-db", "--no-defaults", f"--datadir={o}/mysql", "--user=root",
         "--auth-root-authentication-method=socket", "--skip-test-db"], logfile=f"{o}/log/mariadb-install.log")
    spawn(o, "mariadb", ["mariadbd", "--no-defaults", f"--datadir={o}/mysql", f"--socket={o}/run/mysqld.sock",
                         "--port=3306", "--bind-address=127.0.0.1", "--user=root", f"--pid-file={o}/run/mariadb.pid",
                         "--max-connections=500", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0"], ns=ns)
    write(f"{o}/etc/rabbitmq/rabbitmq.conf", "listeners.tcp.default = 5672\nloopback_users = none\n"
          "log.file.level = warning\n")
    write(f"{o}/etc/rabbitmq/enabled_plugins", "[].\n")
    renv = {"HOME": f"{o}/rabbitmq", "RABBITMQ_NODENAME": "rabbit@localhost",
            "RABBITMQ_MNESIA_BASE": f"{o}/rabbitmq/mnesia", "RABBITMQ_LOG_BASE": f"{o}/log/rabbitmq",
            "RABBITMQ_CONFIG_FILE": f"{o}/etc/rabbitmq/rabbitmq.conf",
            "RABBITMQ_ENABLED_PLUGINS_FILE": f"{o}/etc/rabbitmq/enabled_plugins",
            "RABBITMQ_PID_FILE": f"{o}/run/rabbitmq.pid"}
    spawn(o, "rabbitmq", ["/usr/lib/rabbitmq/bin/rabbitmq-server"], env=renv, ns=ns)
    sock = f"{o}/run/mysqld.sock"
    end = time.time() + 60
    while not os.path.exists(sock) and time.time() < end:
        time.sleep(0.2)
    sql = "".join(f"CREATE DATABASE IF NOT EXISTS {db};" for db in
                  ("keystone", "placement", "glance", "neutron", "nova_api", "nova", "nova_cell0"))
    sql += (f"CREATE USER IF NOT EXISTS 'os'@'127.0.0.1' IDENTIFIED BY '{DB_PASSWORD}';"
            "GRANT ALL ON *.* TO 'os'@'127.0.0.1';")
    run(["mariadb", f"--socket={sock}", "-uroot", "-e", sql], timeout=60)
    log(f"MariaDB up ({time.time() - t0:.0f} s)")

    # Keystone, then every database in parallel with the catalog.
    kenv = {"OS_KEYSTONE_CONFIG_DIR": f"{o}/etc/keystone"}
    km = ["keystone-manage", "--config-file", f"{o}/etc/keystone/keystone.conf"]
    klog = f"{o}/log/keystone-setup.log"
    run(km + ["db_sync"], ns=ns, logfile=klog)
    run(km + ["fernet_setup", "--keystone-user", "root", "--keystone-group", "root"], ns=ns, logfile=klog)
    run(km + ["credential_setup", "--keystone-user", "root", "--keystone-group", "root"], ns=ns, logfile=klog)
    url = f"http://{ip}:{PORTS['keystone']}/v3/"
    run(km + ["bootstrap", "--bootstrap-password", PASSWORD, "--bootstrap-admin-url", url,
              "--bootstrap-internal-url", url, "--bootstrap-public-url", url, "--bootstrap-region-id", REGION],
        ns=ns, logfile=klog)
    uwsgi(o, "keystone", PORTS["keystone"], "/usr/bin/keystone-wsgi-public", kenv, ns, processes=2, threads=2)
    nc = ["--config-file", f"{o}/etc/nova/nova.conf"]
    syncs = [
        ["placement-manage", "--config-file", f"{o}/etc/placement/placement.conf", "db", "sync"],
        ["glance-manage", "--config-file", f"{o}/etc/glance/glance-api.conf", "db_sync"],
        ["neutron-db-manage", "--config-file", f"{o}/etc/neutron/neutron.conf", "--config-file",
         f"{o}/etc/neutron/ml2_conf.ini", "upgrade", "heads"],
        ["sh", "-c", " && ".join(f"nova-manage {' '.join(nc)} {c}" for c in
                                 ("api_db sync", "cell_v2 map_cell0", "cell_v2 create_cell --name=cell1", "db sync"))],
    ]
    procs = [subprocess.Popen(["ip", "netns", "exec", ns, *c], stdout=open(f"{o}/log/dbsync-{i}.log", "w"),
                              stderr=subprocess.STDOUT, cwd=o) for i, c in enumerate(syncs)]
    wait_port(ip, PORTS["keystone"], 60, "Keystone")
    wait_port(ip, 5672, 60, "RabbitMQ")
    run(["/usr/lib/rabbitmq/bin/rabbitmqctl", "add_user", "hawan", SERVICE_PASSWORD], ns=ns, env=renv, timeout=60)
    run(["/usr/lib/rabbitmq/bin/rabbitmqctl", "set_permissions", "hawan", ".*", ".*", ".*"], ns=ns, env=renv, timeout=60)
    api = Api(ip)
    register_catalog(api, ip)
    log(f"Keystone up, catalog registered ({time.time() - t0:.0f} s)")
    for i, p in enumerate(procs):
        if p.wait(timeout=600) != 0:
            raise OpenStackError(f"database sync '{' '.join(syncs[i][:3])}' failed: see {o}/log/dbsync-{i}.log")
    log(f"databases synced ({time.time() - t0:.0f} s)")

    uwsgi(o, "placement", PORTS["placement"], "/usr/bin/placement-api",
          {"OS_PLACEMENT_CONFIG_DIR": f"{o}/etc/placement"}, ns)
    spawn(o, "glance-api", ["glance-api", "--config-file", f"{o}/etc/glance/glance-api.conf"], ns=ns)
    spawn(o, "neutron-server", ["neutron-server", "--config-file", f"{o}/etc/neutron/neutron.conf",
                                "--config-file", f"{o}/etc/neutron/ml2_conf.ini"], ns=ns)
    uwsgi(o, "nova-api", PORTS["nova"], "/usr/bin/nova-api-wsgi", {"OS_NOVA_CONFIG_DIR": f"{o}/etc/nova"}, ns)
    for s in ("conductor", "scheduler"):
        spawn(o, f"nova-{s}", [f"nova-{s}", *nc], ns=ns)
    os.makedirs(f"{o}/state/nova/lock", exist_ok=True)
    lab.host_exec(st["hosts"][0], "mkdir", "-p", instances)
    for h in st["hosts"]:
        write_compute_config(o, h)
        start_compute(st, h)
    lab.save_state(d, st)
    for svc in ("placement", "glance", "neutron", "nova"):
        wait_port(ip, PORTS[svc], 120, svc)
    api.login()
    # Neutron's first port query fails until something has touched its networks (RECIPE.md, blocker 2).
    api.call("GET", "neutron", "/v2.0/networks")
    log(f"APIs up ({time.time() - t0:.0f} s)")

    image = os.path.join(d, "images", "calm.img")
    _, b, _ = api.call("POST", "glance", "/v2/images", {"name": "hawan-calm", "disk_format": "raw",
                                                          "container_format": "bare", "visibility": "public"})
    with open(image, "rb") as f:
        api.call("PUT", "glance", f"/v2/images/{b['id']}/file", data=f.read(),
                 headers={"Content-Type": "application/octet-stream"})
    st["openstack"]["image"] = b["id"]
    _, fb, _ = api.call("POST", "nova", "/v2.1/flavors",
                        {"flavor": {"name": "hawan-tiny", "ram": 64, "vcpus": 1, "disk": 1}})
    st["openstack"]["flavor"] = fb["flavor"]["id"]

    wait_hypervisors(api, ns, o, [h["name"] for h in st["hosts"]])
    # Each site an availability zone of its name, its hosts in it.
    for s in st["sites"]:
        _, ab, _ = api.call("POST", "nova", "/v2.1/os-aggregates",
                            {"aggregate": {"name": s["name"], "availability_zone": s["name"]}})
        for h in st["hosts"]:
            if h["site"] == s["name"]:
                api.call("POST", "nova", f"/v2.1/os-aggregates/{ab['aggregate']['id']}/action",
                         {"add_host": {"host": h["name"]}})
    write_clouds_yaml(o, ip)
    st["openstack"]["ready"] = True
    lab.save_state(d, st)
    log(f"cloud up: {len(st['hosts'])} compute hosts in {len(st['sites'])} zones ({time.time() - t0:.0f} s)")
    return api


def wait_hypervisors(api, ns, o, names, timeout=240):
    end = time.time() + timeout
    n = 0
    while time.time() < end:
        _, b, _ = api.call("GET", "nova", "/v2.1/os-hypervisors")
        up = {x["hypervisor_hostname"] for x in b.get("hypervisors", []) if x.get("state") == "up"}
        if all(name in up for name in names):
            return
        n += 1
        if n % 3 == 0:
            subprocess.run(["ip", "netns", "exec", ns, "nova-manage", "--config-file", f"{o}/etc/nova/nova.conf",
                            "cell_v2", "discover_hosts"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        time.sleep(2)
    raise OpenStackError(f"not every compute host registered with Nova within {timeout} s "
                         f"(up: {', '.join(sorted(up)) or 'none'}; see {o}/log/nova-compute-*.log)")


def start_compute(st, h):
    """nova-compute of host h, inside h's namespaces (its network, its mount namespace where its
    libvirtd's socket and the shared volume are, its hostname), so a dead host takes it along."""
    o = st["openstack"]["dir"]
    os.makedirs(f"{o}/state/nova/lock-{h['name']}", exist_ok=True)
    pid = spawn(o, f"nova-compute-{h['name']}",
                ["nsenter", "-t", str(h["pid"]), "-m", "-n", "-u", "nova-compute", "--config-file",
                 f"{o}/etc/nova/nova.conf", "--config-file", f"{o}/etc/nova/compute-{h['name']}.conf"])
    st["openstack"]["computes"][h["name"]] = pid


def write_clouds_yaml(o, ip):
    # As OpenStack users keep their credentials (clouds.yaml); the console's config names the entry.
    write(f"{o}/clouds.yaml", f"""# Written by hawan-lab: the lab's own cloud (a throwaway admin password).
clouds:
  hawan-lab:
    region_name: {REGION}
    identity_api_version: 3
    auth:
      auth_url: http://{ip}:{PORTS['keystone']}/v3
      username: admin
      password: {PASSWORD}
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
""")
    os.chmod(f"{o}/clouds.yaml", 0o600)


def purge_servers(lab, st):
    """Nova's domains on the lab hosts and its instances folder: a new cloud's database starts its
    instance names again at instance-00000001, and libvirt refuses a second domain of that name."""
    for h in st["hosts"]:
        if not lab.pid_alive(h.get("pid")):
            continue
        names = lab.virsh(h, "list", "--all", "--name", check=False).stdout.split()
        for n in names:
            if n.startswith("instance-"):
                lab.virsh(h, "destroy", n, check=False)
                lab.virsh(h, "undefine", n, check=False)
    if st.get("gluster") and st["hosts"] and lab.pid_alive(st["hosts"][0].get("pid")):
        lab.host_exec(st["hosts"][0], "rm", "-rf", os.path.join(st["gluster"]["mount"], "nova-instances"), check=False)


def down(lab, d, st):
    """Stop the controller (every process in its namespace) and the computes, remove Nova's
    servers from the hosts and the controller's namespace."""
    os_ = st.get("openstack")
    if not os_:
        purge_servers(lab, st)
        return
    for pid in os_.get("computes", {}).values():
        lab.stop_pid(pid, grace=3)
    for pid in lab.netns_pids(os_["ns"]):
        lab.stop_pid(pid, grace=3)
    subprocess.run(["ip", "netns", "del", os_["ns"]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    purge_servers(lab, st)
    st.pop("openstack", None)
    lab.save_state(d, st)


def boot(api, st, name, host, timeout=120):
    """A server of the lab's tiny flavor on `host` (placed by host, not by zone: a server created in
    an availability zone stays in it, and each site is a zone), no network; its ID once ACTIVE."""
    o = st["openstack"]
    _, b, _ = api.call("POST", "nova", "/v2.1/servers",
                       {"server": {"name": name, "imageRef": o["image"], "flavorRef": o["flavor"],
                                   "networks": "none", "host": host}},
                       headers={"OpenStack-API-Version": "compute 2.74"})
    sid = b["server"]["id"]
    end = time.time() + timeout
    while time.time() < end:
        _, s, _ = api.call("GET", "nova", f"/v2.1/servers/{sid}", headers={"OpenStack-API-Version": "compute 2.80"})
        status = s["server"]["status"]
        if status == "ACTIVE":
            return sid
        if status == "ERROR":
            raise OpenStackError(f"server {name} went to ERROR: {s['server'].get('fault', {}).get('message')}")
        time.sleep(1)
    raise OpenStackError(f"server {name} not ACTIVE within {timeout} s")
