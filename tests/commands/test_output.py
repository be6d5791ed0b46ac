"""Progress bars on a terminal only (never piped, never in CI), and -q / -v."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from rsdlgen.commands.main import main
from rsdlgen.commands.output import Bar, Output
from rsdlgen.targets.rendering import QUIET
from tests.conftest import OVIRT36, ROOT

DOCS_36 = ["generate", "--target", "docs", "--rsdl", str(OVIRT36 / "rsdl.xml")]
DOCS_36 += ["--schema", str(OVIRT36 / "api.xsd")]


def on_a_terminal(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run rsdlgen with stdout and stderr on a pseudo-terminal of 100 columns; what the terminal showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "rsdlgen", *argv],
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(), shown.decode(errors="replace")


@pytest.fixture
def terminal_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["TERM"] = "xterm"
    return env


def test_long_work_shows_a_bar_on_a_terminal(tmp_path: Path, terminal_env: dict[str, str]) -> None:
    # 750 pages of oVirt 3.6 take over a second: longer than the bar waits before it appears. The one long
    # run of this module; the cases without a bar are decided in process below.
    status, shown = on_a_terminal([*DOCS_36, "--out", str(tmp_path / "a")], terminal_env)
    assert status == 0
    assert "docs: pages:" in shown and "%|" in shown and "\r" in shown
    assert re.search(
        rf"\rdocs: (\d+) files in {re.escape(str(tmp_path / 'a'))} \(\1 changed\)\r\n$", shown
    )


@pytest.mark.parametrize(
    "verbosity, terminal, env, shown",
    [
        (0, True, {"TERM": "xterm"}, True),
        (1, True, {"TERM": "xterm"}, True),
        (0, True, {"TERM": "xterm", "CI": "true"}, False),
        (-1, True, {"TERM": "xterm"}, False),
        (0, True, {"TERM": "dumb"}, False),
        (0, False, {"TERM": "xterm"}, False),
    ],
)
def test_a_bar_only_on_a_terminal_outside_ci_and_without_quiet(
    monkeypatch: pytest.MonkeyPatch,
    verbosity: int,
    terminal: bool,
    env: dict[str, str],
    shown: bool,
) -> None:
    """Where the one run above shows a bar, these runs would not (in process: a long run each costs seconds)."""
    monkeypatch.delenv("CI", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: terminal)
    assert isinstance(Output(verbosity).progress, Bar) is shown
    assert shown or Output(verbosity).progress is QUIET


def test_quiet_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--target", "docs", "--out", str(tmp_path / "a"), "-q"]) == 0
    assert capsys.readouterr() == ("", "")


def test_no_bar_when_piped(tmp_path: Path, terminal_env: dict[str, str]) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rsdlgen",
            "generate",
            "--target",
            "docs",
            "--out",
            str(tmp_path / "a"),
        ],
        cwd=ROOT,
        env=terminal_env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0
    assert done.stderr == ""
    assert re.fullmatch(
        rf"docs: (\d+) files in {re.escape(str(tmp_path / 'a'))} \(\1 changed\)\n",
        done.stdout,
    )


def test_verbose_lists_every_file_and_the_documents_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the embedded default documents with the typo oVirt 3.6 has (rsdl.xml:402 there)
    rsdl = tmp_path / "rsdl.xml"
    text = (ROOT / "rsdl" / "rsdl.xml").read_text()
    rsdl.write_text(text.replace('type="xs:int"', 'type="xs:int,"', 1))
    line = text[: text.index('type="xs:int"')].count("\n") + 1
    out = tmp_path / "docs"
    argv = [
        "generate",
        "--target",
        "docs",
        "--rsdl",
        str(rsdl),
        "--schema",
        str(ROOT / "rsdl" / "api.xsd"),
    ]
    assert main([*argv, "--out", str(out), "-v"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{rsdl}:{line}: warning: type 'xs:int,' read as 'xs:int' [type-typo]" in lines
    assert "  wrote   types/VM.html" in lines
    summary = re.fullmatch(
        r"docs: (\d+) files in .* \(\d+ changed\)",
        next(line for line in lines if line.startswith("docs: ")),
    )
    assert summary is not None
    assert sum(line.startswith("  wrote   ") for line in lines) == int(summary.group(1))
    (out / "types" / "VM.html").write_text("edited")
    assert main([*argv, "--out", str(out), "-v"]) == 0
    assert "  wrote   types/VM.html" in capsys.readouterr().out.splitlines()


def test_help_says_what_each_command_does_and_its_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 22 item 16: the top-level help names every target; -v is offered where it adds something and
    says what; serve's help shows its defaults; counts of one are singular."""
    from rsdlgen.commands.main import main

    for argv in (["--help"], ["serve", "--help"], ["generate", "--help"], ["check", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        shown = " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal
        if argv == ["--help"]:
            assert "OpenAPI descriptions" in shown
        elif argv[0] == "serve":
            assert "-q, --quiet no access log" in shown and "--verbose" not in shown
            assert "(8080; 0: any free port)" in shown and "(127.0.0.1)" in shown
            assert "(admin@internal)" in shown
        elif argv[0] == "generate":
            assert "-v, --verbose print every file written and the documents' warnings" in shown
        else:
            assert "--verbose" not in shown


def test_one_is_singular() -> None:
    from rsdlgen.commands.output import counted

    assert (counted(1, "file"), counted(0, "file"), counted(2, "file")) == (
        "1 file",
        "0 files",
        "2 files",
    )
