"""`rsdlgen clone`: one mock engine cloned into a seed document, a second mock engine started from it lists the
same inventory (names, ids, relations); secrets are never read into it; bad input is one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.drift.cloning import clone
from rsdlgen.drift.fetching import Connection
from rsdlgen.errors import InputError
from tests.support.mock_servers import AUTH, InProcess, in_process, mock_app

API = "/ovirt-engine/api"
XML = {"Content-Type": "application/xml"}
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
COLLECTIONS = [
    "datacenters",
    "clusters",
    "hosts",
    "networks",
    "templates",
    "vms",
    "storagedomains",
    "tags",
    "users",
]


@pytest.fixture(scope="module")
def model() -> rsdlgen.Model:
    return rsdlgen.load()


def post(http: httpx.Client, path: str, body: str) -> str:
    answer = http.post(f"{API}/{path}", content=body, headers={**XML, "Expect": "201-created"})
    assert answer.status_code == 201, answer.text
    return etree.fromstring(answer.content).get("id") or ""


def populated(model: rsdlgen.Model) -> Any:
    """An engine with VMs (one running, with a NIC), a host added with a root password, a storage domain
    attached to the Default data center, a tag."""
    app = mock_app(model)
    with in_process(app) as http:
        vms = [post(http, "vms", VM.format(f"web{i}")) for i in range(3)]
        post(
            http,
            f"vms/{vms[0]}/nics",
            "<nic><name>eth0</name><network><name>ovirtmgmt</name></network></nic>",
        )
        http.post(f"{API}/vms/{vms[0]}/start", content="<action/>", headers=XML).raise_for_status()
        post(http, "hosts", "<host><name>h2</name><address>10.0.0.2</address><root_password>s3cret</root_password>"
                            "<cluster><name>Default</name></cluster></host>")  # fmt: skip
        domain = post(http, "storagedomains", "<storage_domain><name>data1</name><type>data</type><host><name>"
                      "hypervisor</name></host><storage><type>nfs</type><address>n</address><path>/d</path>"
                      "</storage></storage_domain>")  # fmt: skip
        dc = etree.fromstring(http.get(f"{API}/datacenters").content)[0].get("id")
        post(http, f"datacenters/{dc}/storagedomains", f'<storage_domain id="{domain}"/>')
        post(http, "tags", "<tag><name>gold</name></tag>")
    return app


def inventory(app: Any) -> dict[str, list[tuple[str, ...]]]:
    """Per collection: each entity's id, name, state and the ids it refers to; and the sub-collections."""
    found: dict[str, list[tuple[str, ...]]] = {}
    with in_process(app) as http:
        for name in COLLECTIONS:
            listed = etree.fromstring(http.get(f"{API}/{name}").content)
            found[name] = [
                (
                    e.get("id") or "",
                    e.findtext("name") or "",
                    e.findtext("status/state") or "",
                    *sorted(f"{c.tag}={c.get('id')}" for c in e if c.get("id")),
                )
                for e in listed
            ]
        vm = found["vms"][0][0]
        dc = found["datacenters"][0][0]
        for sub in (f"vms/{vm}/nics", f"datacenters/{dc}/storagedomains"):
            listed = etree.fromstring(http.get(f"{API}/{sub}").content)
            found[sub] = [(e.get("id") or "", e.findtext("name") or "", e.findtext("status/state") or "")
                          for e in listed]  # fmt: skip
    return found


def test_a_clone_started_as_a_seed_lists_the_same_inventory(
    model: rsdlgen.Model, tmp_path: Path
) -> None:
    first = populated(model)
    cloned = clone(Connection("http://127.0.0.1" + API, *AUTH), transport=InProcess(first))
    assert b"s3cret" not in cloned.document and b"root_password" not in cloned.document
    assert b' href="/' not in cloned.document and b"<actions>" not in cloned.document
    seed = tmp_path / "seed.xml"
    seed.write_bytes(cloned.document)
    second = mock_app(model, seed=(str(seed),))  # as `rsdlgen serve --seed seed.xml` starts
    expected = inventory(first)
    assert len(expected["vms"]) == 3 and expected["vms"][0][2] == "up"
    assert [e[1] for e in expected[next(k for k in expected if k.startswith("datacenters/"))]] == [
        "data1"
    ]
    assert inventory(second) == expected


def test_max_bounds_each_collection(model: rsdlgen.Model) -> None:
    cloned = clone(
        Connection("http://127.0.0.1" + API, *AUTH),
        max_items=2,
        transport=InProcess(populated(model)),
    )
    vms = etree.fromstring(cloned.document).find("vms")
    assert vms is not None and len(vms) == 2


def test_a_session_is_opened_once_and_closed(model: rsdlgen.Model) -> None:
    app = populated(model)
    app.state.admin.clear_requests()
    clone(Connection("http://127.0.0.1" + API, *AUTH), transport=InProcess(app))
    journal = app.state.admin.requests()
    assert (
        all("prefer" in r["headers"] for r in journal[:-1])
        and "prefer" not in journal[-1]["headers"]
    )
    assert app.state.server.auth.sessions == {}


def test_wrong_credentials_are_one_line(model: rsdlgen.Model) -> None:
    with pytest.raises(InputError, match="401 Unauthorized: wrong user name or password"):
        clone(
            Connection("http://127.0.0.1" + API, "admin@internal", "wrong"),
            transport=InProcess(mock_app(model)),
        )


def test_the_command_refuses_bad_arguments_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["clone", "http://127.0.0.1:9/api", "--out", str(tmp_path / "s.xml"), "--max", "0"])
    assert exited.value.code == 2 and "'0' is not a positive integer" in capsys.readouterr().err
    status = main(
        ["clone", "http://127.0.0.1:9/api", "--out", str(tmp_path / "s.xml"), "--timeout", "5"]
    )
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "connection refused" in err
    assert not (tmp_path / "s.xml").exists()
