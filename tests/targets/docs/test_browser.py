"""The docs site in a real browser: Debian's headless Chromium driven by Playwright, pages loaded from file://.

Needs `apt-get install chromium` (at /usr/bin/chromium) and `pip install playwright`; Playwright's own browser
download is not used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import os

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

import rsdlgen
from rsdlgen.targets.rendering import write_tree
from rsdlgen.targets import docs

from tests.conftest import OVIRT36, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    write_tree(out, docs.render(rsdlgen.load(), docs.DEFAULT_PACKAGE))
    return out


@pytest.fixture(scope="module")
def site36(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs36")
    write_tree(out, docs.render(rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"), "docs"))
    return out


def artifacts() -> Path:
    """Where screenshots go, for a CI to keep: $RSDLGEN_ARTIFACTS, else artifacts/docs (git-ignored)."""
    folder = Path(os.environ.get("RSDLGEN_ARTIFACTS") or ROOT / "artifacts") / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert (
        CHROMIUM.exists()
    ), "the browser tests need Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Errors(list[str]):
    """Console errors and uncaught exceptions of a page, as they happen."""

    def watch(self, page: Page) -> Page:
        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.append(f"console: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.append(f"uncaught: {error}"))
        return page


def test_search_leads_from_the_index_to_the_vm_shutdown_action(
    browser: Browser, site: Path
) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page())
    page.goto((site / "index.html").as_uri())
    expect(page.locator("h1")).to_contain_text("API reference")
    assert errors == []

    page.keyboard.press("/")  # keyboard shortcut to the search box
    expect(page.locator("#search")).to_be_focused()
    page.keyboard.type("shutdown")
    first = page.locator("#search-results [role=option]").first
    expect(first).to_contain_text("shutdown")
    expect(first).to_contain_text("POST vms/{vm:id}/shutdown")
    expect(page.locator("#search")).to_have_attribute("aria-expanded", "true")

    page.keyboard.press("ArrowDown")
    expect(first).to_have_attribute("aria-selected", "true")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == (site / "resources" / "vms.vm-id.html").as_uri() + "#shutdown"
    section = page.locator("#shutdown")
    expect(section).to_be_visible()
    expect(section).to_be_in_viewport()
    expect(section.locator("h3")).to_contain_text("POST")
    expect(section.locator("h3")).to_contain_text("/ovirt-engine/api/vms/{vm:id}/shutdown")
    assert errors == []


def test_search_results_resolve_from_a_page_below_the_root(browser: Browser, site: Path) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page())
    page.goto((site / "types" / "Host.html").as_uri())
    page.locator("#search").fill("VM.memory")
    result = page.locator("#search-results [role=option] a").first
    expect(result).to_contain_text("VM.memory")
    with page.expect_navigation():
        result.click()
    assert page.url == (site / "types" / "VM.html").as_uri() + "#memory"
    expect(page.locator("#memory")).to_be_in_viewport()
    assert errors == []


def test_vm_type_page_lists_memory_as_a_long(browser: Browser, site: Path) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page())
    page.goto((site / "types" / "VM.html").as_uri())
    memory = page.locator("tr#memory")
    expect(memory.locator("td").nth(0)).to_have_text("memory")
    expect(memory.locator("td").nth(1)).to_have_text("xs:long")
    assert errors == []


@pytest.mark.parametrize("path", ["index.html", "resources/vms.html", "types/VM.html"])
def test_pages_fit_a_phone_screen(browser: Browser, site: Path, path: str) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto((site / path).as_uri())
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} is {overflow}px wider than a phone screen"


@pytest.mark.parametrize(
    "name, path",
    [
        ("index", "index.html"),
        ("vm", "resources/vms.vm-id.html"),
        ("vm-type", "types/VM.html"),
    ],
)
def test_screenshots_of_the_ovirt36_site(
    browser: Browser, site36: Path, name: str, path: str
) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page(viewport={"width": 1600, "height": 1000}))
    page.goto((site36 / path).as_uri())
    expect(page.locator("#side-filter")).to_be_visible()  # nav.js has built the whole tree
    page.screenshot(path=str(artifacts() / f"{name}.png"))
    assert errors == []


def test_search_ranks_what_is_meant_and_keeps_hrefs_in_the_box(
    browser: Browser, site36: Path
) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page(viewport={"width": 1600, "height": 1000}))
    page.goto((site36 / "index.html").as_uri())
    page.locator("#search").fill("vm start")
    options = page.locator("#search-results [role=option]")
    expect(options.first).to_contain_text("POST vms/{vm:id}/start")
    expect(options.first.locator(".kind")).to_have_text("action")
    page.screenshot(path=str(artifacts() / "search.png"))
    box = page.locator("#search-results")
    assert page.evaluate("(b) => b.scrollWidth - b.clientWidth", box.element_handle()) <= 0

    page.locator("#search").fill("add disk")
    labels = page.locator("#search-results [role=option] .label").all_text_contents()
    disks = next(
        i for i, label in enumerate(labels) if label.endswith("/disks") or label == "POST disks"
    )
    permissions = [i for i, label in enumerate(labels) if "permission" in label]
    assert labels[disks].startswith("POST") and all(disks < i for i in permissions), labels[:10]

    page.locator("#search").fill("Correlation-Id")
    expect(options.first).to_contain_text("Correlation-Id")
    expect(options.first.locator(".kind")).to_have_text("header")
    assert errors == []


def test_sidebar_navigates_toc_jumps_and_filter_narrows(browser: Browser, site36: Path) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page(viewport={"width": 1600, "height": 1000}))
    page.goto((site36 / "resources" / "vms.vm-id.html").as_uri())
    current = page.locator("#sidebar [aria-current=page]")
    expect(current).to_have_text("{vm:id}")
    expect(current).to_be_visible()  # the branch to this page is open
    with page.expect_navigation():
        page.locator("#sidebar a[href='../resources/vms.vm-id.nics.html']").click()
    assert page.url.endswith("resources/vms.vm-id.nics.html")
    expect(page.locator("#sidebar [aria-current=page]")).to_have_text("nics")

    page.goto((site36 / "resources" / "vms.vm-id.html").as_uri())
    page.locator("nav.toc a[href='#start']").click()
    expect(page.locator("#start")).to_be_in_viewport()
    assert page.url.endswith("#start")

    page.locator("#side-filter").fill("glustervolumes")
    visible = page.locator(
        "#side-tree li:not([hidden]) > a, #side-tree li:not([hidden]) > details > summary > a"
    )
    texts = [t for t in visible.all_text_contents() if t]
    assert "glustervolumes" in texts and "vms" not in texts
    assert errors == []


def test_pages_read_without_javascript(browser: Browser, site36: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site36 / "resources" / "vms.vm-id.disks.html").as_uri())
    expect(page.locator("#sidebar [aria-current=page]")).to_have_text("disks")
    expect(page.locator("#sidebar a", has_text="vms").first).to_be_visible()
    expect(page.locator("#add .python")).to_contain_text("api.vms.get(id=VM_ID).disks.add(")
    context.close()


def test_no_page_of_the_ovirt36_site_logs_a_console_error(browser: Browser, site36: Path) -> None:
    errors = Errors()
    page = errors.watch(browser.new_page())
    pages = sorted(p.relative_to(site36).as_posix() for p in site36.rglob("*.html"))
    for path in pages[
        :: max(1, len(pages) // 60)
    ]:  # about 60 pages of every kind, in a fixed sample
        page.goto((site36 / path).as_uri())
        expect(page.locator("#side-filter")).to_be_attached()
        assert errors == [], path
