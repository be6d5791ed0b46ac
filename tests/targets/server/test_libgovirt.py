"""libgovirt 0.3.9 (Debian's, what remote-viewer and virt-viewer reach oVirt with) against the mock engine of the
oVirt 3.6 documents over https, as `rsdlgen serve --tls` serves it: `govirt_client.py`, run by the system
Python, fetches the CA, logs in (and fails to with a wrong password), lists VMs, looks one up by name, starts
it, reads its display, asks for a ticket, stops it, reads storage domains and an ISO domain's files, clusters,
hosts and data centers; this test compares what libgovirt read with what the mock's REST API shows.

Needs `apt-get install gir1.2-govirt-1.0 python3-gi` (CI installs them); without them it fails, saying so.

What libgovirt cannot read, and why the mock is right (the exceptions):
- libgovirt 0.3.9 reads the v4 representation, which an engine of 4.x serves at `/ovirt-engine/api` without
  `Version: 3` (guide §3.1): a status as text (`<status>up</status>`, `<status>complete</status>`). The v3
  API writes `<status><state>down</state></status>` (guide §3.11) and `<status><state>complete</state>
  </status>` (§15.7.12), as the mock does; so libgovirt reports every action (`start`, `stop`, `ticket`) as "Unknown action failure" although the
  engine performed it, never stores the ticket it was given, and leaves a VM's state at its default, `down`.
- `fetch_ca_certificate` reads `https://<host>/ca.crt` through GIO, which has no https without gvfs (not
  installed: it pulls udisks, gnome-keyring ...); the script then reads that URL itself and gives libgovirt
  the bytes in a file (`ssl-ca-file`), as fetch_ca_certificate does with what it reads.
- A cluster has no `hosts` sub-collection in the 3.6 RSDL, so libgovirt offers none (`cluster_hosts` None).

What failed and was fixed in the mock: libsoup 3 (under libgovirt) re-sends a request challenged with 401
without its body but with its Content-Length (libgovirt's GETs carry `<action></action>`), so the next request on
that connection was misframed (400 from uvicorn, before the app); a reply sent without reading the declared
body now closes the connection. And the mock publishes the CA where the engine does (guide §2.1).
"""

from __future__ import annotations

import json
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.serve import throwaway_certificate
from tests.support.mock_servers import InMemory, loopback

pytestmark = pytest.mark.e2e  # libgovirt through the system Python

SYSTEM_PYTHON = Path("/usr/bin/python3")
CLIENT = Path(__file__).with_name("govirt_client.py")
USER, PASSWORD = "admin@internal", "s3cret"
HOST, CLUSTER = "0656f432-923a-11e0-ad20-5254004ac988", "00000001-0001-0001-0001-00000000021b"
DATA_CENTER = "00000002-0002-0002-0002-0000000003ab"
FIXTURE = """<fixture>
  <storage_domains>
    <storage_domain><name>iso1</name><type>iso</type><host><name>hypervisor</name></host>
      <storage><type>nfs</type><address>192.168.0.10</address><path>/iso</path></storage>
    </storage_domain>
    <storage_domain><name>data1</name><type>data</type><host><name>hypervisor</name></host>
      <storage><type>nfs</type><address>192.168.0.10</address><path>/data1</path></storage>
    </storage_domain>
  </storage_domains>
  <files href="storagedomains/iso1/files">
    <file id="Fedora-23.iso"><name>Fedora-23.iso</name></file>
    <file id="virtio-win.iso"><name>virtio-win.iso</name></file>
  </files>
  <vms>
    <vm><name>web1</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>
  </vms>
</fixture>
"""


def libgovirt_missing() -> str | None:
    """Why the system Python cannot import GoVirt, or None when it can."""
    if not SYSTEM_PYTHON.exists():
        return f"{SYSTEM_PYTHON} does not exist"
    probe = "import gi; gi.require_version('GoVirt', '1.0'); from gi.repository import GoVirt"
    run = subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, text=True, timeout=60)
    return run.stderr.strip().splitlines()[-1] if run.returncode else None


@pytest.fixture(scope="module")
def package(model36: rsdlgen.Model) -> InMemory:
    return InMemory(model36)


