"""The docs site in a real browser: Debian's headless Chromium driven by Playwright, pages loaded from file://.

Needs `apt-get install chromium` (at /usr/bin/chromium) and `pip install playwright`; Playwright's own browser
download is not used.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

import rsdlgen
from rsdlgen.targets import docs
from rsdlgen.targets.rendering import write_tree
from tests.conftest import OVIRT33, OVIRT36
from tests.support.browser import Errors, artifacts

pytestmark = pytest.mark.e2e  # Chromium


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    write_tree(out, docs.render(rsdlgen.load(), docs.DEFAULT_PACKAGE))
    return out


@pytest.fixture(scope="module")
def site36(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 3.6 site with its changes page since 3.3."""
    out = tmp_path_factory.mktemp("docs36")
    model = rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")
    write_tree(
        out,
        docs.render(model, "docs", since=rsdlgen.load(OVIRT33 / "rsdl.xml", OVIRT33 / "api.xsd")),
    )
    return out


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


# --- issue 26: widths, schemes, the changes filter ---------------------------------------------------------

WIDTHS = [360, 600, 900, 1400, 2560]
SCREENSHOTS = {
    "index": "index.html",
    "vm": "resources/vms.vm-id.html",
    "vm-type": "types/VM.html",
    "changes": "changes.html",
}
# Every word of a TOC label (what lies between `/`, `_`, `.` and spaces) on one line: a word broken inside
# (`commit_snapsho` / `t`) has its characters on two lines.
BROKEN_TOC_WORDS = """() => {
  const broken = [];
  for (const label of document.querySelectorAll("nav.toc a")) {
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const word of text.data.matchAll(/[^\\/_.\\s]+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.bottom)));
        if (lines.size > 1) { broken.push(label.textContent.trim()); }
      }
    }
  }
  return broken;
}"""


def _layout_sample(site: Path) -> list[str]:
    """The pages the issue names, the longest hrefs, and a fixed sample of every kind."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    longest = sorted(pages, key=len)[-2:]
    return list(
        dict.fromkeys([*SCREENSHOTS.values(), "resources/vms.html", *longest, *pages[::150]])
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways_and_no_toc_word_breaks(
    browser: Browser, site36: Path, width: int
) -> None:
    errors = Errors()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = errors.watch(context.new_page())
    wide, broken, tocs = [], [], 0
    for path in _layout_sample(site36):
        page.goto((site36 / path).as_uri())
        expect(page.locator("#side-filter")).to_be_attached()  # nav.js has built the whole tree
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            wide.append(f"{path}: {overflow}px")
        if page.locator("nav.toc").is_visible():
            tocs += 1
            broken += [f"{path}: {label}" for label in page.evaluate(BROKEN_TOC_WORDS)]
    context.close()
    assert wide == [] and broken == [] and errors == []
    assert tocs > 0 or width < 1200  # the TOC column shows from 75rem


def test_the_toc_check_sees_a_word_broken_mid_word(browser: Browser, site36: Path) -> None:
    """The check above catches what the issue saw, when the stylesheet breaks anywhere again."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto((site36 / "resources" / "vms.vm-id.html").as_uri())
    old = ".layout { grid-template-columns: 17rem minmax(0, 1fr) 13rem; } nav.toc a { word-break: break-all; }"
    page.add_style_tag(content=old + " nav.toc .label { overflow: visible; }")
    broken = page.evaluate(BROKEN_TOC_WORDS)
    assert any("reordermacaddresses" in label for label in broken), broken
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_in_both_schemes(browser: Browser, site36: Path, scheme: str) -> None:
    """Index, vms/{vm:id}, types/VM and changes at 360, 900 and 1,400 px, kept as artifacts; the page is in
    the scheme asked (its background dark or light)."""
    errors = Errors()
    for width in (360, 900, 1400):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = errors.watch(context.new_page())
        for name, path in SCREENSHOTS.items():
            page.goto((site36 / path).as_uri())
            expect(page.locator("#side-filter")).to_be_attached()
            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            assert background == ("rgb(13, 17, 23)" if scheme == "dark" else "rgb(255, 255, 255)")
            page.screenshot(path=str(artifacts() / f"{name}-{scheme}-{width}.png"))
        context.close()
    assert errors == []


def test_scheme_toggle_is_remembered_by_the_browser(browser: Browser, site36: Path) -> None:
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto((site36 / "index.html").as_uri())
    toggle = page.locator("#theme")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_text("☾ Dark")
    toggle.click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
    other = context.new_page()  # another page of the same browser, the system still light
    other.goto((site36 / "types" / "VM.html").as_uri())
    expect(other.locator("html")).to_have_attribute("data-theme", "dark")
    expect(other.locator("#theme")).to_have_text("☀ Light")
    other.locator("#theme").click()
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_changes_filter_shows_breaking_changes_and_one_group(
    browser: Browser, site36: Path, javascript: bool
) -> None:
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto((site36 / "changes.html").as_uri())
    breaking = page.locator("#breaking-changes li:has(.badge.breaking)")
    total = page.locator("ul.changes > li")
    assert breaking.count() > 0 and total.count() > breaking.count()
    expect(page.locator("#other-changes")).to_be_visible()
    page.locator("#only-breaking").check()
    expect(page.locator("#other-changes")).to_be_hidden()
    visible = page.locator("ul.changes > li:visible")
    assert visible.count() == breaking.count()
    page.locator("#change-group").select_option("types")
    groups = page.locator(".change-group:visible")
    assert set(groups.evaluate_all("gs => gs.map(g => g.dataset.group)")) == {"types"}
    page.locator("#only-breaking").uncheck()
    expect(page.locator("#other-changes .change-group[data-group='types']")).to_be_visible()
    context.close()


def test_try_it_says_how_to_get_it_from_file_and_from_another_server(
    browser: Browser, site: Path
) -> None:
    """Only `rsdlgen serve --docs` serves an engine.js naming an engine: elsewhere each panel keeps its one
    line, and no form that could send anything."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    errors = Errors()
    page = errors.watch(browser.new_page())
    try:
        for url in [
            (site / "resources" / "vms.html").as_uri(),
            f"http://127.0.0.1:{server.server_address[1]}/resources/vms.html",
        ]:
            page.goto(url)
            expect(page.locator("#side-filter")).to_be_attached()  # the deferred scripts have run
            panels = page.locator(".tryit")
            assert panels.count() == page.locator("section.method").count() > 0
            expect(panels.first).to_have_text(
                "Try it: rsdlgen serve --docs serves these pages with a live mock engine to send "
                "this request to."
            )
            assert page.locator(".tryit form").count() == 0
    finally:
        server.shutdown()
        server.server_close()
    assert errors == []
