"""The changes page: `rsdlgen generate --target docs --since OLD` renders the semantic diff from OLD, linked
from the sections and pages it is about."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.model.diffing import GROUPS, diff
from rsdlgen.targets import docs
from tests.conftest import ROOT
from tests.support.golden import FIXTURE
from tests.targets.docs.test_links import broken_links


@pytest.fixture(scope="module")
def since33(model33: rsdlgen.Model, model36: rsdlgen.Model) -> dict[str, str | bytes]:
    """The 3.6 site with its changes since 3.3, rendered once for the tests that read it."""
    return docs.render(model36, "docs", since=model33)


def test_changes_page_lists_the_diff_and_pages_link_to_it(
    model33: rsdlgen.Model, model36: rsdlgen.Model, since33: dict[str, str | bytes]
) -> None:
    site = {k: v for k, v in since33.items() if isinstance(v, str)}
    expected = diff(model33, model36)
    changes = html.fromstring(site["changes.html"])
    items = changes.xpath("//ul[@class='changes']/li")
    assert len(items) == len(expected.changes) > 100
    assert len(changes.xpath("//ul[@class='changes']/li[span[text()='breaking']]")) == len(
        expected.breaking
    )
    vm = html.fromstring(site["resources/vms.vm-id.html"])
    badges = vm.xpath("//section[@class='method']//a[contains(@class, 'badge')]/@href")
    assert badges and all(b.startswith("../changes.html#change-") for b in badges)
    anchors = set(changes.xpath("//section/@id"))
    assert {b.split("#")[1] for b in badges} <= anchors
    problems, _ = broken_links(site)
    assert problems == []


def test_changes_page_lists_breaking_changes_first_with_a_filter(
    model33: rsdlgen.Model, model36: rsdlgen.Model, since33: dict[str, str | bytes]
) -> None:
    """The breaking subjects come first, each group in the order of the diff's groups; the filter (breaking
    only, per group) is form controls and :has() rules, so it needs no script."""
    changes = html.fromstring(str(since33["changes.html"]))
    expected = diff(model33, model36)
    first, other = changes.xpath("//section[@class='changes-part']")
    assert (first.get("id"), other.get("id")) == ("breaking-changes", "other-changes")
    assert first.xpath(".//section[contains(@class, 'change')]/@class") == (
        ["change breaking"] * len(first.xpath(".//section[contains(@class, 'change')]"))
    )
    assert not other.xpath(".//li[span[text()='breaking']]")
    assert len(first.xpath(".//li[span[text()='breaking']]")) == len(expected.breaking)
    assert not first.xpath(".//li[span[text()='breaking']][contains(@class, 'compatible')]")
    groups = first.xpath("div[@class='change-group']/@data-group")
    assert groups == sorted(groups, key=list(GROUPS).index) and len(groups) > 1
    options = changes.xpath("//select[@id='change-group']/option/@value")
    assert options[0] == "" and set(options[1:]) == {c.group for c in expected.changes}
    style = changes.xpath("//head/style")[0].text
    for group in options[1:]:
        assert (
            f'option[value="{group}"]:checked) .change-group:not([data-group="{group}"])' in style
        )
    assert changes.xpath("//input[@id='only-breaking'][@type='checkbox']")


def test_without_since_there_is_no_changes_page(default_model: rsdlgen.Model) -> None:
    assert "changes.html" not in docs.render(default_model, "docs")


def test_cli_since(tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "generate", "--target", "docs", "--out", str(out)]
        + ["--rsdl", str(ROOT / "rsdl" / "rsdl.xml"), "--schema", str(ROOT / "rsdl" / "api.xsd")]
        + ["--since", str(FIXTURE)],  # small documents: the changes of 3.6 are the tests' above
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (out / "changes.html").is_file()
    wrong = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "generate", "--target", "client", "--since", str(FIXTURE)]
        + ["--out", str(tmp_path / "client")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert wrong.returncode == 2
    assert wrong.stderr == "rsdlgen generate: error: --since is for the docs target\n"


def test_since_from_the_project_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rsdlgen.toml").write_text(
        f"rsdl = '{ROOT / 'rsdl' / 'rsdl.xml'}'\nschema = '{ROOT / 'rsdl' / 'api.xsd'}'\n"
        f"[targets.docs]\nout = 'site'\noptions = {{ since = '{FIXTURE}' }}\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    assert (tmp_path / "site" / "changes.html").is_file()
    assert main(["check", "-q"]) == 0
