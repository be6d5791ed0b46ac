"""`rsdlgen diff`: the semantic diff of two API descriptions, breaking changes marked."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import rsdlgen
from rsdlgen.commands.diff import use_colour
from rsdlgen.commands.main import main
from rsdlgen.model.diffing import FORMAT, GROUPS, diff, render_text
from rsdlgen.model.loading import Model
from tests.conftest import OVIRT33, OVIRT36

Report = tuple[str, dict[str, Any]]  # the human report and the JSON one


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["diff", *args])
    return status, capsys.readouterr().out


@pytest.fixture(scope="module")
def old_to_36(model33: Model, model36: Model) -> Report:
    result = diff(model33, model36)
    return render_text(result), result.as_json()


def find(report: dict[str, Any], subject: str, item: str | None = None) -> list[dict[str, Any]]:
    return [c for c in report["changes"] if c["subject"] == subject and c["item"] == item]


# --- 3.3 -> 3.6: changes checked by hand with grep in the two documents ------------------------------------


def test_links_removed_in_36_are_breaking(old_to_36: tuple[str, dict]) -> None:  # type: ignore[type-arg]
    text, report = old_to_36
    # 3.3 rsdl.xml:9579 `/api/vms/{vm:id}/cdroms/{cdrom:id}` rel=delete; 3.6 has only get and update there.
    [cdrom] = find(report, "DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)")
    assert (cdrom["group"], cdrom["kind"], cdrom["breaking"]) == ("links", "removed", True)
    # 3.3 rsdl.xml:8167 `/api/users/{user:id}/roles` rel=add; 3.6 only has rel=get (17943).
    assert find(report, "POST users/{user:id}/roles (add)")[0]["kind"] == "removed"
    assert "  - DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)  (BREAKING: " in text


def test_links_added_in_36_are_not_breaking(old_to_36: tuple[str, dict]) -> None:  # type: ignore[type-arg]
    text, report = old_to_36
    # 3.6 rsdl.xml:21743 `vms/{vm:id}/reboot`; no `reboot` in 3.3.
    [reboot] = find(report, "POST vms/{vm:id}/reboot (reboot)")
    assert (reboot["kind"], reboot["breaking"]) == ("added", False)
    assert "  + POST vms/{vm:id}/reboot (reboot)  (new operation)" in text


def test_links_are_matched_relative_to_the_root_and_across_placeholder_names(
    old_to_36: Report,
) -> None:
    _, report = old_to_36
    # `/api/clusters` (3.3) and `clusters` (3.6) are one link: not reported as removed and added.
    assert find(report, "GET clusters (get)", None) == []
    # 3.3 `/api/capabilities/{capabilitie:id}`, 3.6 `capabilities/{capability:id}`: same URL on the wire.
    [renamed] = find(report, "GET capabilities/{capability:id} (get)", "path")
    assert renamed["old"] == "capabilities/{capabilitie:id}" and not renamed["breaking"]


def test_parameter_changes_of_adding_a_data_center(old_to_36: tuple[str, dict]) -> None:  # type: ignore[type-arg]
    _, report = old_to_36
    subject = "POST datacenters (add)"
    # 3.6 rsdl.xml:2363: `datacenter.local` required="true" is new; `datacenter.storage_type` and
    # `datacenter.version.major` went from required="true" (3.3) to "false", storage_type is <deprecated>.
    [local] = find(report, subject, "body parameter datacenter.local")
    assert (local["kind"], local["breaking"], local["new"]) == ("added", True, "mandatory")
    storage = find(report, subject, "body parameter datacenter.storage_type")
    assert {(c["old"], c["new"], c["breaking"]) for c in storage} == {
        ("mandatory", "optional", False),
        ("supported", "deprecated", False),
    }
    [major] = find(report, subject, "body parameter datacenter.version.major")
    assert (major["old"], major["new"], major["breaking"]) == ("mandatory", "optional", False)


def test_response_and_schema_changes(old_to_36: tuple[str, dict]) -> None:  # type: ignore[type-arg]
    _, report = old_to_36
    # 3.3 rsdl.xml:6495 BaseResource, 3.6 rsdl.xml:15416 Image, and Image extends BaseResource.
    [response] = find(
        report, "GET storagedomains/{storagedomain:id}/images/{image:id} (get)", "response"
    )
    assert (response["old"], response["new"], response["breaking"]) == (
        "BaseResource",
        "Image",
        False,
    )
    # 3.3 api.xsd:3399 bytes_read xs:int, 3.6 api.xsd:4929 xs:long.
    [widened] = find(report, "type GlusterClient", "element bytes_read")
    assert (widened["old"], widened["new"], widened["breaking"]) == ("xs:int", "xs:long", False)
    # ValueType gains STRING (3.6 api.xsd:448).
    [value] = find(report, "enum ValueType", "value STRING")
    assert (value["kind"], value["breaking"]) == ("added", False)
    # <glusterhooks> (3.3 api.xsd:3619) was renamed <gluster_hooks> (3.6 api.xsd:5149).
    assert find(report, "element <glusterhooks>")[0]["kind"] == "removed"
    assert find(report, "element <gluster_hooks>")[0]["kind"] == "added"


def test_json_counts_agree_with_the_human_report(capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run(capsys, str(OVIRT33), str(OVIRT36))
    assert status == 0  # no --fail-on
    _, raw = run(capsys, str(OVIRT33), str(OVIRT36), "--json")
    report = json.loads(raw)
    summary = report["summary"]
    assert summary["changes"] == len(report["changes"]) > 1000
    assert summary["changes"] == summary["breaking"] + summary["non_breaking"]
    total = re.search(r"^(\d+) changes: (\d+) breaking, (\d+) non-breaking$", text, re.MULTILINE)
    assert total is not None
    assert [int(n) for n in total.groups()] == [
        summary["changes"],
        summary["breaking"],
        summary["non_breaking"],
    ]
    # The summary comes first: the total, then each group's counts; they agree with the JSON, and so does
    # the number of change lines in each group's section below.
    assert text.splitlines()[2] == total.group(0)
    sections = re.split(r"\n\n", text)
    for group, title in GROUPS.items():
        counts = summary["groups"][group]
        heading = next((s for s in sections[0].splitlines() if s.startswith(f"  {title}: ")), None)
        section = next((s for s in sections[1:] if s.startswith(f"{title}\n")), None)
        if counts["changes"] == 0:
            assert heading is None and section is None
            continue
        assert heading is not None and section is not None
        for kind in ("added", "removed", "changed"):
            shown = re.search(rf"(\d+) {kind}", heading)
            assert (int(shown.group(1)) if shown else 0) == counts[kind]
        assert heading.endswith(f"; {counts['breaking']} breaking")
        lines = [line for line in section.splitlines()[1:] if re.match(r"^ +[-+~] ", line)]
        assert len(lines) == counts["changes"]
        assert sum("(BREAKING: " in line for line in lines) == counts["breaking"]


def test_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    _, raw = run(capsys, str(OVIRT33), str(OVIRT36), "--json")
    report = json.loads(raw)
    assert report["format"] == FORMAT
    assert set(report) == {"format", "old", "new", "summary", "listed", "changes", "notes", "gate"}
    assert report["gate"] == {
        "fail_on": None, "failed": False, "accepted_breaks": None, "accepted": [], "stale": []
    }  # fmt: skip
    assert report["listed"] == "all"
    assert report["old"]["api_root"] == "/api" and report["new"]["api_root"] == "/ovirt-engine/api"
    assert set(report["summary"]["groups"]) == set(GROUPS)
    keys = {"id", "group", "subject", "item", "kind", "breaking", "reason", "old", "new"}
    assert all(set(c) == keys and c["reason"] for c in report["changes"])
    assert len({c["id"] for c in report["changes"]}) == len(report["changes"])  # 1,653 distinct ids


# --- self-diff and a synthetic edit -------------------------------------------------------------------------


def test_a_document_against_itself_reports_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run(capsys, str(OVIRT36), str(OVIRT36), "--fail-on", "any")
    assert status == 0
    assert text.splitlines()[2] == "0 changes: 0 breaking, 0 non-breaking"
    _, raw = run(capsys, str(OVIRT36), str(OVIRT36), "--json")
    assert json.loads(raw)["changes"] == []


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3.6 without `vms/{vm:id}/reboot`, with `max` on `GET vms` mandatory, without ValueType STRING."""
    folder = tmp_path_factory.mktemp("edited")
    rsdl = etree.parse(str(OVIRT36 / "rsdl.xml"))
    [reboot] = rsdl.xpath('//link[@href="vms/{vm:id}/reboot"]')
    reboot.getparent().remove(reboot)
    [max_] = rsdl.xpath('//link[@href="vms"][@rel="get"]//parameter[name="max"]')
    assert max_.get("required") == "false"
    max_.set("required", "true")
    rsdl.write(str(folder / "rsdl.xml"))
    schema = etree.parse(str(OVIRT36 / "api.xsd"))
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    [string] = schema.xpath(
        '//xs:simpleType[@name="ValueType"]//xs:enumeration[@value="STRING"]', namespaces=ns
    )
    string.getparent().remove(string)
    schema.write(str(folder / "api.xsd"))
    return folder


