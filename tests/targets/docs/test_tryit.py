"""The Try it panels against a live engine: `rsdlgen serve --docs` on oVirt 3.6, driven in Debian's Chromium.

A new user logs in, creates a VM with the example body of `POST vms` (its cluster and template references
filled with the engine's own), starts it from `vms/{vm:id}` and sees it `up` through a GET; a body missing what
the engine needs shows the engine's 400 fault (guide §3.11: a VM is added from a cluster and a template).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.conftest import OVIRT36
from tests.support.browser import Errors, artifacts

pytestmark = pytest.mark.e2e  # Chromium and `rsdlgen serve`
USER, PASSWORD = "admin@internal", "try-it"
# what Chromium logs for every 4xx answer, the deliberate 400 among them
FAULT_LOGGED = (
    "console: Failed to load resource: the server responded with a status of 400 (Bad Request)"
)


@pytest.fixture(scope="module")
def docs_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`rsdlgen serve --docs` on 3.6 (its docs rendered into a cache of this test); the docs' URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "rsdlgen", "serve", "--docs", "--port", "0", "-q"]
        + ["--rsdl", str(OVIRT36 / "rsdl.xml"), "--schema", str(OVIRT36 / "api.xsd")]
        + ["--password", PASSWORD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "RSDLGEN_CACHE_DIR": str(tmp_path_factory.mktemp("cache")),
        },
    )
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(3)]
    try:
        assert re.fullmatch(r"mock engine: http://127\.0\.0\.1:\d+/ovirt-engine/api\n", lines[0])
        docs = re.fullmatch(r"docs: (http://127\.0\.0\.1:\d+/docs/)\n", lines[1])
        assert docs is not None, lines
        yield docs[1]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(20)


def _open(page: Page, anchor: str) -> Locator:
    """The Try it panel of the operation `anchor`, opened."""
    panel = page.locator(f"#{anchor} .tryit")
    panel.locator("summary", has_text="Try it").click()
    return panel


def _send(panel: Locator, status: str) -> str:
    """Send; the answer's status line must match `status`; the answer's body."""
    panel.get_by_role("button", name="Send").click()
    expect(panel.locator(".answer-status")).to_have_text(re.compile(status))
    return panel.locator(".answer-body").text_content() or ""


def test_create_start_and_see_a_vm_up_then_a_fault(browser: Browser, docs_url: str) -> None:
    errors = Errors()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = errors.watch(context.new_page())
    page.goto(docs_url + "resources/vms.html")

    add = _open(page, "add")
    add.locator("input[name=user]").fill(USER)
    add.locator("input[name=password]").fill(PASSWORD)
    add.get_by_role("button", name="Log in").click()
    expect(add.locator(".who")).to_have_text(f"Logged in as {USER}")
    body = add.locator("textarea[name=body]")
    expect(body).not_to_have_value(re.compile(r'id="123"'))  # the engine's own cluster and template
    expect(add.locator(".request")).to_have_text(re.compile(r"^POST /ovirt-engine/api/vms$"))
    created = _send(add, r"^20[12] ")
    vm = re.search(r'^<vm id="([0-9a-f-]{36})" href="/ovirt-engine/api/vms/\1"', created)
    assert vm is not None, created
    assert f"location: /ovirt-engine/api/vms/{vm[1]}" in (
        add.locator(".answer-headers").text_content() or ""
    )
    add.screenshot(path=str(artifacts() / "tryit-add.png"))

    page.goto(docs_url + "resources/vms.vm-id.html")  # the login holds for the tab
    start = _open(page, "start")
    expect(start.locator(".who")).to_have_text(f"Logged in as {USER}")
    picker = start.locator("select[name='vm:id']")
    expect(picker.locator(f"option[value='{vm[1]}']")).to_have_text(f"my_name ({vm[1]})")
    picker.select_option(vm[1])
    expect(start.locator(".request")).to_have_text(f"POST /ovirt-engine/api/vms/{vm[1]}/start")
    assert "<state>complete</state>" in _send(start, r"^20[02] ")

    get = _open(page, "get")
    get.locator("select[name='vm:id']").select_option(vm[1])
    get.locator("select[name=format]").select_option("json")
    answer = _send(get, r"^200 OK$")
    assert re.search(r'"status": \{\s*"state": "up"', answer), answer
    get.screenshot(path=str(artifacts() / "tryit-get.png"))

    page.goto(docs_url + "resources/vms.html")
    add = _open(page, "add")
    body = add.locator("textarea[name=body]")
    # once the page has put the engine's references in (a fill racing that lands after the example)
    expect(body).not_to_have_value(re.compile(r'id="123"'))
    body.fill("<vm><name>no_template</name></vm>")
    fault = _send(add, r"^400 Bad Request$")
    assert "<reason>Incomplete parameters</reason>" in fault
    assert "vm.template.id|name, vm.cluster.id|name" in fault
    context.close()
    assert errors == [FAULT_LOGGED]


def test_a_wrong_password_is_refused_and_nothing_is_kept(browser: Browser, docs_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(docs_url + "resources/vms.vm-id.html")
    panel = _open(page, "get")
    panel.locator("input[name=user]").fill(USER)
    panel.locator("input[name=password]").fill("wrong")
    panel.get_by_role("button", name="Log in").click()
    expect(panel.locator(".who")).to_have_text("Refused: 401 Unauthorized")
    assert page.evaluate("sessionStorage.length") == 0
    expect(panel.locator("select[name='vm:id'] option")).to_have_text(["log in to list"])
    context.close()
