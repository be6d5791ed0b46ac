"""Shared by every target: the Jinja environment, black formatting, and writing an output tree safely.

Targets render everything in memory first; only then is anything written, so a failure leaves no half-written
output. Files are replaced one by one through a temporary file (`os.replace`), unchanged files are not touched,
files this generator wrote before but no longer produces are removed, and files the user owns are never written.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jinja2

from ..errors import InputError, Location
from ..model.loading import PACKAGE_ROOT

TEMPLATES = PACKAGE_ROOT / "templates"
MANIFEST = ".rsdlgen-manifest.json"
# As pyproject.toml's [tool.black], so that `black --check` agrees with what is generated.
LINE_LENGTH = 100
BLACK_VERSION = importlib.metadata.version("black")
PARALLEL_LINES = 5_000  # below this, starting worker processes costs more than it saves


def environment(target: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / target)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=jinja2.select_autoescape(["html", "htm"]),
    )


def cache_root() -> Path:
    """Where rsdlgen keeps what it can rebuild: `$RSDLGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/rsdlgen`."""
    configured = os.environ.get("RSDLGEN_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rsdlgen"


def _black(item: tuple[str, str]) -> str:
    import black  # imported when needed: it costs every other command a tenth of a second

    source, name = item
    try:
        return black.format_str(source, mode=black.Mode(line_length=LINE_LENGTH))
    except ValueError as exc:  # black.InvalidInput: a template bug, so name the generated file
        raise RuntimeError(f"generated {name} is not valid Python: {exc}") from None


def _cache_path(source: str) -> Path:
    key = hashlib.sha256(
        f"{BLACK_VERSION}\0line-length={LINE_LENGTH}\0{source}".encode()
    ).hexdigest()
    return cache_root() / "black" / key[:2] / f"{key}.py"


def format_python_files(sources: dict[str, str]) -> dict[str, str]:
    """Black-format generated modules (name -> source), the same as `black` with this project's settings.

    Black takes seconds on a 20,000-line module, so each result is kept in the cache under a hash of the black
    version, its mode and the source: regenerating unchanged code costs a file read. Modules not in the cache
    are formatted in parallel when they are large enough to pay for the worker processes.
    """
    formatted: dict[str, str] = {}
    missing: list[str] = []
    for name, source in sources.items():
        try:
            formatted[name] = _cache_path(source).read_text()
        except OSError:
            missing.append(name)
    items = [(sources[name], name) for name in missing]
    big = sum(source.count("\n") for source, _ in items) > PARALLEL_LINES and len(items) > 1
    if big and (os.cpu_count() or 1) > 1:
        # never fork: the process may be serving threads (the server tests)
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(min(len(items), os.cpu_count() or 1), mp_context=spawn) as pool:
            results = list(pool.map(_black, items))
    else:
        results = [_black(item) for item in items]
    for name, result in zip(missing, results):
        formatted[name] = result
        _store(_cache_path(sources[name]), result)
    return {name: formatted[name] for name in sources}


def _store(path: Path, text: str) -> None:
    """Best effort: an unwritable cache only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError:
        pass


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
