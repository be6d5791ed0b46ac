"""Every POST and PUT request body the guide prints (issue 23, item 2), read from the guide
(`tests/support/guide_requests.py`) and sent as printed to the mock engine, in the state its chapter assumes:
the Quick Start's environment (chapter 3, made once by sending chapter 3's own requests, and restored for
each example from the engine's inventory of it), then what the example itself takes for granted
(`PREPARED`: a VM that is down for a start, an export domain for an export ...).

Only ids differ: the guide's are illustrative (chapter 3's note). A guide id, in a path or a body's reference
(`<network id>`), stands for the newest entity of its collection unless `STANDS_FOR` names another; the same
guide id stands for the same entity throughout an example. What is
not sent is in `SKIPPED`, with its reason; a typo of the PDF's text is corrected in `CORRECTED`, with the
correction shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock import inventory, seed
from rsdlgen.mock.app import create_app
from rsdlgen.mock.settings import Settings
from rsdlgen.targets.server.spec import server_spec
from tests.support.guide_requests import GUIDE, Request, requests
from tests.support.mock_servers import in_process
from tests.targets.server import test_quickstart as quick
from tests.targets.server.guide_walk import (
    BEFORE_QUICK_START,
    CORRECTED,
    PREPARED,
    SKIPPED,
    STANDS_FOR,
)

ROOT = "/ovirt-engine/api"
XML = {"Content-Type": "application/xml", "Accept": "application/xml", "Expect": "201-created"}
GUID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f-]{32,36}|\w+_ID"
)
# the guide's directory service (§22), configured outside the API (engine-manage-domains); the ISO files its
# chapters mount (§3.14, §15.6.5), uploaded outside the API (engine-iso-uploader)
DIRECTORY = "".join(
    f"<domain><name>{n}</name></domain>" for n in ("domain.example.com", "example.com")
)
DIRECTORY = f"<fixture><domains>{DIRECTORY}</domains></fixture>"
ISOS = ("rhel-server-6.0-x86_64-dvd.iso", "fedora-15-x86_64-dvd.iso")
FILES = "".join(f'<file id="{iso}"><name>{iso}</name></file>' for iso in ISOS)
FILES = f'<fixture><files href="storagedomains/iso1/files">{FILES}</files></fixture>'
ALL = requests()
# references named otherwise than their collection's items: a storage domain's `<storage id>` (§13.3.5)
REFERENCES = {"storage": "storageconnections"}
QUICK_START = [r for r in ALL if r.label.startswith("3.")]


class Walk:
    """The mock engine the guide's requests are sent to, and what each guide id stands for in it."""

    def __init__(self, app: Any, client: httpx.Client, files: Path) -> None:
        self.app, self.client, self.files = app, client, files
        self.ids: dict[tuple[str, str], str] = {}  # (collection, guide id) -> id
        self.names: dict[str, str] = {}  # guide id -> the name of what it stands for

    def items(self, path: str) -> list[etree._Element]:
        answer = self.client.get(path, headers=XML)
        return (
            [e for e in etree.fromstring(answer.content) if e.get("id")]
            if answer.is_success
            else []
        )

    def send(self, method: str, path: str, body: str = "") -> etree._Element:
        answer = self.client.request(method, path, content=body, headers=XML)
        assert answer.is_success, (method, path, body, answer.text)
        return etree.fromstring(answer.content) if answer.content else etree.Element("none")

    def named(self, collection: str, name: str) -> str:
        found = [e.get("id") or "" for e in self.items(collection) if e.findtext("name") == name]
        assert found, (collection, name)
        return found[0]

    def stands_for(self, collection: str, guide_id: str) -> str:
        """The id a guide id stands for in `collection`: the entity `STANDS_FOR` names, else the newest."""
        key = (collection.rstrip("/").rpartition("/")[2], guide_id)
        if key not in self.ids:
            items = self.items(collection)
            named = [e for e in items if e.findtext("name") == self.names.get(guide_id)]
            items = named or items
            if items:
                self.ids[key] = items[-1].get("id") or ""
        return self.ids.get(key, guide_id)

    def path(self, printed: str) -> str:
        path, _, matrix = printed.partition(";")
        done: list[str] = []
        for segment in [s for s in path.split("/") if s]:
            is_id = GUID.fullmatch(segment) and done
            done.append(self.stands_for("/" + "/".join(done), segment) if is_id else segment)
        return "/" + "/".join(done) + (";" + matrix if matrix else "")

    def body(self, printed: str, top: dict[str, str]) -> str:
        try:
            root = etree.fromstring(printed.encode())
        except etree.XMLSyntaxError:
            return printed  # sent as printed: the test shows the engine's answer to it
        for element in root.iter():
            guide_id = element.get("id") or ""
            collection = top.get(element.tag) or REFERENCES.get(element.tag)
            if GUID.fullmatch(guide_id) and collection:
                real = self.stands_for("/" + collection, guide_id)
                pattern = rf"(<{element.tag}\b[^>]*\bid=[\"']){re.escape(guide_id)}"
                printed = re.sub(pattern, lambda m, real=real: m.group(1) + real, printed)
        return printed

    def request(self, request: Request) -> httpx.Response:
        path, body = request.path, request.body
        for printed, sent in CORRECTED.get(request.label, ()):  # a path's, when it starts with "/"
            if printed.startswith("/"):
                path = path.replace(printed, sent)
            else:
                body = body.replace(printed, sent)
        top = self.app.state.server.engine.top_items
        return self.client.request(
            request.method, self.path(path), content=self.body(body, top), headers=XML
        )

    def send_guide(self, label: str) -> None:
        (request,) = [r for r in ALL if r.label == label]
        answer = self.request(request)
        assert answer.status_code in (200, 201, 202), (label, answer.text)

    def remove(self, printed: str) -> None:
        answer = self.client.delete(self.path(printed))
        assert answer.status_code == 204, (printed, answer.text)

    def quick_start(self) -> None:
        for request in QUICK_START:
            answer = self.request(request)
            assert answer.status_code in (200, 201, 202), (request.label, answer.text)
            if request.label == "3.8":  # §3.14's upload, once the ISO domain exists
                seed.load(self.app.state.server.engine, self.files)


