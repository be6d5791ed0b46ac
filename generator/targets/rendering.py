"""Shared by every target: the Jinja environment (built-in templates, user overrides), formatting as black does,
progress reporting, and writing output trees safely.

Nothing read from a document or the command line may become code. Every `{{ … }}` of a `.py.j2` template must
print a `Python` value: made by one of the filters `literal`, `doctext`, `docstring` and `name` (or by
`python()` from such parts, for fragments that builders assemble), by a macro of the template, or an int.
Anything else, a plain `str` above all, stops the rendering with an error naming the template, so a template
written later cannot paste document text into code by mistake. HTML templates are autoescaped instead.

Targets render everything in memory first; only then is anything written, so a failure leaves no half-written
output. `write_trees` stages every changed file of every tree as a temporary file before it replaces any
(`os.replace`); unchanged files are not touched, files this generator wrote before but no longer produces are
removed, and files the user owns are never written. `differences` tells what writing would change.
"""

from __future__ import annotations

import errno
import functools
import json
import keyword
import os
import posixpath
import re
import stat
import subprocess
import tempfile
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jinja2
import jinja2.runtime
import orjson
from ruff import find_ruff_bin

from ..errors import InputError, Location

# The built-in templates: package data, one folder per target (the folder templates/ of the checkout).
TEMPLATE_PACKAGE = "rsdlgen.templates"
MANIFEST = ".rsdlgen-manifest.json"
# As pyproject.toml's [tool.black], so that `black --check` agrees with what is generated.
LINE_LENGTH = 100
# Ruff's formatter on its own (no configuration file of the project it runs in counts), black's line length,
# the Python the generated code needs, and no cache left in the output.
RUFF_SETTINGS = (
    "--isolated",
    "--no-cache",
    "--line-length",
    str(LINE_LENGTH),
    "--target-version",
    "py311",
)


class Python(str):
    """Python source that is safe to paste into a generated module: a literal, text that cannot end the string
    it stands in, a validated identifier, or a fragment built from those by `python()`."""

    __slots__ = ()


class UnsafeTemplateValue(RuntimeError):
    """A template printed something that is not `Python` into Python source: a bug of the template."""


def literal(value: object) -> Python:
    """A Python literal of a str, int, bool, None, or a list/tuple of those (a tuple), quoted as black would."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        items = [literal(item) for item in value]
        return Python("(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")")
    if value is None or isinstance(value, (bool, int)):
        return Python(repr(value))
    raise UnsafeTemplateValue(f"no Python literal for {type(value).__name__} {value!r}")


@functools.lru_cache(maxsize=4096)  # the same strings, over and over (methods, parameters, links)
def _string(value: str) -> Python:
    text = repr(str(value))
    if text.startswith("'") and '"' not in value:
        text = '"' + text[1:-1].replace("\\'", "'") + '"'
    return Python(text)


def _escape_text(text: str, inline: bool) -> str:
    """Backslashes and unprintable characters as escapes, newlines kept unless `inline`; with `inline` also
    double quotes and newlines, so that the text fits in any double-quoted string."""
    shown = text if inline else text.replace("\n", "")
    if shown.isprintable() and "\\" not in text and not (inline and '"' in text):
        return text  # nothing to escape, the usual case, told by three scans in C instead of a loop
    out = []
    for char in text:
        if char == "\\" or (inline and char == '"'):
            out.append("\\" + char)
        elif (char != "\n" or inline) and not char.isprintable():
            out.append(char.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"


def visible(text: str) -> str:
    """`text` with every invisible or control character but the newline (bidi overrides, zero-width spaces,
    escape sequences) written as its escape (`\\u202e`), so that a reader sees what is there."""
    if str.isprintable(text):  # str's, not Markup's (which escape and wrap every part)
        return text
    # Lines: the UTF-8 bytes less printable ASCII and newlines leave nothing, or other characters (`·`, `→`)
    # that are printable, told in C at twice the speed of str.isprintable (docs pages: megabytes each run)
    rest = text.encode("utf-8", "surrogatepass").translate(None, _PRINTABLE_ASCII)
    if not rest or rest.decode("utf-8", "surrogatepass").isprintable():
        return text
    return "".join(
        c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


def doctext(value: object) -> Python:
    """Text to put inside a double-quoted string of the template (`"…"` or `\"\"\"…\"\"\"`, as black writes
    them all): it cannot end that string."""
    return Python(_escape_text(str(value), inline=True))


def wrap(text: str, width: int) -> list[str]:
    """`textwrap.wrap(text, width, break_on_hyphens=False)` of text joined from stripped lines, in a fifth of its
    time where that is plain: printable ASCII words apart by single spaces, none longer than `width`, each
    line cut at the last space that fits. Anything else (a run of spaces, a word textwrap breaks across lines,
    a white character that is no space) is textwrap's."""
    if not (text.isascii() and text.isprintable()) or "  " in text:
        return textwrap.wrap(text, width, break_on_hyphens=False)
    lines, rest = [], text
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width + 1)
        if (
            cut <= 0
        ):  # the next word is longer than a line: textwrap fills the line before with its start
            return textwrap.wrap(text, width, break_on_hyphens=False)
        lines.append(rest[:cut])
        rest = rest[cut + 1 :]
    return [*lines, rest] if rest else lines


