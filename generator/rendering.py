"""Shared by every target: the Jinja environment, black formatting, and writing an output tree safely.

Targets render everything in memory first; only then is anything written, so a failure leaves no half-written
output. Files are replaced one by one through a temporary file (`os.replace`), unchanged files are not touched,
files this generator wrote before but no longer produces are removed, and files the user owns are never written.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import black
import jinja2

from .errors import InputError, Location
from .loading import PACKAGE_ROOT

TEMPLATES = PACKAGE_ROOT / "templates"
MANIFEST = ".rsdlgen-manifest.json"
BLACK_MODE = black.Mode(line_length=100)


def environment(target: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / target)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=jinja2.select_autoescape(["html", "htm"]),
    )


def format_python(source: str, name: str) -> str:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except ValueError as exc:  # black.InvalidInput: a template bug, so name the generated file
        raise RuntimeError(f"generated {name} is not valid Python: {exc}") from None


def _read_manifest(path: Path) -> list[str]:
    if not path.exists():
        return []
    try:
        listed = json.loads(path.read_text())
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(Location(str(path)), f"not a manifest written by rsdlgen: {exc}") from None
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        raise InputError(
            Location(str(path)), "not a manifest written by rsdlgen: expected a list of paths"
        )
    return listed


def write_tree(
    out: Path, files: dict[str, str | bytes], user_owned: frozenset[str] = frozenset()
) -> list[str]:
    """Write `files` (relative path -> content) under `out`; returns the paths that changed.

    Paths in `user_owned` are written only when absent. Python sources are expected to be formatted already.
    """
    out.mkdir(parents=True, exist_ok=True)
    manifest_path = out / MANIFEST
    previous = _read_manifest(manifest_path)
    changed = []
    for rel, content in sorted(files.items()):
        data = content.encode() if isinstance(content, str) else content
        path = out / rel
        if rel in user_owned and path.exists():
            continue
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        changed.append(rel)
    generated = sorted(set(files) - user_owned)
    for rel in sorted(set(previous) - set(files)):
        stale = out / rel
        if stale.exists():
            stale.unlink()
            changed.append(rel)
    manifest = json.dumps(generated, indent=0) + "\n"
    if not manifest_path.exists() or manifest_path.read_text() != manifest:
        manifest_path.write_text(manifest)
    return changed
