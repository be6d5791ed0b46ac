"""`--target server`: a mock-engine package over the runtime `rsdlgen.mock`.

The runtime is an ordinary package of rsdlgen, tested directly, and a generated server imports it, as the code
xsdata generates imports xsdata: a server is only what is specific to its documents, the tables
(`spec.json`, data rather than Python: black takes seconds on a table of 775 links, and nothing is gained),
the documents themselves (served at `<root>?rsdl` and `<root>?schema`) and `handlers.py`, one typed method
per link for a user's subclass to override. Copying the runtime into each server instead would make every
fix to the engine a regeneration, and left the generator unable to import what it renders for.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path

from ...mock.spec import LinkSpec
from ...model.loading import Model
from .. import Option
from ..rendering import (
    NO_OPTIONS,
    QUIET,
    Progress,
    Python,
    doctext,
    environment,
    format_python_files,
    package_folder,
    package_name,
)
from .spec import server_spec

NAME = "server"
DEFAULT_PACKAGE = "ovirt_mock_engine"
OPTIONS: dict[str, Option] = {}
USER_OWNED: frozenset[str] = frozenset()  # user code subclasses `Handlers` in files of its own
# A generated server imports the mock engine, rsdlgen.mock, with its web-server stack.
REQUIRES = ("rsdlgen[serve]",)
RENDERED = ("__init__.py", "__main__.py", "handlers.py", "spec.py")


def _summary(link: LinkSpec) -> Python:
    """A docstring's text: `METHOD href: description`, wrapped, with nothing that could end the string."""
    text = f"{link.method} {link.href or '/'}"
    if link.description:
        text += ": " + " ".join(link.description.split())
    lines = [doctext(line.replace('"', "'")) for line in textwrap.wrap(text, 90)]
    return Python("\n        ".join(lines) + ("\n        " if len(text) > 90 else ""))


def render(
    model: Model,
    package: str,
    *,
    templates: Path | None = None,
    progress: Progress = QUIET,
    options: Mapping[str, object] = NO_OPTIONS,
) -> dict[str, str | bytes]:
    package = package_name(package)
    env = environment(NAME, templates)
    env.filters["summary"] = _summary
    spec = server_spec(model)
    context = {
        "package": package,
        "source": Path(model.rsdl.file).name,
        "api_root": model.api_root,
        "links": spec.links,
    }
    folder = package_folder(package)
    sources = {
        f"{folder}/{name}": env.get_template(f"{name}.j2").render(context) for name in RENDERED
    }
    files: dict[str, str | bytes] = dict(format_python_files(sources))
    files[f"{folder}/spec.json"] = spec.to_json()
    files[f"{folder}/py.typed"] = ""
    for name, data in spec.documents.items():
        files[f"{folder}/documents/{name}"] = data
    return files
