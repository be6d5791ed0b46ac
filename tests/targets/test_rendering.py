"""The output writer shared by every target."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from rsdlgen.errors import InputError
from rsdlgen.targets.rendering import (
    MANIFEST,
    format_python_files,
    indented_json,
    json_dumps,
    visible,
    wrap,
    write_tree,
)


def test_write_tree_updates_only_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.py": "A = 1\n", "pkg/b.py": "B = 2\n"}) == ["a.py", "pkg/b.py"]
    os.utime(out / "a.py", (1, 1))
    assert write_tree(out, {"a.py": "A = 1\n", "pkg/b.py": "B = 3\n"}) == ["pkg/b.py"]
    assert (out / "a.py").stat().st_mtime == 1  # unchanged files are not rewritten
    assert (out / "pkg" / "b.py").read_text() == "B = 3\n"


def test_write_tree_removes_what_it_no_longer_generates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"a.py": "A = 1\n", "old.py": "X = 0\n"})
    (out / "mine.txt").write_text("user file")
    assert write_tree(out, {"a.py": "A = 1\n"}) == ["old.py"]
    assert not (out / "old.py").exists() and (out / "mine.txt").read_text() == "user file"
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "a.py", "mine.txt"]


def test_write_tree_never_overwrites_user_owned_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    owned = frozenset({"handlers.py"})
    write_tree(out, {"handlers.py": "# template\n"}, owned)
    (out / "handlers.py").write_text("# user code\n")
    assert write_tree(out, {"handlers.py": "# template v2\n"}, owned) == []
    assert (out / "handlers.py").read_text() == "# user code\n"


def test_formatting_names_the_broken_file() -> None:
    assert format_python_files({"a.py": "x=(1,\n 2)\n"}) == {"a.py": "x = (1, 2)\n"}
    with pytest.raises(RuntimeError, match=r"generated pkg/a\.py is not valid Python"):
        format_python_files({"pkg/a.py": "def (:\n"})


def test_a_corrupt_manifest_is_a_one_line_error(tmp_path: Path) -> None:
    from rsdlgen.errors import InputError

    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text("{not json")
    with pytest.raises(InputError, match="not a manifest written by rsdlgen"):
        write_tree(out, {"a.py": "A = 1\n"})
    assert not (out / "a.py").exists()


LONG = "x" * 50


@pytest.mark.parametrize(
    "parameter",
    [
        f"{LONG}_key: _abc.Iterable[OpenstackVolumeAuthenticationKey] | None = None,",
        f"{LONG}: _abc.Iterable[OpenstackVolumeAuthentication] | int | None = None,",
        f"{LONG}_no_default_at_all: _abc.Iterable[OpenstackVolumeAuthenticat] | None,",
        f"{LONG}_it_fits: int | None = None,",
        f"{LONG}_not_a_union_but_a_very_long_type_name: OpenstackVolumeAuthentication = None,",
    ],
)
def test_formatting_writes_what_black_writes(parameter: str) -> None:
    """Ruff's formatter and black part on long union annotations: what is generated is black's form."""
    import black

    source = f"class A:\n    def f(\n        self,\n        *,\n        {parameter}\n    ) -> None:\n        pass\n"
    expected = black.format_str(source, mode=black.Mode(line_length=100))
    assert format_python_files({"a.py": source}) == {"a.py": expected}


def test_formatting_ignores_the_configuration_of_the_project_it_runs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ruff.toml").write_text('line-length = 20\n[format]\nquote-style = "single"\n')
    monkeypatch.chdir(tmp_path)
    source = 'NAMES = ["first", "second", "third"]\n'
    assert format_python_files({"pkg/a.py": source}) == {"pkg/a.py": source}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ruff.toml"]  # no cache left behind


@pytest.mark.parametrize("entry", ["../victim.txt", "pkg/../../victim.txt", "/tmp/victim.txt"])
def test_a_manifest_entry_outside_the_tree_is_refused(tmp_path: Path, entry: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    absolute = str(victim) if entry.startswith("/") else entry
    (out / MANIFEST).write_text(json.dumps([absolute]))
    with pytest.raises(InputError, match="outside the output directory"):
        write_tree(out, {"a.py": "A = 1\n"})
    assert victim.read_text() == "precious"
    assert not (out / "a.py").exists()  # refused before the first write


def test_a_manifest_entry_through_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "victim.txt").write_text("precious")
    (out / "link").symlink_to(elsewhere)
    (out / MANIFEST).write_text(json.dumps(["link/victim.txt"]))
    with pytest.raises(InputError, match="outside the output directory"):
        write_tree(out, {})
    assert (elsewhere / "victim.txt").read_text() == "precious"


def test_a_generated_path_outside_the_tree_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="outside the output directory"):
        write_tree(tmp_path / "out", {"ok.py": "", "../escape.py": "X = 1\n"})
    assert not (tmp_path / "escape.py").exists() and not (tmp_path / "out" / "ok.py").exists()


def test_generate_refuses_a_hostile_manifest_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "victim.txt").write_text("precious")
    (out / MANIFEST).write_text(json.dumps(["../victim.txt"]))
    done = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "generate", "--target", "client", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and (tmp_path / "victim.txt").read_text() == "precious"
    assert done.stderr.count("\n") == 1 and "outside the output directory" in done.stderr
    assert done.stderr.startswith(f"rsdlgen: {out / MANIFEST}: error:")


JSON_VALUES = [
    {"a": {}, "b": [], "c": [[], [{}], 1, -5, True, False, None, 2**63 - 1]},
    {"text": 'a\x00b\x1f\x7f\x85\xa0 \u2028\u2029 \ufeff\u202e é😀 "\\/</script> \t\n\r\b\f'},
    {"z": 1, "é": {"b": [2], "a": None}, "A": "keys out of order"},
    # what orjson refuses, written by json all the same
    {"surrogate": "\ud800"},
    {"big": 2**64},
    {1: "a key that is no str"},
]


@pytest.mark.parametrize("value", JSON_VALUES)
def test_indented_json_writes_the_bytes_json_writes(value: object) -> None:
    """openapi.json and the docs' JSON examples are written by orjson for speed: the same text as json's."""
    assert indented_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("value", JSON_VALUES)
def test_json_dumps_writes_the_text_json_writes(value: object) -> None:
    """Compact, and with sorted keys (the OpenAPI target's schema references and example keys)."""
    compact = (",", ":")
    assert json_dumps(value) == json.dumps(value, ensure_ascii=False, separators=compact)
    assert json_dumps(value, sort_keys=True) == json.dumps(
        value, ensure_ascii=False, separators=compact, sort_keys=True
    )
    assert json_dumps(value, indent=True, sort_keys=True) == json.dumps(
        value, indent=2, sort_keys=True, ensure_ascii=False
    )


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=" ab-.\t\n\r\xa0\u2028\u3000x", max_size=120), st.text(max_size=200)
    ),
    st.integers(1, 40),
)
def test_wrap_wraps_as_textwrap_does(paragraph: str, width: int) -> None:
    """Docstrings are wrapped by a fast path for plain words: the lines textwrap writes, whatever the text (runs
    of spaces, tabs, white words that are no ASCII space, words longer than the width)."""
    text = " ".join(
        ln.strip() for ln in paragraph.splitlines() if ln.strip()
    )  # as docstring() joins
    assert wrap(text, width) == textwrap.wrap(text, width, break_on_hyphens=False)


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="ab <&\n\t\r\x00\x1f\x7f\x85\xa0·→\u200b\u202e\ud800😀", max_size=80),
        st.text(max_size=200),
    )
)
def test_visible_escapes_every_invisible_character_but_the_newline(text: str) -> None:
    """Docs pages pass whole through `visible`, which tells the printable ones by their UTF-8 bytes for
    speed: the same text as escaping character by character."""
    expected = "".join(
        c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )
    assert visible(text) == expected
