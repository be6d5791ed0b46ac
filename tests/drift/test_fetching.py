"""`rsdlgen fetch` against a loopback stand-in engine (tests/support/engine_stub.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rsdlgen.commands.main import main
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA, fingerprint
from tests.support.engine_stub import Engine, serve

USER = ["--user", "admin@internal", "--password", "secret"]


@pytest.fixture
def engine() -> Engine:
    return Engine(DEFAULT_RSDL.read_bytes(), DEFAULT_SCHEMA.read_bytes())


def fetch(url: str, out: Path, *options: str) -> int:
    return main(["fetch", url, "--out", str(out), *options])


def test_fetch_writes_both_documents_and_uses_one_session(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(engine):
        assert fetch(engine.url, tmp_path / "out", *USER) == 0
    assert (tmp_path / "out" / "rsdl.xml").read_bytes() == engine.rsdl
    assert (tmp_path / "out" / "api.xsd").read_bytes() == engine.schema
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["api.xsd", "rsdl.xml"]
    out = capsys.readouterr().out
    assert "161 links" in out and fingerprint(engine.rsdl, engine.schema) in out

    first, second = engine.requests
    assert first["path"].endswith("?rsdl") and second["path"].endswith("?schema")
    assert first["version"] == "3" and second["version"] == "3"
    assert first["authorization"].startswith("Basic ") and first["prefer"] == "persistent-auth"
    # The second request rides on the session and, being the last, closes it.
    assert "authorization" not in second and "JSESSIONID=" in second["cookie"]
    assert "prefer" not in second and engine.sessions == set()


def test_a_given_session_cookie_is_used_and_kept(engine: Engine, tmp_path: Path) -> None:
    engine.sessions.add("abc123")
    with serve(engine):
        assert fetch(engine.url, tmp_path, "--session-cookie", "abc123") == 0
    assert all(
        "authorization" not in r and r["prefer"] == "persistent-auth" for r in engine.requests
    )
    assert engine.sessions == {"abc123"}


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_wrong_password_is_a_one_line_error_and_writes_nothing(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(engine):
        assert (
            fetch(engine.url, tmp_path / "out", "--user", "admin@internal", "--password", "nope")
            == 1
        )
    err = one_line_error(capsys)
    assert f"{engine.url}?rsdl: error: 401 Unauthorized: wrong user name or password" in err
    assert not (tmp_path / "out").exists()


def test_missing_credentials_say_what_to_give(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(engine):
        assert fetch(engine.url, tmp_path) == 1
    assert "401 Unauthorized: give --user and --password" in one_line_error(capsys)


def test_html_page_instead_of_xml(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine.mode = "html"
    with serve(engine):
        assert fetch(engine.url, tmp_path, *USER) == 1
    err = one_line_error(capsys)
    assert "answered with an HTML page 'oVirt Engine Login', not XML" in err
    assert list(tmp_path.iterdir()) == []


def test_timeout(engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine.mode, engine.delay = "slow", 1.5
    with serve(engine):
        assert fetch(engine.url, tmp_path, *USER, "--timeout", "0.3") == 1
    assert "error: timed out after 0.3 s" in one_line_error(capsys)


def test_connection_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve(Engine(b"", b"")) as stopped:
        url = stopped.url
    assert fetch(url, tmp_path, *USER) == 1
    assert "connection refused" in one_line_error(capsys)


def test_a_broken_document_is_refused_and_old_files_stay(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rsdl.xml").write_text("old rsdl")
    (tmp_path / "api.xsd").write_text("old xsd")
    engine.schema = b"<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element"
    with serve(engine):
        assert fetch(engine.url, tmp_path, *USER) == 1
    assert f"{engine.url}?schema:1: error: malformed XML" in one_line_error(capsys)
    assert (tmp_path / "rsdl.xml").read_text() == "old rsdl"
    assert (tmp_path / "api.xsd").read_text() == "old xsd"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["api.xsd", "rsdl.xml"]


def test_xml_that_is_not_an_rsdl_is_refused(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine.rsdl = b"<api><link href='/ovirt-engine/api/vms' rel='vms'/></api>"
    with serve(engine):
        assert fetch(engine.url, tmp_path, *USER) == 1
    assert "?rsdl:1: error: root element is <api>, expected <rsdl>" in one_line_error(capsys)


def test_tls_is_verified_by_default(
    engine: Engine,
    tmp_path: Path,
    certificate: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    with serve(engine, certificate):
        assert engine.url.startswith("https://")
        assert fetch(engine.url, tmp_path / "a", *USER) == 1
        err = one_line_error(capsys)
        assert (
            "TLS verification failed (self-signed certificate): give the engine's CA with --ca-file"
            in err
        )
        assert "(_ssl" not in err and err.count("(") == err.count(")")  # issue 22 item 11
        assert fetch(engine.url, tmp_path / "b", *USER, "--ca-file", str(certificate[0])) == 0
        assert fetch(engine.url, tmp_path / "c", *USER, "--insecure") == 0
    assert not (tmp_path / "a").exists()
    assert (tmp_path / "b" / "rsdl.xml").read_bytes() == engine.rsdl
    assert (tmp_path / "c" / "api.xsd").read_bytes() == engine.schema


def test_a_document_url_pasted_from_a_browser_names_the_root(
    engine: Engine, tmp_path: Path
) -> None:
    """Issue 22 item 10: `fetch "$URL?rsdl"` asked for `…?rsdl?rsdl`."""
    with serve(engine):
        assert fetch(engine.url + "?rsdl", tmp_path / "a", *USER) == 0
        assert fetch(engine.url + "/?schema", tmp_path / "b", *USER) == 0
    assert [r["path"] for r in engine.requests][-2:] == [
        engine.requests[0]["path"],
        engine.requests[1]["path"],
    ]
    assert engine.requests[0]["path"].endswith("/api?rsdl")
    assert (tmp_path / "a" / "rsdl.xml").read_bytes() == engine.rsdl


def test_https_to_a_plain_http_port_says_so(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22 item 11: the advice was about --ca-file, for a server that speaks no TLS at all."""
    with serve(engine):
        assert fetch(engine.url.replace("http://", "https://"), tmp_path, *USER) == 1
    assert one_line_error(capsys).endswith(
        "error: the server does not speak TLS on this port: is the URL http://, or another port?\n"
    )


def test_http_to_a_tls_port_suggests_https(
    engine: Engine,
    tmp_path: Path,
    certificate: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Found in issue 22's newcomer walk: the reverse of item 11 said only "Server disconnected"."""
    with serve(engine, certificate):
        assert fetch(engine.url.replace("https://", "http://"), tmp_path, *USER) == 1
    assert one_line_error(capsys).endswith(": is the URL https://?\n")


def test_not_a_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fetch("engine.example.com/ovirt-engine/api", tmp_path) == 1
    assert "not an http:// or https:// URL" in one_line_error(capsys)