# Cached: the sync and async halves of the client write the same docstrings
@functools.lru_cache(maxsize=4096)
def docstring(text: str, indent: int, width: int = LINE_LENGTH) -> Python:
    """A triple-quoted docstring: paragraphs rewrapped to the line length; backslashes, unprintable characters
    and triple quotes escaped (after wrapping, so that no escape is split), nothing that could end it early.
    """
    paragraphs = []
    for paragraph in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
        if lines and lines[0].startswith("`"):
            wrapped = lines  # a code line: keep it as it is
        else:
            wrapped = wrap(" ".join(lines), width - indent)
        escaped = [_escape_text(ln, inline=False).replace('"""', '\\"\\"\\"') for ln in wrapped]
        paragraphs.append("\n".join(escaped))
    body = "\n\n".join(p for p in paragraphs if p)
    if body.endswith('"'):
        body += " "
    pad = " " * indent
    if "\n" not in body and len(body) + 6 <= width - indent:
        return Python(f'"""{body}"""')
    return Python(
        '"""'
        + body.replace("\n", "\n" + pad).replace("\n" + pad + "\n", "\n\n")
        + "\n"
        + pad
        + '"""'
    )


def json_dumps(value: object, *, indent: bool = False, sort_keys: bool = False) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, sort_keys=…)` writes it, indented by two or compact
    (no spaces). orjson writes the same text in C where json works in Python (oVirt 3.6's 4 MB description,
    indented: 0.22 s -> 0.03 s); json writes what orjson refuses (a key that is no str, an int past 64 bits, a
    lone surrogate)."""
    option = (orjson.OPT_INDENT_2 if indent else 0) | (orjson.OPT_SORT_KEYS if sort_keys else 0)
    try:
        return orjson.dumps(value, option=option).decode()
    except TypeError:
        if indent:
            return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, indent=2)
        return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":"))


def indented_json(value: object) -> str:
    """`value` as a JSON file holds it: indented by two, and a newline."""
    return json_dumps(value, indent=True) + "\n"


def is_name(value: str) -> bool:
    """A name generated code may use: an ASCII identifier that is no keyword."""
    return value.isascii() and value.isidentifier() and not keyword.iskeyword(value)


def name(value: object) -> Python:
    """A validated identifier (or dotted name such as `types.VM`) of generated code."""
    return _name(str(value))


@functools.lru_cache(maxsize=4096)  # the same names, over and over
def _name(text: str) -> Python:
    if not all(is_name(part) for part in text.split(".")):
        raise UnsafeTemplateValue(f"{text!r} is not a Python name")
    return Python(text)


def package_name(value: str) -> str:
    """The `--package` of a Python target: it names folders and is imported, so dotted identifiers."""
    if not all(is_name(part) for part in value.split(".")):
        raise InputError(
            Location("--package"),
            f"{value!r} is not a Python package name (ASCII identifiers joined by dots)",
        )
    return value


def python(fragment: str, *parts: Python) -> Python:
    """Python source built by a builder: `fragment` is a format string of the builder's own code, and every
    part that fills it must already be `Python`."""
    for part in parts:
        if not isinstance(part, Python):
            raise UnsafeTemplateValue(
                f"{part!r} is not Python source; pass it through literal() or name()"
            )
    return Python(fragment.format(*parts))


def _python_template(context: jinja2.runtime.Context) -> bool:
    return (context.name or "").endswith(".py.j2")


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: Any) -> Any:
    # a number is its own literal (bools included); Python is checked first, the usual case
    if isinstance(value, (Python, int)) or not _python_template(context):
        return value
    raise UnsafeTemplateValue(
        f"{context.name}: {str(value)[:60]!r} would be pasted into Python source as it is; "
        "print it through literal, doctext, docstring or name"
    )


class _Context(jinja2.runtime.Context):
    """What a macro of a Python template returns is Python: its text is the template's and everything it
    printed went through `_finalize`."""

    # the names of Jinja's own signature, which keeps `self` and `obj` free for keyword arguments
    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(__obj, jinja2.runtime.Macro):
            return super().call(__obj, *args, **kwargs)
        # a macro, called as Jinja calls one (it takes the evaluation context), without the search for
        # other ways to call it that took half the time of each of the client's 17,000 macro calls
        kwargs.pop("_loop_vars", None)
        kwargs.pop("_block_vars", None)
        result = __obj(__self.eval_ctx, *args, **kwargs)
        return Python(result) if _python_template(__self) else result


def environment(
    target: str, overrides: Path | None = None, *, python: bool = True
) -> jinja2.Environment:
    """Jinja for one target's templates: the built-in ones, each replaced by the file of the same relative path
    under `overrides/<target>/` when there is one. `python=False` is for a target that renders no `.py.j2`
    template (HTML only, autoescaped): it goes without the Python guard, which checks every value printed and
    every macro called, a tenth of the docs' rendering time (the docs show invisible characters as escapes
    on each whole page: `docs.ShownPage`)."""
    loader: jinja2.BaseLoader = jinja2.PackageLoader(TEMPLATE_PACKAGE, target)
    if overrides is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(overrides / target), loader])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=jinja2.select_autoescape(["html", "htm"]),
        # user overrides too: their `.py.j2` gets the guard
        finalize=_finalize if python else None,
        # templates do not change while they render: no stat of the file at every `extends` and `import`
        auto_reload=False,
    )
    if python:
        env.context_class = _Context
    env.filters.update(literal=literal, doctext=doctext, docstring=docstring, name=name)
    return env


def builtin_templates(target: str, folder: str) -> list[str]:
    """The built-in template files directly in `folder` of a target (`runtime` -> `runtime/app.py`, …)."""
    found = jinja2.PackageLoader(TEMPLATE_PACKAGE, target).list_templates()
    return [name for name in found if name.rpartition("/")[0] == folder]


def template_text(env: jinja2.Environment, name: str) -> str:
    """A file the target copies as it is (a stylesheet, a runtime module), or the user's file instead."""
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


def package_folder(package: str) -> str:
    """Where a Python package lives below the output directory: `mysdk.bindings` -> `mysdk/bindings`."""
    return package.replace(".", "/")


class Progress:
    """Told how far long work has got, as `with progress.task("black", total) as advance: … advance(n)`.

    This one shows nothing (the library's default, and what CI sees); the command line shows a bar instead.
    """

    @contextmanager
    def task(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        yield lambda done: None


QUIET = Progress()
NO_OPTIONS: Mapping[str, object] = MappingProxyType({})


def cache_root() -> Path:
    """Where rsdlgen keeps what it can rebuild: `$RSDLGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/rsdlgen`."""
    configured = os.environ.get("RSDLGEN_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rsdlgen"


# Where ruff's formatter and black part: a parameter too long for its line whose annotation is a union. Black
# wraps the annotation in parentheses, ruff splits it at `|`, unless the parentheses are there already: then it
# writes what black does. The templates write one parameter a line at its final indentation, so the lines that
# need them are known before ruff runs.
_UNION_PARAMETER = re.compile(
    r"(?P<head> +\w+: )(?P<annotation>[^=]* \| [^=]*?)(?P<tail>(?: = .*)?,)"
)


def _parenthesized_unions(source: str) -> str:
    # line by line, and only the lines too long: the pattern tried at every line of a module took seconds
    lines = source.split("\n")
    for number, line in enumerate(lines):
        if len(line) > LINE_LENGTH and " | " in line:
            found = _UNION_PARAMETER.fullmatch(line)
            if found:
                lines[number] = f"{found['head']}({found['annotation']}){found['tail']}"
    return "\n".join(lines)


def format_python_files(sources: dict[str, str]) -> dict[str, str]:
    """Format generated modules (relative path -> source) as black formats them with this project's settings.

    The formatter is ruff's, run once over all of them, in about a hundredth of black's time (black took
    seconds on a 20,000-line module). It writes what black writes: ruff accepts black's output as it is, and
    the one construct they format differently is given to ruff in black's form; the tests run `black --check`
    on what is generated.
    """
    with tempfile.TemporaryDirectory(prefix="rsdlgen-format-") as folder:
        root = Path(folder)
        for rel, source in sources.items():
            path = root / rel  # the targets' own module paths, made of validated identifiers
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_parenthesized_unions(source))
        command = [find_ruff_bin(), "format", *RUFF_SETTINGS, "."]
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            for rel in sources:  # ruff names the file it could not parse first
                if rel in done.stderr:
                    problem = done.stderr.strip().splitlines()[0]
                    raise RuntimeError(f"generated {rel} is not valid Python: {problem}")
            raise RuntimeError(f"ruff format failed: {done.stderr.strip()}")
        return {rel: (root / rel).read_text() for rel in sources}


# --- writing output trees -----------------------------------------------------------------------------------

# Made by running the generated code or checking it (import, mypy, pytest), never generated nor compared.
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})


@dataclass(frozen=True)
class Tree:
    """What one target renders (relative path -> content) and where it goes."""

    out: Path
    files: Mapping[str, str | bytes]
    user_owned: frozenset[str] = frozenset()

    def planned(self) -> dict[str, bytes]:
        """Every file the tree should hold, with the manifest that lists what this generator wrote; files the
        user owns only when they do not exist yet."""
        planned = {
            rel: content.encode() if isinstance(content, str) else content
            for rel, content in sorted(self.files.items())
            if rel not in self.user_owned or not (self.out / rel).exists()
        }
        planned[MANIFEST] = (
            json.dumps(sorted(set(self.files) - self.user_owned), indent=0) + "\n"
        ).encode()
        return planned

    def stale(self) -> list[str]:
        """Files this generator wrote before (its manifest says so) but no longer produces."""
        previous = _read_manifest(self.out / MANIFEST)
        return [rel for rel in sorted(set(previous) - set(self.files)) if (self.out / rel).exists()]

    def owned(self) -> str:
        """The folder of `out` this tree fills: the generated package's (`mysdk/api`) when every file
        lies in it, else `out` itself (""). Files beside it (the user's `mysdk/__init__.py`) are not
        ours."""
        folders = [posixpath.dirname(rel) for rel in self.files]
        return posixpath.commonpath(folders) if folders else ""


@dataclass(frozen=True)
class Difference:
    path: str
    # "added" (regenerating adds it), "removed" (regenerating removes it), "changed", or "refused": a symbolic
    # link or other non-regular file where a file should be, neither read nor followed
    kind: str
    old: bytes = b""
    new: bytes = b""


class _Inside:
    """`inside(rel, what)`: `out / rel`, refusing a path that would leave `out` (absolute, `..`, or through a
    symbolic link). Each directory is resolved once: a docs tree has 760 files in three of them."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.root = out.resolve()
        self.directories: dict[Path, Path] = {}

    def __call__(self, rel: str, what: str) -> Path:
        path = self.out / rel
        if Path(rel).is_absolute() or not self._resolve(path).is_relative_to(self.root):
            raise InputError(Location(what), f"{rel!r} is outside the output directory {self.out}")
        return path

    def _resolve(self, path: Path) -> Path:
        if path.name in ("", ".", "..") or path.is_symlink():
            return path.resolve()
        parent = self.directories.get(path.parent)
        if parent is None:
            parent = self.directories[path.parent] = path.parent.resolve()
        return parent / path.name


def read_regular(path: Path) -> bytes | None:
    """The bytes of `path` if it is a regular file itself; None for a symbolic link (never followed: it may
    point at a secret outside the tree), a device or a FIFO (never opened: it may never end)."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None


def _read_manifest(path: Path) -> list[str]:
    if not os.path.lexists(path):
        return []
    data = read_regular(path)
    if data is None:
        raise InputError(
            Location(str(path)), "not a manifest written by rsdlgen: not a regular file"
        )
    try:
        listed = json.loads(data.decode())
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(Location(str(path)), f"not a manifest written by rsdlgen: {exc}") from None
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        raise InputError(
            Location(str(path)), "not a manifest written by rsdlgen: expected a list of paths"
        )
    inside = _Inside(path.parent)
    for rel in listed:
        inside(rel, str(path))
    return listed


def check_writable(out: Path) -> None:
    """Refuse, before any work, an output directory that cannot be one: a file, a path under a file, or a place
    this process may not write to."""
    if out.exists() and not out.is_dir():
        raise InputError(Location(str(out)), "is a file, not a directory")
    existing = next(p for p in (out, *out.parents) if p.exists())
    if not existing.is_dir():
        raise InputError(Location(str(existing)), f"is a file: cannot make the directory {out}")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(Location(str(out)), f"cannot write here: {existing} is not writable")


def files_under(root: Path) -> dict[str, Path]:
    """Every file under `root` but the caches of tools run on it: regular files, and whatever else is not a
    directory (symbolic links, FIFOs, devices), which the walk does not follow.
    """
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir() and not path.is_symlink():
            continue
        if TOOL_CACHES.isdisjoint(path.parts):
            found[rel] = path
    return found


def _earlier(tree: Tree, owned: str) -> list[str]:
    """What the manifest lists outside the folder `owned` (rsdlgen wrote it, so check compares it); a manifest
    naming a path that leaves the tree lists nothing here: the links themselves are refused below.
    """
    if not owned:
        return []  # the whole tree is compared
    try:
        return tree.stale()
    except InputError:
        return []


def differences(tree: Tree) -> list[Difference]:
    """How the files rsdlgen owns under `tree.out` (its folder, its manifest and what that lists) differ from
    what `write_trees` would leave there (files the user owns aside): the comparison `rsdlgen check` makes,
    without writing anything. A symbolic link or special file is "refused", neither read nor followed.
    """
    want = {rel: data for rel, data in tree.planned().items() if rel not in tree.user_owned}
    have: dict[str, Path] = {}
    if tree.out.is_dir():
        owned = tree.owned()
        parts = owned.split("/") if owned else []
        # a link on the way to the owned folder is refused itself, never walked through
        linked = next(
            (
                p
                for p in ("/".join(parts[: n + 1]) for n in range(len(parts)))
                if (tree.out / p).is_symlink()
            ),
            None,
        )
        if linked is not None:
            have[linked] = tree.out / linked
        elif (tree.out / owned).is_dir():
            for rel, path in files_under(tree.out / owned).items():
                have[posixpath.join(owned, rel)] = path
        for rel in [MANIFEST, *_earlier(tree, owned)]:
            if os.path.lexists(tree.out / rel):
                have[rel] = tree.out / rel
        for rel in tree.user_owned:
            have.pop(rel, None)
    refused = {rel for rel, path in have.items() if not stat.S_ISREG(path.lstat().st_mode)}
    found = [Difference(rel, "added", new=want[rel]) for rel in sorted(want.keys() - have.keys())]
    found += [Difference(rel, "refused") for rel in sorted(refused)]
    found += [Difference(rel, "removed") for rel in sorted(have.keys() - want.keys() - refused)]
    for rel in sorted(want.keys() & have.keys() - refused):
        old = read_regular(have[rel])
        if old is None:
            found.append(Difference(rel, "refused"))
        elif old != want[rel]:
            found.append(Difference(rel, "changed", old, want[rel]))
    return found


def write_trees(trees: Sequence[Tree]) -> list[list[str]]:
    """Write every tree, or leave every file as it was; returns, per tree, the paths that changed.

    Each changed file is first written as a temporary file beside its destination; only when all of them are
    written do they replace the originals (`os.replace`), so a full disk or a refused directory changes
    nothing (directories made on the way are removed again). Unchanged files are not touched, and files this
    generator wrote before but no longer produces are removed. Python sources are expected formatted already.
    Nothing outside a tree's `out` is written or removed: a path, or an entry of an old manifest, that leaves
    it stops everything before the first write.
    """
    for tree in trees:
        check_writable(tree.out)
        inside = _Inside(tree.out)
        for rel in tree.files:
            inside(rel, "generated file")
    staged: list[tuple[str, Path]] = []
    made: list[Path] = []
    # directories known to exist: a docs tree has 760 files in three of them
    ready: set[Path] = set()
    stale = [tree.stale() for tree in trees]  # read before the manifests are replaced
    changed: list[list[str]] = []
    try:
        for tree, gone in zip(trees, stale, strict=True):
            mine = []
            for rel, data in tree.planned().items():
                path = tree.out / rel
                if read_regular(path) == data:
                    continue
                if path.parent not in ready:
                    _make_directories(path.parent, made)
                    ready.add(path.parent)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
                staged.append((tmp, path))
                with os.fdopen(fd, "wb") as handle:
                    os.fchmod(fd, 0o644)  # mkstemp's is 0o600; by descriptor: no second path lookup
                    handle.write(data)
                if rel != MANIFEST:
                    mine.append(rel)
            changed.append(mine + gone)
    except OSError as exc:
        for tmp, _ in staged:
            with suppress(OSError):
                os.unlink(tmp)
        for directory in reversed(made):
            with suppress(OSError):
                directory.rmdir()
        where = exc.filename or (staged[-1][1] if staged else trees[0].out)
        raise InputError(Location(str(where)), exc.strerror or str(exc)) from None
    for tmp, path in staged:
        os.replace(tmp, path)
    for tree, gone in zip(trees, stale, strict=True):
        for rel in gone:
            (tree.out / rel).unlink()
    return changed


def _make_directories(directory: Path, made: list[Path]) -> None:
    """`mkdir -p`, remembering each directory made so that a failed write can remove them again."""
    missing = [p for p in (directory, *directory.parents) if not p.exists()]
    existing = directory.parents[len(missing) - 1] if missing else directory
    if not existing.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "is a file, not a directory", str(existing))
    for path in reversed(missing):
        path.mkdir()
        made.append(path)


def write_tree(
    out: Path, files: dict[str, str | bytes], user_owned: frozenset[str] = frozenset()
) -> list[str]:
    """Write one tree (see `write_trees`); returns the paths that changed."""
    return write_trees([Tree(out, files, user_owned)])[0]
