"""`rsdlgen serve`: the URL printed is the one bound, https with a throwaway CA, an access log without
credentials (or none with --quiet), fixtures, and one-line errors for what cannot be served."""

from __future__ import annotations

import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

RSDLGEN = [sys.executable, "-m", "rsdlgen"]
PASSWORD = "pa55-word"


@contextmanager
def serving(*options: str) -> Iterator[tuple[list[str], subprocess.Popen[str]]]:
    """Run `rsdlgen serve OPTIONS`; yields the lines printed before serving, and the process."""
    process = subprocess.Popen(
        [*RSDLGEN, "serve", "--port", "0", "--password", PASSWORD, *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    # the URL, the docs' with --docs, the CA with --tls, the credentials, the product version
    lines = [
        process.stdout.readline() for _ in range(3 + ("--tls" in options) + ("--docs" in options))
    ]
    try:
        yield lines, process
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(20)


def test_tls_access_log_and_fixtures(tmp_path: Path) -> None:
    fixture = tmp_path / "hosts.xml"
    fixture.write_text(
        "<fixture><hosts><host><name>h2</name><address>10.0.0.3</address></host></hosts></fixture>"
    )
    with serving("--tls", "--seed", str(fixture)) as (lines, process):
        url = re.fullmatch(
            r"mock engine: (https://127\.0\.0\.1:(\d+)/ovirt-engine/api)\n", lines[0]
        )
        assert url is not None and int(url[2]) > 0  # the port bound, not 0
        ca = re.fullmatch(r"CA certificate \(pass as ca_file\): (\S+)\n", lines[1])
        assert ca is not None and Path(ca[1]).is_file()
        with httpx.Client(
            verify=ssl.create_default_context(cafile=ca[1]), auth=("admin@internal", PASSWORD)
        ) as client:
            hosts = client.get(url[1] + "/hosts", params={"search": "name=h2"})
            assert hosts.status_code == 200 and b"<name>h2</name>" in hosts.content
            assert client.get(url[1] + "/nothing").status_code == 404
        time.sleep(0.3)
    log = process.stderr.read() if process.stderr else ""
    assert re.search(r"^GET /ovirt-engine/api/hosts 200 \d+\.\d ms$", log, re.M), log
    assert re.search(r"^GET /ovirt-engine/api/nothing 404 \d+\.\d ms$", log, re.M), log
    assert PASSWORD not in log and "Basic" not in log and "search" not in log
    assert not Path(ca[1]).exists()  # the throwaway CA goes with the server


def test_quiet_and_own_certificate(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    with serving("--quiet", "--cert", str(cert), "--key", str(key)) as (lines, process):
        url = lines[0].split()[-1]
        assert url.startswith("https://127.0.0.1:")
        response = httpx.get(
            url, verify=ssl.create_default_context(cafile=cert), auth=("admin@internal", PASSWORD)
        )
        assert response.status_code == 200
    assert (process.stderr.read() if process.stderr else "") == ""


def test_docs_are_served_beside_the_api_with_an_engine_script_naming_it(tmp_path: Path) -> None:
    """`--docs`: the docs of the same documents at /docs/ on the same origin; their engine.js, unlike a rendered
    site's, names the API root, which switches the Try it panels on."""
    os.environ["RSDLGEN_CACHE_DIR"], cache = str(tmp_path), os.environ.get("RSDLGEN_CACHE_DIR")
    try:
        with serving("--docs", "-q") as (lines, _process):
            api = re.fullmatch(r"mock engine: (http://127\.0\.0\.1:\d+)(/\S+)\n", lines[0])
            assert api is not None and lines[1] == f"docs: {api[1]}/docs/\n"
            with httpx.Client(base_url=api[1]) as client:
                assert client.get("/docs").headers["location"].endswith("/docs/")
                index = client.get("/docs/")
                assert index.status_code == 200 and "<h1>API reference" in index.text
                engine = client.get("/docs/engine.js").text
                assert f'window.RSDL_ENGINE = {{"api": "{api[2]}"}};' in engine
                vms = client.get("/docs/resources/vms.html")
                assert vms.status_code == 200 and 'src="../tryit.js"' in vms.text
                assert client.get("/docs/nothing.html").status_code == 404
                assert client.get(api[2], auth=("admin@internal", PASSWORD)).status_code == 200
                for path in (
                    api[2] + "/nothing",
                    "/docsnothing",
                ):  # the engine's, as without --docs
                    missing = client.get(path, auth=("admin@internal", PASSWORD))
                    assert missing.status_code == 404 and "<fault>" in missing.text
                # the admin layer is still the outermost: a dropped connection is dropped, not a 500
                rule = {"path": "vms", "drop": True}
                added = client.post(
                    "/__rsdlgen__/faults", json=rule, auth=("admin@internal", PASSWORD)
                )
                assert added.status_code == 201
                with pytest.raises(httpx.RemoteProtocolError):
                    client.get(api[2] + "/vms", auth=("admin@internal", PASSWORD))
    finally:
        if cache is None:
            del os.environ["RSDLGEN_CACHE_DIR"]
        else:
            os.environ["RSDLGEN_CACHE_DIR"] = cache
    assert list(tmp_path.glob("docs/*/engine.js"))  # rendered into the cache


def test_what_cannot_be_served_is_one_line(tmp_path: Path, certificate: tuple[Path, Path]) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not PEM\n")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        for options, message in (
            (["--port", str(port)], f"cannot listen on 127.0.0.1:{port}: Address already in use"),
            (["--host", "no-such-host.invalid"], "cannot listen on no-such-host.invalid:8080: "),
            (["--port", "70000"], "port 70000 is not between 0 and 65535"),
            (["--seed", str(tmp_path / "none.xml")], f"{tmp_path / 'none.xml'}: no such file"),
            # issue 22 item 12: checked before the URL and credentials are printed, the file named
            (
                ["--cert", str(bad), "--key", str(bad)],
                f"{bad}: not a usable PEM certificate (and key) (",
            ),
            (
                ["--cert", str(certificate[0]), "--key", str(bad)],
                f"{bad}: not a usable private key (",
            ),
        ):
            done = subprocess.run(
                [*RSDLGEN, "serve", *options], capture_output=True, text=True, timeout=60
            )
            assert done.returncode == 1 and done.stdout == "", (options, done)
            assert done.stderr.count("\n") == 1 and done.stderr.startswith(
                f"rsdlgen: error: {message}"
            )
    finally:
        taken.close()


BLOCK_SERVE_EXTRA = "import sys; sys.modules.update(starlette=None, uvicorn=None, trustme=None); "


def test_without_the_serve_extra_only_serve_refuses_in_one_line() -> None:
    """Issue 22 item 17: the mock engine's stack is the extra `rsdlgen[serve]`; without it every other command
    works and `serve` names the extra."""
    run = "from rsdlgen.commands.main import main; sys.exit(main(sys.argv[1:]))"
    for command, status in ((["--help"], 0), (["inspect", "-q"], 0), (["serve"], 1)):
        done = subprocess.run(
            [sys.executable, "-c", BLOCK_SERVE_EXTRA + run, *command],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == status, (command, done.stderr)
        if command == ["serve"]:
            assert done.stdout == ""
            assert done.stderr == (
                "rsdlgen serve: error: the mock engine needs starlette, uvicorn, trustme: "
                "pip install 'rsdlgen[serve]'\n"
            )
        else:
            assert done.stderr == ""


def test_the_version_served_and_where_it_comes_from(tmp_path: Path) -> None:
    """Issue 22 item 13: the corpus' 3.6 RSDL declares no version, and the mock said 3.0 without a word."""
    from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA

    unversioned = tmp_path / "rsdl.xml"
    text = DEFAULT_RSDL.read_text()
    unversioned.write_text(re.sub(r"<version [^>]*/>", "", text, count=1))
    documents = ["--rsdl", str(unversioned), "--schema", str(DEFAULT_SCHEMA)]
    for options, line in (
        ([], "product version: 4.3.0.0 (the RSDL's)"),
        (
            documents,
            "product version: 3.0.0.0 (the RSDL declares none: --product-version X.Y.Z.W sets it)",
        ),
        (
            [*documents, "--product-version", "3.6.13.5"],
            "product version: 3.6.13.5 (--product-version)",
        ),
    ):
        with serving(*options) as (lines, _):
            assert lines[-1] == line + "\n"


def test_uvicorns_own_messages_in_rsdlgens_style() -> None:
    """Issue 22 item 16: uvicorn's warnings came in its own style ("WARNING:  Invalid HTTP request ...")."""
    with serving() as (lines, process):
        port = int(lines[0].split(":")[-1].split("/")[0])
        with socket.create_connection(("127.0.0.1", port)) as garbage:
            garbage.sendall(b"\x00\x01 not http\r\n\r\n")
            garbage.recv(1024)
        time.sleep(0.3)
    log = process.stderr.read() if process.stderr else ""
    assert "uvicorn: warning: Invalid HTTP request received." in log.splitlines(), log
