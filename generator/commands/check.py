"""`rsdlgen check`: is `generated/` what `rsdl/` renders today? `--against URL|DIR`: are the bindings still true
to a live engine's (or a directory's) documents?"""

from __future__ import annotations

import argparse
import difflib
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..model.diffing import diff, documents_in
from ..errors import InputError, Location
from ..drift.fetching import download
from ..model.loading import PACKAGE_ROOT, Model, load
from ..targets.rendering import write_tree
from ..targets import targets
from .diff import print_diff
from .fetch import add_connection_options, connection_from

DIFF_LINES = 12  # of each changed file's unified diff
# `FINGERPRINT = "<sha256>"` in the client package (its contract); other targets may show a prefix of it.
FINGERPRINT = re.compile(rb"(?i:fingerprint)[^\n]{0,40}?\b([0-9a-f]{16,64})\b")


NOTES = {
    "added": " (generated, missing here)",
    "removed": " (here, no longer generated)",
    "changed": "",
}


@dataclass(frozen=True)
class Difference:
    path: str
    kind: str  # "added" (regenerating adds it), "removed" (regenerating removes it), "changed"
    excerpt: tuple[str, ...] = ()


def target_dir(generated: Path, target: ModuleType) -> Path:
    """Where `target` lives under `generated` (`generated/client` -> GENERATED/client)."""
    out = Path(target.DEFAULT_OUT)
    return generated / (out.relative_to("generated") if out.parts[0] == "generated" else out.name)


# Made by running the generated code or checking it (import, mypy, pytest), never generated nor committed.
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})


def files_under(root: Path, skip: frozenset[str]) -> dict[str, Path]:
    """Every file under `root` but user-owned ones and the caches of tools run on it."""
    if not root.is_dir():
        return {}
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and rel not in skip and TOOL_CACHES.isdisjoint(path.parts):
            found[rel] = path
    return found


def compare_trees(expected: Path, actual: Path, skip: frozenset[str]) -> list[Difference]:
    want, have = files_under(expected, skip), files_under(actual, skip)
    found = [Difference(rel, "added") for rel in sorted(want.keys() - have.keys())]
    found += [Difference(rel, "removed") for rel in sorted(have.keys() - want.keys())]
    for rel in sorted(want.keys() & have.keys()):
        new, old = want[rel].read_bytes(), have[rel].read_bytes()
        if new != old:
            found.append(Difference(rel, "changed", _excerpt(rel, old, new)))
    return found


def _excerpt(rel: str, old: bytes, new: bytes) -> tuple[str, ...]:
    lines = difflib.unified_diff(
        old.decode(errors="replace").splitlines(),
        new.decode(errors="replace").splitlines(),
        f"committed/{rel}",
        f"regenerated/{rel}",
        lineterm="",
        n=1,
    )
    return tuple(line for line, _ in zip(lines, range(DIFF_LINES)))


def check_generated(generated: Path) -> int:
    model = load()
    stale, counts = [], []
    with tempfile.TemporaryDirectory(prefix="rsdlgen-check-") as tmp:
        for name, target in sorted(targets().items()):
            expected = Path(tmp) / name
            write_tree(expected, target.render(model, target.DEFAULT_PACKAGE), target.USER_OWNED)
            committed = target_dir(generated, target)
            differences = compare_trees(expected, committed, target.USER_OWNED)
            counts.append(f"{name} {len(files_under(expected, target.USER_OWNED))} files")
            if differences:
                stale.append((committed, differences))
    if not stale:
        print(f"{generated} is up to date with rsdl/ ({', '.join(counts) or 'no targets'})")
        return 0
    for committed, differences in stale:
        print(f"{committed}: {len(differences)} files differ from what rsdl/ generates")
        for d in differences:
            print(f"  {d.kind:8} {d.path}{NOTES[d.kind]}")
            print("".join(f"      {line}\n" for line in d.excerpt), end="")
    print("run `rsdlgen generate` to bring them up to date")
    return 1


def generated_fingerprint(generated: Path) -> tuple[str, Path]:
    """The fingerprint of the documents the bindings came from (or a prefix of it): the client package's
    `FINGERPRINT` first, else the first other generated file that shows one."""
    candidates = sorted(
        files_under(generated, frozenset()).values(),
        key=lambda p: (p.relative_to(generated).parts[0] != "client", p.name != "__init__.py", p),
    )
    for path in candidates:
        found = FINGERPRINT.search(path.read_bytes())
        if found:
            return found.group(1).decode(), path
    raise InputError(Location(str(generated)), "no generated module defines FINGERPRINT")


def check_against(generated: Path, source: str, args: argparse.Namespace) -> int:
    recorded, where = generated_fingerprint(generated)
    current = load()
    if not current.fingerprint.startswith(recorded):
        print(
            f"{where} was generated from other documents than rsdl/ (FINGERPRINT {recorded[:12]}…, "
            f"rsdl/ is {current.fingerprint[:12]}…): run `rsdlgen generate`, then check again"
        )
        return 1
    other: Model
    if re.match(r"^https?://", source):
        other = download(connection_from(args, source)).model
    else:
        other = load(*documents_in(source))
    if other.fingerprint.startswith(recorded):
        print(
            f"the bindings in {generated} match {source} (fingerprint {recorded[:12]}… in {where})"
        )
        return 0
    result = diff(current, other)
    print_diff(result, args.json)
    if not args.json:
        what = f"{len(result.changes)} changes, {len(result.breaking)} breaking"
        if not result.changes:
            what = "no change to the API (documentation or formatting only)"
        print(f"the bindings in {generated} ({where}) were not generated from {source}: {what}")
    return 1


def run(args: argparse.Namespace) -> int:
    generated = Path(args.generated) if args.generated else PACKAGE_ROOT / "generated"
    if args.against:
        return check_against(generated, args.against, args)
    return check_generated(generated)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="fail when generated/ is stale, or when an engine's API moved under the bindings",
        description="Without --against: regenerate every target from rsdl/ in a temporary directory and "
        "compare with generated/ (exit 1 when they differ). With --against URL|DIR: compare the documents "
        "the bindings were generated from with a live engine's (or a directory's rsdl.xml + api.xsd) and "
        "show the semantic diff when they differ (exit 1).",
    )
    parser.add_argument(
        "--generated",
        metavar="DIR",
        help="the generated tree to check (default: the repository's generated/)",
    )
    parser.add_argument(
        "--against", metavar="URL|DIR", help="a live engine's API root, or a directory"
    )
    parser.add_argument("--json", action="store_true", help="with --against: the diff as JSON")
    add_connection_options(parser)
    parser.set_defaults(run=run, parser=parser)
