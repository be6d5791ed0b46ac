"""The docs site in a real browser: Debian's headless Chromium driven by Playwright, pages loaded from file://.

Needs `apt-get install chromium` (at /usr/bin/chromium) and `pip install playwright`; Playwright's own browser
download is not used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

import rsdlgen
from rsdlgen.targets.rendering import write_tree
from rsdlgen.targets import docs

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
