"""The guide's own request bodies, read from the guide and sent as printed to the mock engine in the state each
chapter assumes (issue 23, item 2): the Quick Start (chapter 3), a cluster without a version (Example 10.3), a
floating disk sent with the deprecated `size` (Example 16.2), an export domain, an export and an import
(Examples 12.16, 15.57, 12.7), a role and a user from a directory (Examples 21.2, 22.2). Only the ids differ:
the guide's are illustrative (chapter 3's note), so each is replaced by the id of the entity it stands for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock import seed
from rsdlgen.mock.app import create_app
from rsdlgen.mock.settings import Settings
from rsdlgen.targets.server.spec import server_spec
from tests.support.mock_servers import in_process
from tests.targets.server import test_quickstart as quick
from tests.targets.server.test_guide_fidelity import GUIDE

ROOT = "/ovirt-engine/api"
XML = {"Content-Type": "application/xml", "Accept": "application/xml", "Expect": "201-created"}
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# the guide's directory service (§22), configured outside the API (engine-manage-domains)
DIRECTORY = "<fixture><domains><domain><name>domain.example.com</name></domain></domains></fixture>"

# (example, what each of its GUIDs stands for, in request order); `name:x` is the id of what is named x
STEPS: list[tuple[str, dict[str, str]]] = [
    ("3.7", {}),  # data1
    ("3.8", {}),  # iso1
    ("3.9", {"01a45ff0-915a-11e0-8b87-5254004ac988": "dc"}),
    ("3.10", {"01a45ff0-915a-11e0-8b87-5254004ac988": "dc"}),
    ("3.11", {"d70d5e2d-b8ad-494a-a4d2-c7a5631073c4": "dc", "9ca7cb40-9a2a-4513-acef-dc254af57aac": "data1"}),
    ("3.12", {"d70d5e2d-b8ad-494a-a4d2-c7a5631073c4": "dc", "00f0d9ce-da15-4b9e-9e3e-3c898fa8b6da": "iso1"}),
    ("3.13", {}),
    ("3.14", {"6efc0cfa-8495-4a96-93e5-ee490328cf48": "vm1"}),
    ("3.15", {"6efc0cfa-8495-4a96-93e5-ee490328cf48": "vm1", "9ca7cb40-9a2a-4513-acef-dc254af57aac": "data1"}),
    ("3.17", {"6efc0cfa-8495-4a96-93e5-ee490328cf48": "vm1"}),
    ("3.18", {"6efc0cfa-8495-4a96-93e5-ee490328cf48": "vm1"}),
    ("10.3", {"00000000-0000-0000-0000-000000000000": "dc"}),
    ("16.2", {"fabe0451-701f-4235-8f7e-e20e458819ed": "data1"}),
    ("12.16", {"2ab5e1da-b726-4274-bbf7-0a42b16a0fc3": "hypervisor"}),
    ("15.57", {"5114bb3e-a4e6-44b2-b783-b3eea7d84720": "vm1"}),
    ("12.7", {"fabe0451-701f-4235-8f7e-e20e458819ed": "export1", "082c794b-771f-452f-83c9-b2b5a19c0399": "vm1"}),
    ("21.2", {}),
    ("22.2", {}),
]  # fmt: skip


def request(lines: list[str], example: str) -> tuple[str, str, str]:
    """Method, path and body of the request the guide prints under `Example <example>.`."""
    start = next(i for i, line in enumerate(lines) if line.startswith(f"Example {example}. "))
    text, fenced = [], False
    for line in lines[start + 1 :]:
        if line.startswith("Example "):
            break
        if line.startswith("```"):
            fenced = not fenced
        elif fenced:
            text.append(line)
    joined = "\n".join(text)
    found = re.search(r"(POST|PUT) (/ovirt-engine/api\S*(?:\s*\n\s*\S+)*?)\s+HTTP/1\.1", joined)
    assert found, example
    method, path = found.group(1), re.sub(r"\s+", "", found.group(2))
    rest = joined[found.end() :]
    begin = rest.index("<")
    root = re.match(r"<([\w_]+)", rest[begin:]).group(1)  # type: ignore[union-attr]
    end = rest.find(f"</{root}>", begin)
    body = rest[begin : end + len(root) + 3] if end >= 0 else rest[begin:].split("\n")[0]
    return method, path.removeprefix(ROOT), body


def test_every_request_body_the_guide_prints_is_accepted(
    model36: rsdlgen.Model, tmp_path: Path
) -> None:
    lines = GUIDE.read_text(encoding="utf-8").split("\n")
    files, directory = tmp_path / "files.xml", tmp_path / "directory.xml"
    files.write_text(quick.FILES)
    directory.write_text(DIRECTORY)
    app = create_app(server_spec(model36), settings=Settings(seed=(directory,)))
    ids: dict[str, str] = {}
    with in_process(app, ROOT) as client:
        for collection, name in (("datacenters", "Default"), ("hosts", "hypervisor")):
            found = [e for e in etree.fromstring(client.get(f"/{collection}").content)]
            ids[name] = next(e.get("id") for e in found if e.findtext("name") == name)
        ids["dc"] = ids["Default"]
        for example, stands_for in STEPS:
            method, path, body = request(lines, example)
            for guid, what in stands_for.items():
                path, body = path.replace(guid, ids[what]), body.replace(guid, ids[what])
            assert set(GUID.findall(path)) <= set(ids.values()), (example, path)  # every id mapped
            if example == "12.7":  # chapter 12's data domain images0 (Example 9.6); vm1 is no more
                images0 = quick.DATA1.replace("data1", "images0")
                assert client.post("/storagedomains", content=images0, headers=XML).is_success
                assert client.post(
                    f"/vms/{ids['vm1']}/stop", content="<action/>", headers=XML
                ).is_success
                assert client.delete(f"/vms/{ids['vm1']}").status_code == 204
            if example == "22.2":  # the role it names by name is made through the API first (§21.2)
                power = (
                    "<role><name>RHEVMPowerUser</name><permits><permit id='1'/></permits></role>"
                )
                assert client.post("/roles", content=power, headers=XML).status_code == 201
            answer = client.request(method, path, content=body, headers=XML)
            assert answer.status_code in (200, 201, 202), (example, path, body, answer.text)
            made = etree.fromstring(answer.content)
            if made.findtext("name") and made.get("id"):
                ids[made.findtext("name") or ""] = made.get("id") or ""
            if (
                example == "12.16"
            ):  # an imported domain's name is in its metadata: export1 (line ~5294)
                renamed = "<storage_domain><name>export1</name></storage_domain>"
                assert client.put(f"/storagedomains/{made.get('id')}", content=renamed,
                                  headers=XML).status_code == 200  # fmt: skip
                ids["export1"] = made.get("id") or ""
            if example == "3.8":  # §3.14's upload, once the ISO domain exists
                seed.load(app.state.server.engine, files)


def test_deprecated_size_can_still_be_refused(model36: rsdlgen.Model) -> None:
    # `Settings(accept_deprecated=False)`: the floating disk of Example 16.2, with `size`, is refused.
    app = create_app(server_spec(model36), settings=Settings(accept_deprecated=False))
    lines = GUIDE.read_text(encoding="utf-8").split("\n")
    with in_process(app, ROOT) as client:
        domain = etree.fromstring(
            client.post("/storagedomains", content=quick.DATA1, headers=XML).content
        )
        _, path, body = request(lines, "16.2")
        body = body.replace("fabe0451-701f-4235-8f7e-e20e458819ed", domain.get("id") or "")
        refused = client.post(path, content=body, headers=XML)
        assert refused.status_code == 400 and "provisioned_size" in refused.text
        accepted = client.post(
            path, content=body.replace("size>", "provisioned_size>"), headers=XML
        )
        assert accepted.status_code in (201, 202), accepted.text


@pytest.mark.parametrize("example", [s for s, _ in STEPS])
def test_the_guide_prints_each_request(example: str) -> None:
    method, path, body = request(GUIDE.read_text(encoding="utf-8").split("\n"), example)
    assert method in ("POST", "PUT") and path.startswith("/") and body.startswith("<")