@pytest.fixture
def engine(package: InMemory, tmp_path: Path) -> Iterator[tuple[str, str, httpx.Client]]:
    """(host:port, CA file, a client of the REST API), served as `rsdlgen serve --tls` serves."""
    certificate = throwaway_certificate("127.0.0.1")
    fixture = tmp_path / "fixture.xml"
    fixture.write_text(FIXTURE)
    settings = package.Settings(
        user=USER,
        password=PASSWORD,
        product_version="3.6.13.5",
        seed=(str(fixture),),
        ca_certificate=certificate.ca,
    )
    with (
        loopback(package.create_app(settings), certificate.cert) as url,
        httpx.Client(
            base_url=url + package.API_ROOT,
            auth=(USER, PASSWORD),
            verify=ssl.create_default_context(cafile=certificate.ca),
            timeout=10,
        ) as rest,
    ):
        yield url.removeprefix("https://"), certificate.ca, rest


def entity(rest: httpx.Client, path: str) -> etree._Element:
    reply = rest.get(path)
    assert reply.status_code == 200, reply.text
    return etree.fromstring(reply.content)


def by_name(rest: httpx.Client, path: str) -> dict[str, str]:
    return {e.findtext("name"): e.get("id") for e in entity(rest, path)}


def test_the_ca_is_published_without_credentials_where_the_engine_publishes_it(
    engine: tuple[str, str, httpx.Client],
) -> None:
    endpoint, ca_file, _ = engine
    ca = Path(ca_file).read_bytes()
    with httpx.Client(base_url=f"https://{endpoint}", verify=False, timeout=10) as anyone:
        # guide §2.1, Procedure 2.1: the CA from the Manager, before the client can trust it
        query = {"resource": "ca-certificate", "format": "X509-PEM-CA"}
        guide = anyone.get("/ovirt-engine/services/pki-resource", params=query)
        assert (guide.status_code, guide.content) == (200, ca)
        assert guide.headers["content-type"] == "application/x-x509-ca-cert"
        assert (
            anyone.get("/ca.crt").content == ca
        )  # where libgovirt's fetch_ca_certificate reads it
        other = anyone.get("/ovirt-engine/services/pki-resource", params={"resource": "x"})
        assert other.status_code == 404 and b"<fault>" in other.content
        assert anyone.get("/ovirt-engine/api").status_code == 401  # the API itself still asks


def test_a_reply_that_leaves_the_declared_body_unread_closes_the_connection(
    engine: tuple[str, str, httpx.Client],
) -> None:
    _, _, rest = engine
    # The entry point (§4) reads no body: the bytes after the headers, if they ever come, are not a request.
    xml = {"Content-Type": "application/xml"}  # as libgovirt sends its GETs
    unread = rest.request("GET", "", content=b"<action></action>", headers=xml)
    assert unread.status_code == 200 and unread.headers["connection"] == "close"
    anonymous = httpx.request("GET", str(rest.base_url), content=b"<action/>", verify=False)
    assert anonymous.status_code == 401 and anonymous.headers["connection"] == "close"
    read = rest.request("GET", "/vms", content=b"<action></action>", headers=xml)
    assert read.status_code == 200 and "connection" not in read.headers  # read: kept alive


