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
from dataclasses import asdict
from pathlib import Path

from ...errors import InputError, Location
from ...model.loading import Model, fingerprint
from ..rendering import TEMPLATES, environment, format_python_files
from .spec import LinkSpec, server_spec

NAME = "server"
DEFAULT_PACKAGE = "ovirt_mock_engine"
DEFAULT_OUT = "generated/server"
USER_OWNED: frozenset[str] = frozenset()  # user code subclasses `Handlers` in files of its own
RUNTIME = TEMPLATES / NAME / "runtime"
RENDERED = ("__init__.py", "__main__.py", "handlers.py")


def _summary(link: LinkSpec) -> str:
    """A docstring: `METHOD href: description`, wrapped, with nothing that could end the string."""
    text = f"{link.method} {link.href or '/'}"
    if link.description:
        text += ": " + " ".join(link.description.split())
    text = text.replace("\\", "\\\\").replace('"', "'")
    return "\n        ".join(textwrap.wrap(text, 90)) + ("\n        " if len(text) > 90 else "")


def documents(model: Model) -> dict[str, bytes]:
    """The bytes of the source documents, checked against the model's fingerprint."""
    files = {"rsdl.xml": model.rsdl.file}
    if model.schema is not None:
        files["api.xsd"] = model.schema.file
    data = {name: Path(path).read_bytes() for name, path in files.items()}
    if fingerprint(*data.values()) != model.fingerprint:
        raise InputError(Location(model.rsdl.file), "changed on disk while generating the server")
    return data


def render(model: Model, package: str) -> dict[str, str | bytes]:
    env = environment(NAME)
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
    sources = {
        f"{package}/{name}": env.get_template(f"{name}.j2").render(context) for name in RENDERED
    }
    sources.update({f"{package}/{m.name}": m.read_text() for m in sorted(RUNTIME.glob("*.py"))})
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
    files[f"{package}/spec.json"] = json.dumps(tables, indent=1, sort_keys=True) + "\n"
    files[f"{package}/py.typed"] = ""
    for name, data in documents(model).items():
        files[f"{package}/documents/{name}"] = data
    return files