@pytest.fixture(scope="module")
def spec36(model36: rsdlgen.Model) -> Any:
    return server_spec(model36)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("guide")
    (made / "directory.xml").write_text(DIRECTORY)
    (made / "files.xml").write_text(FILES)
    return made


@pytest.fixture
def walk(spec36: Any, folder: Path) -> Iterator[Walk]:
    app = create_app(spec36, settings=Settings(seed=(folder / "directory.xml",)))
    with in_process(app, ROOT) as client:
        yield Walk(app, client, folder / "files.xml")


@pytest.fixture(scope="module")
def quick_started(spec36: Any, folder: Path) -> dict[tuple[str, str], str]:
    """The Quick Start's environment, made once by chapter 3's requests and kept as an inventory that each
    test restores (`quick_start.xml`); what its guide ids stood for."""
    app = create_app(spec36, settings=Settings(seed=(folder / "directory.xml",)))
    with in_process(app, ROOT) as client:
        made = Walk(app, client, folder / "files.xml")
        made.quick_start()
    (folder / "quick_start.xml").write_bytes(inventory.export(app.state.server.engine))
    return made.ids


def test_the_quick_start_is_accepted_request_by_request(walk: Walk) -> None:
    walk.quick_start()  # chapter 3, §3.7-3.18, each request in the state the ones before it made
    vm = walk.items("/vms")[0]
    assert vm.findtext("name") == "vm1" and vm.findtext("status/state") == "up"


SENT = [r for r in ALL if r not in QUICK_START and r.label not in SKIPPED]


@pytest.mark.parametrize("request_", SENT, ids=[r.label for r in SENT])
def test_the_guides_request_is_accepted_in_its_chapters_state(
    walk: Walk, request_: Request, folder: Path, quick_started: dict[tuple[str, str], str]
) -> None:
    if request_.label not in BEFORE_QUICK_START:
        seed.load(walk.app.state.server.engine, folder / "quick_start.xml")
        walk.ids.update(quick_started)
    walk.names.update(STANDS_FOR.get(request_.label, {}))
    prepare: Callable[[Walk], None] | None = PREPARED.get(request_.label)
    if prepare is not None:
        prepare(walk)
    answer = walk.request(request_)
    assert answer.status_code in (200, 201, 202), (request_.line, request_.body, answer.text)


def test_every_request_the_guide_prints_is_sent_or_skipped_for_a_reason() -> None:
    labels = [r.label for r in ALL]
    assert len(labels) == len(set(labels)) and len(ALL) > 150  # the guide prints 153
    assert set(SKIPPED) | set(CORRECTED) | set(PREPARED) | set(STANDS_FOR) <= set(labels)
    assert all(reason.strip() for reason in SKIPPED.values())
    assert not set(SKIPPED) & set(CORRECTED) and not set(SKIPPED) & set(PREPARED)


def test_deprecated_size_can_still_be_refused(spec36: Any) -> None:
    # `Settings(accept_deprecated=False)`: the floating disk of Example 16.2, with `size`, is refused.
    app = create_app(spec36, settings=Settings(accept_deprecated=False))
    (printed,) = [r for r in ALL if r.label == "16.2"]
    with in_process(app, ROOT) as client:
        domain = etree.fromstring(
            client.post("/storagedomains", content=quick.DATA1, headers=XML).content
        )
        body = re.sub(
            r'storage_domain id="[^"]*"', f'storage_domain id="{domain.get("id")}"', printed.body
        )
        refused = client.post(printed.path, content=body, headers=XML)
        assert refused.status_code == 400 and "provisioned_size" in refused.text
        accepted = client.post(
            printed.path, content=body.replace("size>", "provisioned_size>"), headers=XML
        )
        assert accepted.status_code in (201, 202), accepted.text


def test_the_reader_finds_the_guides_requests() -> None:
    # the reader itself: a wrapped path is joined, a body found across the PDF's split fences
    lines = GUIDE.read_text(encoding="utf-8").split("\n")
    by_label = {r.label: r for r in requests(lines)}
    assert by_label["3.11"].path.endswith("/activate") and by_label["3.11"].body == "<action/>"
    assert by_label["15.57"].body.startswith("<action>") and "export1" in by_label["15.57"].body
    assert by_label["16.2"].path == "/disks" and "<size>" in by_label["16.2"].body
