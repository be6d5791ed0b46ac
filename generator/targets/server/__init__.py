"""`--target server`: an ASGI package (Starlette) that routes and validates every link and mocks an engine.

Starlette gives the request/response plumbing and runs under uvicorn, both already dependencies; everything
specific to the documents is data in the generated `spec.py` and `handlers.py`, read by runtime modules that
are copied as they are from `templates/server/runtime/`, and the tables they run from are `spec.json`
(data rather than Python: black takes seconds on a table of 775 links, and nothing is gained). The source documents are embedded too, to be served
at `<root>?rsdl` and `<root>?schema`.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path

from ...model.loading import Model
from .. import Option
from ..rendering import (
    NO_OPTIONS,
    QUIET,
    Progress,
    builtin_templates,
    environment,
    Python,
    doctext,
    format_python_files,
    package_folder,
    package_name,
    template_text,
)
from .spec import LinkSpec, server_spec

NAME = "server"
DEFAULT_PACKAGE = "ovirt_mock_engine"
OPTIONS: dict[str, Option] = {}
USER_OWNED: frozenset[str] = frozenset()  # user code subclasses `Handlers` in files of its own
RUNTIME = "runtime"  # the template folder of modules copied as they are
RENDERED = ("__init__.py", "__main__.py", "handlers.py")


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
    version = model.rsdl.version
    context = {
        "package": package,
        "source": Path(model.rsdl.file).name,
        "api_root": model.api_root,
        "fingerprint": model.fingerprint,
        "product": {
            "name": "oVirt Engine (rsdlgen mock)",
            "vendor": "rsdlgen",
            **{
                k: str(getattr(version, k))
                for k in ("major", "minor", "build", "revision")
                if version is not None and getattr(version, k) is not None
            },
        },
        "links": spec.links,
    }
    folder = package_folder(package)
    sources = {
        f"{folder}/{name}": env.get_template(f"{name}.j2").render(context) for name in RENDERED
    }
    for name in builtin_templates(NAME, RUNTIME):
        if name.endswith(".py"):
            sources[f"{folder}/{name.rpartition('/')[2]}"] = template_text(env, name)
    files: dict[str, str | bytes] = dict(format_python_files(sources))
    tables = {
        "api_root": model.api_root,
        "fingerprint": model.fingerprint,
        "product": context["product"],
        "links": [asdict(link) for link in spec.links],
        "resources": [asdict(resource) for resource in spec.resources],
        "types": [asdict(t) for t in spec.types],
        "elements": spec.elements,
        "capabilities": [asdict(c) for c in spec.capabilities],
    }
    files[f"{folder}/spec.json"] = json.dumps(tables, indent=1, sort_keys=True) + "\n"
    files[f"{folder}/py.typed"] = ""
    files[f"{folder}/documents/rsdl.xml"] = model.rsdl_bytes
    if model.schema_bytes is not None:
        files[f"{folder}/documents/api.xsd"] = model.schema_bytes
    return files
