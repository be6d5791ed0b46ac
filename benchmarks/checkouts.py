"""The two versions a benchmark runs side by side: a git ref's package, and this checkout's, each laid out as
an importable `rsdlgen` below a folder (put the folder first on `sys.path` of the process that runs it)."""

from __future__ import annotations

import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checkout(ref: str, folder: Path) -> Path:
    """The package of `ref` as `rsdlgen` below `folder` (generator/ with templates/ and rsdl/ inside)."""
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "generator", "templates", "rsdl"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as archive:
        archive.extractall(folder, filter="data")
    (folder / "generator").rename(folder / "rsdlgen")
    for data_package in ("templates", "rsdl"):
        (folder / data_package).rename(folder / "rsdlgen" / data_package)
    return folder


def linked(folder: Path) -> Path:
    """This checkout's package as `rsdlgen` below `folder`, laid out as `checkout` lays it out (symlinks)."""
    package = folder / "rsdlgen"
    package.mkdir(parents=True)
    for entry in (ROOT / "generator").iterdir():
        (package / entry.name).symlink_to(entry)
    for data_package in ("templates", "rsdl"):
        (package / data_package).symlink_to(ROOT / data_package)
    return folder
