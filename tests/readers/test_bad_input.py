"""Bad input: one line on stderr naming the file (and line), exit 1, no traceback, nothing fetched or expanded."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from rsdlgen.readers.files import read_limited
from rsdlgen.readers.safe_xml import MAX_BYTES
from tests.conftest import CORPUS, OVIRT36, ROOT

GOOD_LINK = '<links><link href="/api/vms" rel="get"><request><http_method>GET</http_method></request></link></links>'
BOMB_ENTITIES = "".join(
    f'<!ENTITY e{i} "{"".join(f"&e{i - 1};" for _ in range(10))}">' for i in range(1, 12)
)

CASES = {
    "truncated": (
        '<?xml version="1.0"?>\n<rsdl href="/api?rsdl">\n<links>\n<link href="/api/vms" rel="get">',
        4,
    ),
    "wrong-root": ('<?xml version="1.0"?>\n<wadl>\n</wadl>\n', 2),
    "external-entity": (
        '<?xml version="1.0"?>\n<!DOCTYPE rsdl [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
        f"<rsdl><description>&x;</description>{GOOD_LINK}</rsdl>\n",
        3,
    ),
    "entity-bomb": (
        f'<?xml version="1.0"?>\n<!DOCTYPE rsdl [\n<!ENTITY e0 "lol">{BOMB_ENTITIES}\n]>\n<rsdl>&e11;</rsdl>\n',
        3,
    ),
    "empty": ("", None),
    "smart-quotes": ("<?xml version=\u201d1.0\u201d?><rsdl></rsdl>", 1),
}


def rsdlgen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rsdlgen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], where: str) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"rsdlgen: {where}"), lines[0]
    assert result.stdout == ""
    return lines[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_rsdl(tmp_path: Path, case: str) -> None:
    text, line = CASES[case]
    path = tmp_path / f"{case}.xml"
    path.write_text(text)
    message = assert_one_line_error(
        rsdlgen("inspect", "--rsdl", str(path)), f"{path}:{line}:" if line else f"{path}:"
    )
    assert "root:" not in message  # nothing of /etc/passwd leaked into the message


def test_bad_schema_is_named(tmp_path: Path) -> None:
    path = tmp_path / "api.xsd"
    path.write_text('<?xml version="1.0"?>\n<notaschema/>\n')
    message = assert_one_line_error(
        rsdlgen("inspect", "--rsdl", str(OVIRT36 / "rsdl.xml"), "--schema", str(path)), f"{path}:2:"
    )
    assert "expected <xs:schema>" in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in assert_one_line_error(
        rsdlgen("inspect", "--rsdl", str(tmp_path / "nope.xml")), str(tmp_path)
    )
    assert "is a directory" in assert_one_line_error(
        rsdlgen("inspect", "--rsdl", str(tmp_path)), str(tmp_path)
    )


def test_typographic_quotes_corpus_document_fails_cleanly() -> None:
    path = CORPUS / "uc-course-trig-example-smartquotes" / "rsdl.xml"
    message = assert_one_line_error(rsdlgen("inspect", "--rsdl", str(path)), f"{path}:1:")
    assert "malformed XML" in message


def test_wrong_arguments() -> None:
    result = rsdlgen("inspect", "--no-such-option")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "unrecognized arguments: --no-such-option" in result.stderr
    result = rsdlgen("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_nothing_is_fetched(tmp_path: Path) -> None:
    """External DTDs and entities pointing at a listening socket are never requested."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    path = tmp_path / "rsdl.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rsdl SYSTEM "http://127.0.0.1:{port}/rsdl.dtd">\n'
        f'<rsdl href="/api?rsdl">{GOOD_LINK}</rsdl>\n'
    )
    result = rsdlgen("inspect", "--rsdl", str(path), "--json")
    assert result.returncode == 0, result.stderr
    with pytest.raises(TimeoutError):
        listener.accept()
    listener.close()


def test_entities_in_a_utf16_document_are_refused(tmp_path: Path) -> None:
    """The byte scan cannot read UTF-16; the parsed DTD is checked too, and nothing was expanded."""
    path = tmp_path / "utf16.xml"
    text = (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<!DOCTYPE rsdl [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rsdl>&x;</rsdl>\n'
    )
    path.write_bytes(text.encode("utf-16"))
    message = assert_one_line_error(rsdlgen("inspect", "--rsdl", str(path)), f"{path}:1:")
    assert "entity declarations are not allowed" in message


@pytest.mark.parametrize("kind", ["device", "link to a device", "fifo"])
def test_what_is_not_a_regular_file_is_refused_without_reading(tmp_path: Path, kind: str) -> None:
    """Issue 21.15: `--rsdl /dev/zero` read 2.6 GB then MemoryError; a FIFO blocked for ever."""
    path = Path("/dev/zero")
    if kind == "link to a device":
        path = tmp_path / "rsdl.xml"
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        path = tmp_path / "rsdl.xml"
        os.mkfifo(path)
    message = assert_one_line_error(rsdlgen("inspect", "--rsdl", str(path)), str(path))
    assert "is not a regular file (a device, FIFO or socket)" in message


def test_a_configured_device_is_refused_too(tmp_path: Path) -> None:
    (tmp_path / "rsdlgen.toml").write_text("rsdl = '/dev/zero'\nschema = '/dev/zero'\n")
    result = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "inspect"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert_one_line_error(result, "/dev/zero")


def test_the_bound_is_counted_as_the_file_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    assert "larger than the 67108864 bytes allowed" in assert_one_line_error(
        rsdlgen("inspect", "--rsdl", str(big)), str(big)
    )
    assert read_limited(Path("/proc/self/status"), 10**6).startswith(b"Name:")  # st_size says 0
