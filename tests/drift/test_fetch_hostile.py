"""`rsdlgen fetch` against servers that try to get the credentials or to hang it (tests/support/engine_stub.py):
redirects are refused in one line and never followed, the session cookie goes to the engine only, an engine
setting a cookie of its own does not crash it, and `--timeout` bounds the whole download."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from rsdlgen.commands.main import main
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA
from tests.support.engine_stub import Engine, serve
from tests.support.hostile import gzip_bomb

USER = ["--user", "admin@internal", "--password", "secret"]


def documents() -> Engine:
    return Engine(DEFAULT_RSDL.read_bytes(), DEFAULT_SCHEMA.read_bytes())


def fetch(url: str, out: Path, *options: str) -> int:
    return main(["fetch", url, "--out", str(out), *options])


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("credentials", [USER, ["--session-cookie", "abc123"]])
def test_a_redirect_to_another_host_is_refused_and_gets_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], credentials: list[str]
) -> None:
    attacker, engine = documents(), documents()
    engine.sessions.add("abc123")
    with serve(attacker):
        engine.mode, engine.redirect_to = "redirect", attacker.url
        with serve(engine):
            assert fetch(engine.url, tmp_path / "out", *credentials) == 1
    err = one_line_error(capsys)
    assert f"HTTP 302 redirects to {attacker.url}: not followed" in err
    assert attacker.requests == []  # neither the credentials nor the cookie went there
    assert not (tmp_path / "out").exists()


def test_an_engine_that_sets_its_own_session_cookie_does_not_crash_it(tmp_path: Path) -> None:
    engine = documents()
    engine.sessions.add("abc123")
    engine.mode = "own-cookie"
    with serve(engine):
        assert fetch(engine.url, tmp_path, "--session-cookie", "JSESSIONID=abc123") == 0
    assert [r["cookie"] for r in engine.requests] == [
        "JSESSIONID=abc123"
    ] * 2  # ours, and only ours


@pytest.mark.parametrize("cookie", ["a;b=c", "a\r\nX-Evil: 1", "a b", ""])
def test_a_session_cookie_that_is_no_cookie_value_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cookie: str
) -> None:
    engine = documents()
    with serve(engine):
        assert fetch(engine.url, tmp_path, "--session-cookie", cookie) == 1
    assert "--session-cookie: error: not a cookie value" in one_line_error(capsys)
    assert engine.requests == []


def test_timeout_bounds_the_whole_download_of_a_trickled_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = documents()
    engine.mode, engine.delay = (
        "trickle",
        0.2,
    )  # a byte every 0.2 s: each read is quick, the whole is not
    with serve(engine):
        started = time.monotonic()
        assert fetch(engine.url, tmp_path / "out", *USER, "--timeout", "1") == 1
        elapsed = time.monotonic() - started
    assert "timed out after 1 s" in one_line_error(capsys)
    assert elapsed < 2.5, elapsed  # cut off at the deadline (before: never, a read at a time)


def test_a_decompression_bomb_is_refused_before_it_is_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 21.3: `Content-Encoding: gzip, gzip` made 1.8 KB decode to more than 1.5 GB before the 64 MiB
    limit was checked, then a MemoryError traceback."""
    engine = documents()
    engine.mode = "bomb"
    engine.bomb = gzip_bomb(256, layers=2)  # 256 MiB in under a kilobyte
    tracemalloc.start()
    try:
        with serve(engine):
            assert fetch(engine.url, tmp_path / "out", *USER) == 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    err = one_line_error(capsys)
    assert "Content-Encoding 'gzip, gzip' where identity was asked for: refused" in err
    assert peak < 32 * 2**20
    assert engine.requests[0]["accept-encoding"] == "identity"
    assert not (tmp_path / "out").exists()
