"""Debian's headless Chromium driven by Playwright, for the docs' browser tests (Playwright's own browser
download is never used): the launch arguments, a recorder of console errors, and where screenshots go.
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page

from tests.conftest import ROOT

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


def artifacts() -> Path:
    """Where screenshots go, for a CI to keep: $RSDLGEN_ARTIFACTS, else artifacts/docs (git-ignored)."""
    folder = Path(os.environ.get("RSDLGEN_ARTIFACTS") or ROOT / "artifacts") / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Errors(list[str]):
    """Console errors and uncaught exceptions of a page, as they happen."""

    def watch(self, page: Page) -> Page:
        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.append(f"console: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.append(f"uncaught: {error}"))
        return page