def test_libgovirt_reads_what_the_mock_holds(engine: tuple[str, str, httpx.Client]) -> None:
    missing = libgovirt_missing()
    assert missing is None, (
        f"the libgovirt test needs Debian's libgovirt for the system Python ({missing}):"
        " apt-get install -y gir1.2-govirt-1.0 python3-gi"
    )
    endpoint, ca_file, rest = engine
    args = [SYSTEM_PYTHON, CLIENT, endpoint, USER, PASSWORD, ca_file, "web1", "iso1"]
    run = subprocess.run(args, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    seen: dict[str, Any] = json.loads(run.stdout)

    # The CA (guide §2.1): GIO without gvfs cannot read https (G_IO_ERROR_NOT_SUPPORTED, 15), else it works.
    assert seen["fetch_ca_certificate"] in (
        True,
        {"error": ["g-io-error-quark", 15, "Operation not supported"]},
    )
    assert seen["ca_crt"] == Path(ca_file).read_text()

    # https is verified (§2.1): without the CA libgovirt refuses the mock's certificate.
    assert seen["no_ca"] == {"error": ["g-tls-error-quark", 2, "Unacceptable TLS certificate"]}
    # Basic credentials (§2.2): a wrong password is the engine's 401, which libgovirt reports as such.
    assert seen["wrong_password"] == {"error": ["rest-proxy-error-quark", 401, "Unauthorized"]}
    assert seen["api_name"] == entity(rest, "").findtext("product_info/name")
    assert seen["hosts_by_ca_file"] == by_name(rest, "/hosts") == {"hypervisor": HOST}

    # VMs, looked up by name (§7.3.4 lists them); a VM from Blank has a spice display, one monitor (§3.11).
    vms = by_name(rest, "/vms")
    assert seen["proxy_vms"] == ["web1"] and seen["searched_vms"] == vms
    down = seen["down"]
    assert (down["id"], down["cluster_id"], down["host_id"]) == (vms["web1"], CLUSTER, None)
    assert down["display"] == {
        "type": "spice",
        "address": None,
        "port": 0,
        "secure_port": 0,
        "monitors": 1,
        "ticket": None,
        "expiry": 0,
    }

    # start (§15.7.1): the engine starts the VM, which shows its host and display (address, port and secure
    # port as the REST API shows them); libgovirt cannot read the v3 action status (see the docstring).
    unknown = {
        "error": ["ovirt-error-quark", 1, "Unknown action failure"]
    }  # OVIRT_ERROR_PARSING_FAILED
    assert seen["start"] == unknown
    up, shown, rest_up = seen["up"], seen["up"]["display"], seen["up_rest"]
    assert (rest_up["state"], rest_up["host_id"], up["host_id"]) == ("up", HOST, HOST)
    assert [shown[k] for k in ("address", "port", "secure_port")] == [
        rest_up[k] for k in ("address", "port", "secure_port")
    ]
    assert shown["type"] == "spice" and shown["port"] > 0 and shown["address"]
    assert (
        up["state"] == "down"
    )  # `<status><state>up</state></status>` is not libgovirt's `<status>up`
    # ticket (§15.7.12): given by the engine, not kept by libgovirt, which stops at the action status
    assert seen["ticket"] == unknown and seen["after_ticket"]["display"]["ticket"] is None
    assert seen["stop"] == unknown  # §15.7.3: performed all the same
    vm = entity(rest, f"/vms/{vms['web1']}")
    assert vm.findtext("status/state") == "down" and vm.find("host") is None
    assert vm.find("display/port") is None and seen["stopped"]["display"]["port"] == 0
    events = [e.findtext("code") for e in entity(rest, "/events")]
    assert "153" in events  # the engine's "VM web1 started" (§3.16): the start did happen

    # Storage domains and an ISO domain's files (§3.7, the fixture's), clusters, hosts, data centers.
    domains = entity(rest, "/storagedomains")
    assert seen["storage_domains"] == {
        d.findtext("name"): {
            "id": d.get("id"),
            "type": d.findtext("type"),
            "storage_type": d.findtext("storage/type"),
        }
        for d in domains
    }
    assert set(seen["storage_domains"]) == {"iso1", "data1"}
    iso = seen["storage_domains"]["iso1"]["id"]
    assert seen["iso_files"] == by_name(rest, f"/storagedomains/{iso}/files")
    assert seen["iso_files"] == {
        "Fedora-23.iso": "Fedora-23.iso",
        "virtio-win.iso": "virtio-win.iso",
    }
    assert seen["clusters"] == by_name(rest, "/clusters") == {"Default": CLUSTER}
    assert seen["hosts"] == {"hypervisor": HOST}
    assert seen["data_centers"] == by_name(rest, "/datacenters") == {"Default": DATA_CENTER}
    assert seen["cluster_data_center"] == [DATA_CENTER, "Default"]
    assert seen["cluster_hosts"] is None
    assert seen["host_cluster"] == [CLUSTER, "Default"]
    dc_path = f"/datacenters/{DATA_CENTER}"
    assert (
        seen["data_center_clusters"] == by_name(rest, dc_path + "/clusters") == {"Default": CLUSTER}
    )
    assert seen["data_center_storage_domains"] == by_name(rest, dc_path + "/storagedomains")
