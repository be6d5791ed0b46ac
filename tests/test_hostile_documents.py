"""Documents written by an attacker: every name and text of the RSDL and the XSD (hrefs, rels, parameter and
header names, enum values, type, element and attribute names, documentation, the API root, the file names)
holds quotes, triple quotes, backslashes, newlines, `{{ }}`, `{% %}`, `</script>`, non-ASCII, and payloads that
run code if pasted raw. Every target renders; the client and the server import and answer, and nothing runs
(the payloads touch a sentinel file, which must never appear); the docs run no script in Chromium.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from playwright.sync_api import Browser

import rsdlgen
from rsdlgen.errors import InputError, one_line
from rsdlgen.targets import targets
from rsdlgen.targets.rendering import write_tree
from tests.conftest import ROOT
from tests.support.hostile import HOSTILE_TEXT, ROLES, file_name, hostile_documents, payloads
from tests.targets.docs.conftest import browser  # noqa: F401 (the fixture: Debian's chromium)

# Imports both packages, lets the server answer a GET of every path of the document, and reads back the API
# root the client was generated for: all of it must run nothing the documents hold.
IMPORT_AND_ANSWER = textwrap.dedent("""
    import asyncio, base64, sys
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    import hostile_client, hostile_server
    from tests.support.asgi import call
    app = hostile_server.create_app()
    auth = [(b"authorization", b"Basic " + base64.b64encode(b"admin@internal:admin"))]
    root = hostile_server.API_ROOT.encode("utf-8", "surrogateescape")
    for path in (b"", b"/", b"/nothing"):
        status = asyncio.run(call(app, "GET", root + path, headers=auth)).status
        assert status < 500, (path, status)
    assert hostile_client.API_ROOT == hostile_server.API_ROOT
    print("imported")
    """)


PACKAGES = {"client": "hostile_client", "server": "hostile_server"}


def render_all(tmp: Path, words: dict[str, str]) -> tuple[rsdlgen.Model, Path] | None:
    rsdl, schema = hostile_documents(words)
    folder = tmp / "documents"
    folder.mkdir(exist_ok=True)
    name = file_name(words.get("file", "file"))
    (folder / f"{name}.xml").write_bytes(rsdl)
    (folder / f"{name}.xsd").write_bytes(schema)
    try:
        model = rsdlgen.load(folder / f"{name}.xml", folder / f"{name}.xsd")
        rendered = {
            target.NAME: target.render(model, PACKAGES.get(target.NAME, "docs"))
            for target in targets().values()
        }
    except InputError as refused:  # a refusal is fine, in one located line: nothing is written
        assert "\n" not in str(refused) and str(refused).startswith(one_line(str(folder / name)))
        return None
    for target in targets().values():
        write_tree(tmp / target.NAME, rendered[target.NAME], target.USER_OWNED)
    return model, tmp


def assert_runs_nothing(tmp: Path, sentinel: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_ANSWER, str(tmp / "client"), str(tmp / "server")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip() == "imported", done.stderr[-2000:]
    assert not sentinel.exists(), "a document's text ran as code"


WORDS = st.fixed_dictionaries(
    {
        role: st.one_of(HOSTILE_TEXT, st.sampled_from(payloads(Path("/tmp/rsdlgen-sentinel"))))
        for role in ROLES
    }
)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(WORDS)
def test_any_document_renders_into_code_that_runs_nothing_of_it(
    tmp_path_factory: pytest.TempPathFactory, words: dict[str, str]
) -> None:
    sentinel = Path("/tmp/rsdlgen-sentinel")
    sentinel.unlink(missing_ok=True)
    rendered = render_all(tmp_path_factory.mktemp("hostile"), words)
    if rendered is not None:
        assert_runs_nothing(rendered[1], sentinel)


@pytest.fixture(scope="module")
def every_payload(tmp_path_factory: pytest.TempPathFactory) -> tuple[rsdlgen.Model, Path, Path]:
    """One document with a payload in each role (payloads cycle through the roles)."""
    tmp = tmp_path_factory.mktemp("payloads")
    sentinel = tmp / "SENTINEL"
    found = payloads(sentinel)
    words = {role: found[index % len(found)] for index, role in enumerate(ROLES)}
    rendered = render_all(tmp, words)
    assert rendered is not None, "the document with every payload must load"
    return rendered[0], tmp, sentinel


def test_a_document_with_every_payload_runs_nothing(
    every_payload: tuple[rsdlgen.Model, Path, Path],
) -> None:
    model, tmp, sentinel = every_payload
    assert '"""' in (
        model.api_root or ""
    )  # the critical case of the issue: the root breaks out of a docstring
    assert_runs_nothing(tmp, sentinel)


@pytest.mark.e2e  # Chromium
def test_the_docs_of_every_payload_run_no_script(
    every_payload: tuple[rsdlgen.Model, Path, Path],
    browser: Browser,  # noqa: F811 (pytest passes the imported fixture by its name)
) -> None:
    _, tmp, _ = every_payload
    pages = sorted((tmp / "docs").rglob("*.html"))
    assert len(pages) > 3
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in pages:
        page.goto(path.as_uri())
        assert page.evaluate("window.PWNED") is None, path
    # the search renders index rows (made of the same names) into the page
    page.goto((tmp / "docs" / "index.html").as_uri())
    for query in ("script", "img", "svg", "PWNED", "onerror"):
        page.locator("#search").fill(query)
        page.wait_for_timeout(100)
        assert page.evaluate("window.PWNED") is None, query
    assert page.locator("#search-results [role=option]").count() > 0  # the rows did render
    assert dialogs == []
