"""Regenerating nothing when nothing changed: a stamp per output tree, kept in rsdlgen's cache.

A stamp holds a hash of everything a generation reads (the documents, the templates and the user's overrides,
rsdlgen's own files, the versions of the tools it runs, each target's settings and the files its options
name) and the size and modification time of every file it left in the tree. When the hash is the same and no
file was touched since, `rsdlgen generate` has nothing to do: it costs the hashing of a few megabytes instead
of reading, rendering and formatting. Anything else (a stamp missing or unreadable, a file edited or removed)
regenerates as usual; the stamp is only ever a shortcut.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..targets import targets
from ..targets.rendering import MANIFEST, Tree, cache_root
from .configuration import Configuration, TargetSettings

# What else shapes the output: the formatter, the template engine and its escaping, the XML library.
TOOLS = ("ruff", "jinja2", "markupsafe", "lxml")
# rsdlgen's code, templates and embedded documents (three folders in a checkout, one in a wheel).
PACKAGES = ("rsdlgen", "rsdlgen.templates", "rsdlgen.rsdl")
SKIPPED = frozenset({"__pycache__"})


class Stamps:
    """The stamps of the chosen targets' trees, for one set of inputs."""

    def __init__(
        self, config: Configuration, chosen: Sequence[TargetSettings], templates: Path | None
    ) -> None:
        common = hashlib.sha256()
        for part in _common_inputs(config, templates):
            common.update(part)
        self.keys = {}
        for settings in chosen:
            digest = common.copy()
            for part in _target_inputs(settings):
                digest.update(part)
            self.keys[settings.name] = digest.hexdigest()
        self.chosen = chosen

    def unchanged(self) -> dict[str, int] | None:
        """Per target, the number of files its tree holds, when every tree is as its stamp says; else None."""
        counts = {}
        for settings in self.chosen:
            stamp = _read(_stamp_path(settings))
            if stamp is None or stamp.get("key") != self.keys[settings.name]:
                return None
            files = stamp.get("files")
            if not isinstance(files, dict) or not all(
                _matches(settings.out / rel, state) for rel, state in files.items()
            ):
                return None
            counts[settings.name] = len(files) - 1  # the manifest aside
        return counts

    def record(self, trees: Sequence[Tree]) -> None:
        """After writing: what each tree now holds (files the user owns only as being there)."""
        for settings, tree in zip(self.chosen, trees, strict=True):
            files: dict[str, list[int] | bool | None] = {}
            for rel in [*tree.files, MANIFEST]:
                state = _state(tree.out / rel)
                files[rel] = state is not None if rel in tree.user_owned else state
            _write(_stamp_path(settings), {"key": self.keys[settings.name], "files": files})


def _matches(path: Path, state: object) -> bool:
    if isinstance(state, bool):  # a file the user owns: only whether it is there
        return path.exists() == state
    return _state(path) == state


def _state(path: Path) -> list[int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def _common_inputs(config: Configuration, templates: Path | None) -> Iterator[bytes]:
    yield f"python {sys.version}\0".encode()  # rsdlgen's own version is in its files, hashed below
    for tool in TOOLS:
        yield f"{tool} {importlib.metadata.version(tool)}\0".encode()
    for folder in _package_folders():
        yield from _tree(folder)
    yield f"no-schema {config.no_schema}\0selection {config.selection!r}\0".encode()
    for document in (config.rsdl, config.schema):
        yield from _contents(document)
    yield from _contents(templates)


def _package_folders() -> list[Traversable]:
    """The folders of PACKAGES, less those inside another (in a wheel the templates and documents are inside
    `rsdlgen`, and would be read twice)."""
    folders = [resources.files(package) for package in PACKAGES]
    paths = [Path(str(folder)) for folder in folders]
    return [
        f for f, p in zip(folders, paths, strict=True) if not any(o in p.parents for o in paths)
    ]


def _target_inputs(settings: TargetSettings) -> Iterator[bytes]:
    yield f"{settings.name}\0{settings.out.resolve()}\0{settings.package}\0".encode()
    yield from _plugin_code(settings.name)
    yield f"selection {settings.selection!r}\0".encode()
    for key, value in sorted(settings.options.items()):
        yield f"{key}={value!r}\0".encode()
        if isinstance(value, Path):  # a document the target reads (the docs' `since`)
            yield from _contents(value)


def _plugin_code(name: str) -> Iterator[bytes]:
    """A target from another package (an entry point): the folder of its code, which rsdlgen's own files do
    not cover."""
    target = targets()[name]  # a module, or an object whose class's module holds its code
    source = getattr(target, "__file__", None) or getattr(
        sys.modules.get(type(target).__module__), "__file__", None
    )
    if source is None:
        return
    folder = Path(source).parent
    own = [Path(str(f)) for f in _package_folders()]
    if not any(folder == o or o in folder.parents for o in own):
        yield from _tree(folder)


def _contents(path: Path | None) -> Iterator[bytes]:
    """A file's bytes, or every file under a folder with its path; a marker if None or missing."""
    if path is None:
        yield b"none\0"
    elif path.is_dir():
        yield from _tree(path)
    else:
        yield path.read_bytes() if path.is_file() else b"missing\0"


def _tree(folder: Traversable | Path) -> Iterator[bytes]:
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name in SKIPPED:
            continue
        if item.is_dir():
            yield f"{item.name}/\0".encode()
            yield from _tree(item)
        else:
            data = item.read_bytes()
            yield f"{item.name} {len(data)}\0".encode()
            yield data


def _stamp_path(settings: TargetSettings) -> Path:
    where = hashlib.sha256(f"{settings.name}\0{settings.out.resolve()}".encode()).hexdigest()
    return cache_root() / "stamps" / f"{where[:32]}.json"


def _read(path: Path) -> dict[str, object] | None:
    try:
        found = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _write(path: Path, stamp: dict[str, object]) -> None:
    """Best effort: without a stamp the next run regenerates, which is always right."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(json.dumps(stamp))
        os.replace(temporary, path)
    except OSError:
        pass
