"""`rsdlgen generate --target client`: a typed Python SDK (types, XML/JSON, services, transport)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ...model.loading import Model
from .. import Option
from ..rendering import (
    NO_OPTIONS,
    QUIET,
    Progress,
    environment,
    format_python_files,
    package_folder,
    package_name,
)
from .flavours import FLAVOURS
from .services import build_services
from .types import build_types

NAME = "client"
DEFAULT_PACKAGE = "ovirtsdk3"
OPTIONS: dict[str, Option] = {}
USER_OWNED: frozenset[str] = frozenset()
REQUIRES = ("httpx>=0.27", "lxml>=5.0")

# The modules of the package, each rendered from `<module>.j2` with the same context, except the services of
# each half (`services.py`, `async_services.py`): `services.py.j2` renders both, told which as `flavour`.
FLAVOURED = {f"{flavour.module}.py": flavour for flavour in FLAVOURS}
MODULES = (
    "__init__.py",
    "_views.py",
    "_services.py",
    "errors.py",
    "transport.py",
    "types.py",
    "xml.py",
    "json.py",
    *FLAVOURED,
)


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
    bindings = model.bindings
    types = build_types(model.schema, bindings.types)
    context = {
        "package": package,
        "model": model,
        "types": types,
        "services": build_services(model, types, bindings),
        "api_root": model.api_root,
        "fingerprint": model.fingerprint,
        "schema_file": _file_name(model.schema.file if model.schema else None),
        "rsdl_file": _file_name(model.rsdl.file),
        "flavours": FLAVOURS,
    }
    folder = package_folder(package)
    sources = {}
    for module in MODULES:
        if module in FLAVOURED:
            text = env.get_template("services.py.j2").render(context, flavour=FLAVOURED[module])
        else:
            text = env.get_template(f"{module}.j2").render(context)
        sources[f"{folder}/{module}"] = text
    files: dict[str, str | bytes] = {f"{folder}/py.typed": ""}
    files.update(format_python_files(sources))
    return files


def _file_name(path: str | None) -> str:
    return Path(path).name if path else "no schema"
