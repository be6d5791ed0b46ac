"""CI gates: `rsdlgen diff` and `rsdlgen check` in the formats CI systems read (GitHub workflow commands, JUnit
XML, Markdown for a pull-request comment), accepted breaks, and a diff limited to a project's selection.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from junitparser import Failure, JUnitXml
from lxml import etree

from rsdlgen.commands.formats import command
from rsdlgen.commands.main import main
from rsdlgen.model.diffing import diff
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA, load
from tests.conftest import OVIRT33, OVIRT36, ROOT

JUNIT = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "support" / "junit.xsd")))
CDROM_DELETE = ("vms/{vm:id}/cdroms/{cdrom:id}", "delete")
DC_DELETE = ("datacenters/{datacenter:id}", "delete")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


def moved(folder: Path, *removed: tuple[str, str]) -> Path:
    """The default documents with the links `removed` (href below the root, rel) gone: breaking changes."""
    folder.mkdir()
    shutil.copy(str(DEFAULT_SCHEMA), folder / "api.xsd")
    tree = etree.fromstring(DEFAULT_RSDL.read_bytes())
    for href, rel in removed:
        (link,) = tree.xpath(f'//link[@href="/ovirt-engine/api/{href}"][@rel="{rel}"]')
        link.getparent().remove(link)
    (folder / "rsdl.xml").write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return folder


@pytest.fixture(scope="module")
def old_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("gate")
    old = folder / "old"
    old.mkdir()
    shutil.copy(str(DEFAULT_RSDL), old / "rsdl.xml")
    shutil.copy(str(DEFAULT_SCHEMA), old / "api.xsd")
    return str(old), str(moved(folder / "new", CDROM_DELETE))


# --- formats ------------------------------------------------------------------------------------------------


def test_github_workflow_commands(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(capsys, "diff", str(OVIRT33), str(OVIRT36), "--format", "github")
    assert status == 0  # a report; the gate is --fail-on
    result = diff(
        load(OVIRT33 / "rsdl.xml", OVIRT33 / "api.xsd"),
        load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"),
    )
    lines = out.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == len(result.breaking) and len(warnings) == len(result.changes) - len(
        result.breaking
    )
    # 3.3 rsdl.xml:9579 deletes a VM's CD-ROM; 3.6 does not: an error on the old document, where it was.
    cdrom = next(line for line in errors if "DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)" in line)
    assert cdrom.startswith(
        f"::error file={OVIRT33 / 'rsdl.xml'},title=Breaking change (links)::removed DELETE vms/"
    )
    assert re.search(r" \[[0-9a-f]{12}\]$", cdrom)
    assert (
        lines[-1]
        == f"{len(result.changes)} changes, {len(result.breaking)} breaking ({len(result.breaking)} not accepted)"
    )


def test_workflow_commands_escape_what_the_runner_reads() -> None:
    # a name from a document may hold anything; the runner splits properties on `,` and `:`, lines on newlines
    line = command("error", "50% of\nit", file="a,b:c.xml", title="T: x")
    assert line == "::error file=a%2Cb%3Ac.xml,title=T%3A x::50%25 of%0Ait"
    assert command("warning", "plain") == "::warning::plain"


def test_junit_report_is_valid_and_fails_per_group(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out = run(
        capsys, "diff", str(OVIRT33), str(OVIRT36), "--format", "junit", "--fail-on", "breaking"
    )
    assert status == 1
    document = etree.fromstring(out.encode())
    JUNIT.assertValid(document)
    (tmp_path / "report.xml").write_text(out)
    suites = JUnitXml.fromfile(str(tmp_path / "report.xml"))  # as a reader of CI reports reads it
    (suite,) = list(suites)
    cases = {case.name.split(":")[0]: case for case in suite}
    assert list(cases) == ["general", "links", "operations", "types", "enums"]
    report = json.loads(run(capsys, "diff", str(OVIRT33), str(OVIRT36), "--json")[1])
    for group, counts in report["summary"]["groups"].items():
        failures = [r for r in cases[group].result if isinstance(r, Failure)]
        assert len(failures) == (1 if counts["breaking"] else 0)
        if failures:
            assert failures[0].message == f"{counts['breaking']} breaking changes"
            assert len(failures[0].text.splitlines()) == counts["breaking"]
    assert suite.failures == sum(1 for c in report["summary"]["groups"].values() if c["breaking"])


def test_markdown_summary_puts_breaking_changes_first(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "diff", str(OVIRT33), str(OVIRT36), "--format", "markdown")
    report = json.loads(run(capsys, "diff", str(OVIRT33), str(OVIRT36), "--json")[1])
    summary = report["summary"]
    assert out.startswith(f"### rsdlgen diff: {summary['breaking']} breaking changes\n")
    listed = out.split("\n#### Breaking\n\n")[1].split("\n\n")[0].splitlines()
    assert len(listed) == summary["breaking"] and all(line.startswith("- ") for line in listed)
    assert "| group | changes | breaking | added | removed | changed |" in out
    assert (
        f"| Links | {summary['groups']['links']['changes']} | {summary['groups']['links']['breaking']} |"
        in out
    )
    groups_with_changes = sum(1 for g in summary["groups"].values() if g["changes"])
    assert out.count("<details><summary>") == out.count("</details>") == groups_with_changes
    assert out.index("#### Breaking") < out.index("| group |") < out.index("<details>")


def test_check_of_trees_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "client"
    assert main(["generate", "--target", "client", "--out", str(out_dir), "-q"]) == 0
    check = ["check", "--target", "client", "--generated", str(out_dir)]
    assert run(capsys, *check, "--format", "github") == (0, "generated trees up to date\n")
    (out_dir / "ovirtsdk3" / "xml.py").unlink()
    status, out = run(capsys, *check, "--format", "github")
    assert status == 1
    assert out == (
        f"::error file={out_dir}/ovirtsdk3/xml.py,title=Stale generated file (client)::added: "
        f"ovirtsdk3/xml.py in {out_dir}; run `rsdlgen generate` and commit the result\n"
    )
    status, out = run(capsys, *check, "--format", "junit")
    JUNIT.assertValid(etree.fromstring(out.encode()))
    assert (
        status == 1
        and '<failure message="1 stale files" type="stale files">added ovirtsdk3/xml.py' in out
    )
    status, out = run(capsys, *check, "--format", "markdown")
    assert status == 1 and out.startswith("### rsdlgen check: stale generated files\n")
    assert "- added `ovirtsdk3/xml.py`" in out
    with pytest.raises(SystemExit) as usage:
        main([*check, "--json", "--format", "junit"])
    assert usage.value.code == 2
    assert "--json and --format junit contradict each other" in capsys.readouterr().err


# --- accepted breaks ----------------------------------------------------------------------------------------


def test_accepted_breaks_flow(
    old_new: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = old_new
    accepted = tmp_path / "accepted-breaks.txt"
    assert run(capsys, "diff", old, new, "--fail-on", "breaking")[0] == 1
    # written for review: the one breaking change, its id first
    assert main(["diff", old, new, "--write-accepted", str(accepted)]) == 0
    assert "wrote 1 breaking changes to" in capsys.readouterr().err
    entries = [line for line in accepted.read_text().splitlines() if not line.startswith("#")]
    assert len(entries) == 1 and "DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)" in entries[0]
    change_id = entries[0].split()[0]
    # accepted: the gate passes (an accepted-breaks list means --fail-on breaking)
    status, out = run(capsys, "diff", old, new, "--accept", str(accepted))
    assert status == 0 and f"accepted breaks ({accepted}): 1 accepted, 0 not" in out
    assert f"[{change_id}]" in out
    # a break nobody accepted fails; the accepted one still passes
    newer = str(moved(tmp_path / "newer", CDROM_DELETE, DC_DELETE))
    status, out = run(capsys, "diff", old, newer, "--accept", str(accepted), "--format", "github")
    assert status == 1
    assert sum(line.startswith("::error ") for line in out.splitlines()) == 1
    assert "DELETE datacenters/{datacenter:id} (delete)" in next(
        line for line in out.splitlines() if line.startswith("::error")
    )
    assert any(line.startswith("::notice ") and change_id in line for line in out.splitlines())
    # a stale entry (a break that is gone) is reported, in every format
    accepted.write_text(accepted.read_text() + "0123456789ab  a break reverted since\n")
    status, out = run(capsys, "diff", old, new, "--accept", str(accepted))
    assert (
        status == 0
        and "stale accepted break 0123456789ab: matches no breaking change any more" in out
    )
    _, out = run(capsys, "diff", old, new, "--accept", str(accepted), "--format", "github")
    assert (
        f"::warning file={accepted},title=Stale accepted break::accepted break 0123456789ab" in out
    )
    report = json.loads(run(capsys, "diff", old, new, "--accept", str(accepted), "--json")[1])
    assert report["gate"] == {
        "fail_on": "breaking", "failed": False, "accepted_breaks": str(accepted),
        "accepted": [change_id], "stale": ["0123456789ab"],
    }  # fmt: skip
    # a line that names no id: one line naming the file and line
    accepted.write_text("# ok\nnot-an-id here\n")
    assert main(["diff", old, new, "--accept", str(accepted)]) == 1
    assert capsys.readouterr().err == (
        f"rsdlgen: {accepted}:2: error: 'not-an-id' is not a change id (12 hex digits, as reports print them)\n"
    )


def test_configured_accepted_breaks_and_selection_apply_to_check_against(
    old_new: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = old_new
    accepted = tmp_path / "accepted.txt"
    assert main(["diff", old, new, "--write-accepted", str(accepted), "-q"]) == 0
    config = tmp_path / "rsdlgen.toml"
    config.write_text(
        f'rsdl = "{old}/rsdl.xml"\nschema = "{old}/api.xsd"\naccepted-breaks = "accepted.txt"\n'
    )
    capsys.readouterr()
    assert main(["check", "--config", str(config), "--against", new]) == 0
    assert "1 accepted, 0 not" in capsys.readouterr().out
    # limited to the data centers, the VM's CD-ROM is not looked at: no change, its acceptance stale
    status, out = run(
        capsys, "check", "--config", str(config), "--against", new, "--include", "datacenters/**"
    )
    assert status == 0
    assert "0 changes: 0 breaking, 0 non-breaking" in out
    assert "note: limited to the selection: include datacenters/**" in out
    assert "stale accepted break" in out
    # limited to the VMs, it is
    status, out = run(
        capsys, "check", "--config", str(config), "--against", new, "--include", "vms/**", "--json"
    )
    report = json.loads(out)
    assert report["diff"]["summary"]["breaking"] == 1 and report["diff"]["gate"]["accepted"]


def test_a_diff_limited_to_a_selection(capsys: pytest.CaptureFixture[str]) -> None:
    report = json.loads(
        run(capsys, "diff", str(OVIRT33), str(OVIRT36), "--include", "vms/**", "--json")[1]
    )
    links = [c for c in report["changes"] if c["group"] in ("links", "operations")]
    assert links and all(re.match(r"^\w+ vms(/|\s)", c["subject"]) for c in links)
    assert report["notes"][-1] == "limited to the selection: include vms/**"
    # a pattern matching nothing on either side
    assert main(["diff", str(OVIRT33), str(OVIRT36), "--include", "vmz/**"]) == 2
    assert "include pattern 'vmz/**' matches no link of either" in capsys.readouterr().err