def test_a_synthetic_edit_reports_exactly_its_three_breaking_changes(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, raw = run(capsys, str(OVIRT36), str(edited), "--json", "--fail-on", "breaking")
    assert status == 1
    changes = {
        (c["group"], c["subject"], c["item"], c["kind"], c["breaking"])
        for c in json.loads(raw)["changes"]
    }
    assert changes == {
        ("links", "POST vms/{vm:id}/reboot (reboot)", None, "removed", True),
        ("operations", "GET vms (get)", "url parameter max", "changed", True),
        ("enums", "enum ValueType", "value STRING", "removed", True),
    }
    status, text = run(capsys, str(OVIRT36), str(edited))
    assert status == 0
    assert text.splitlines()[2] == "3 changes: 3 breaking, 0 non-breaking"
    assert "    ~ url parameter max [optional -> mandatory]  (BREAKING: " in text


def test_the_reverse_edit_breaks_nothing(edited: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run(capsys, str(edited), str(OVIRT36), "--fail-on", "breaking")
    assert status == 0
    assert text.splitlines()[2] == "3 changes: 0 breaking, 3 non-breaking"
    status, _ = run(capsys, str(edited), str(OVIRT36), "--fail-on", "any")
    assert status == 1


def test_four_files_are_two_pairs(edited: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd", edited / "rsdl.xml", edited / "api.xsd"]
    _, text = run(capsys, *map(str, files))
    assert text.splitlines()[2] == "3 changes: 3 breaking, 0 non-breaking"


def test_without_schemas_only_the_rsdl_is_compared(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, text = run(capsys, str(OVIRT36 / "rsdl.xml"), str(edited / "rsdl.xml"))
    assert "note: types not compared: OLD has no XML Schema" in text
    assert text.splitlines()[2] == "2 changes: 2 breaking, 0 non-breaking"


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["diff", str(OVIRT36), str(OVIRT36), str(OVIRT36)])
    assert exit.value.code == 2
    capsys.readouterr()
    assert main(["diff", str(tmp_path), str(OVIRT36)]) == 1
    err = capsys.readouterr().err
    assert err == f"rsdlgen: {tmp_path}: error: no rsdl.xml in this directory\n"


def test_colour_only_on_a_terminal_without_no_color(
    monkeypatch: pytest.MonkeyPatch, edited: Path, model36: Model
) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert not use_colour()  # pytest captures stdout: not a terminal
    monkeypatch.setattr("sys.stdout", Terminal())
    assert use_colour()
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour()
    result = diff(model36, rsdlgen.load(edited / "rsdl.xml", edited / "api.xsd"))
    assert "\033[" in render_text(result, colour=True)
    assert "\033[" not in render_text(result, colour=False)


# --- body parameters are compared where they land ----------------------------------------------------------


def respelled(folder: Path, old: str, new: str) -> Model:
    """3.6 with every body parameter named `old…` renamed `new…`."""
    folder.mkdir()
    text = (OVIRT36 / "rsdl.xml").read_text()
    assert f"<name>{old}" in text
    (folder / "rsdl.xml").write_text(text.replace(f"<name>{old}", f"<name>{new}"))
    return rsdlgen.load(folder / "rsdl.xml", OVIRT36 / "api.xsd")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("vm_pool.", "vmpool."),  # the VmPool body's root is <vmpool>: both spell it
        ("disk.provisioned_size", "provisioned_size"),  # left out: already relative to <disk>
    ],
)
def test_a_respelled_body_root_sends_the_same_xml_and_is_no_change(
    tmp_path: Path, model36: Model, old: str, new: str
) -> None:
    other = respelled(tmp_path / "other", old, new)
    result = diff(model36, other)
    assert result.changes == []
    assert model36.fingerprint != other.fingerprint


def test_a_renamed_body_parameter_still_breaks(tmp_path: Path, model36: Model) -> None:
    other = respelled(tmp_path / "other", "vm_pool.name", "vm_pool.title")
    result = diff(model36, other)
    assert {(c.subject, c.item, c.kind, c.breaking) for c in result.changes} == {
        ("POST vmpools (add)", "body parameter vm_pool.name", "removed", True),
        ("POST vmpools (add)", "body parameter vm_pool.title", "added", True),
        ("PUT vmpools/{vmpool:id} (update)", "body parameter vm_pool.name", "removed", True),
        ("PUT vmpools/{vmpool:id} (update)", "body parameter vm_pool.title", "added", False),
    }


def test_3_3_to_3_6_has_no_false_alarms_for_root_spellings(old_to_36: Report) -> None:
    _, report = old_to_36
    # 3.3 says `vmpool.name` and `provisioned_size`, 3.6 `vm_pool.name` and `disk.provisioned_size`.
    items = [
        c["item"] or ""
        for c in report["changes"]
        if c["subject"].startswith(("POST vmpools", "POST disks (add)"))
    ]
    assert not [i for i in items if i.endswith(("vmpool.name", "vm_pool.name", "provisioned_size"))]
    # a real change next to them is still found: 3.6 no longer lists disk.format in the LUN overload
    assert find(
        report,
        "POST disks (add)",
        "body overload 2 (disk.interface, disk.format, disk.lun_storage.type, "
        "disk.lun_storage.logical_unit) parameter disk.format",
    )


def test_breaking_only_lists_the_breaking_changes_under_the_full_summary(
    model33: Model, model36: Model
) -> None:
    result = diff(model33, model36)
    text = render_text(result, breaking_only=True)
    lines = text.splitlines()
    assert lines[2] == (
        f"{len(result.changes)} changes: {len(result.breaking)} breaking, "
        f"{len(result.changes) - len(result.breaking)} non-breaking"
    )
    changes = [line for line in lines if re.match(r"^ +[-+~] ", line)]
    assert len(changes) == len(result.breaking) and all("(BREAKING: " in c for c in changes)
    listed = result.as_json(breaking_only=True)
    assert listed["listed"] == "breaking" and len(listed["changes"]) == len(result.breaking)
    assert listed["summary"] == result.summary()


def test_a_change_and_its_reverse_count_the_same(model33: Model, model36: Model) -> None:
    """Issue 22 item 15: 3.3 -> 3.6 counted its types "485 added, 43 removed, 5 changed", the reverse
    "43 added, 480 removed, 10 changed" (a base gained was added, a base lost changed)."""
    forward = diff(model33, model36).summary()["groups"]
    backward = diff(model36, model33).summary()["groups"]
    for group, counts in forward.items():
        reverse = backward[group]
        assert (counts["added"], counts["removed"], counts["changed"]) == (
            reverse["removed"],
            reverse["added"],
            reverse["changed"],
        ), group
    assert (forward["types"]["added"], forward["types"]["removed"]) == (485, 43)
