"""`rsdlgen generate --target client`: a typed Python SDK (types, XML/JSON, services, transport)."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path

from .services import build_services
from .types import build_types
from ...model.bindings import build_bindings
from ...model.loading import Model
from .. import Option
from ..rendering import (
    NO_OPTIONS,
    QUIET,
    Progress,
    environment,
    format_python_files,
    package_folder,
)

NAME = "client"
DEFAULT_PACKAGE = "ovirtsdk3"
OPTIONS: dict[str, Option] = {}
USER_OWNED: frozenset[str] = frozenset()

# Template -> module; every module is rendered with the same context.
MODULES = (
    "__init__.py",
    "_views.py",
    "_services.py",
    "errors.py",
    "transport.py",
    "types.py",
    "xml.py",
    "json.py",
    "services.py",
)
LINE = 100


def pystr(value: str) -> str:
    """A Python string literal (double quotes, as black would write it)."""
    text = repr(value)
    if text.startswith("'") and '"' not in value:
        text = '"' + text[1:-1].replace("\\'", "'") + '"'
    return text


def pytuple(values: list[object] | tuple[object, ...]) -> str:
    """A Python tuple literal of strings (or of such tuples), without a trailing comma black would keep."""
    items = [pytuple(v) if isinstance(v, (list, tuple)) else pystr(str(v)) for v in values]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def docstring(text: str, indent: int) -> str:
    """A triple-quoted docstring: paragraphs rewrapped to the line length, quotes and backslashes escaped."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    width = LINE - indent
    paragraphs = []
    for paragraph in text.split("\n\n"):
        lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
        if lines and lines[0].startswith("`"):
            paragraphs.append("\n".join(lines))  # a code line: keep it as it is
        else:
            paragraphs.append(textwrap.fill(" ".join(lines), width, break_on_hyphens=False))
    body = "\n\n".join(p for p in paragraphs if p)
    if body.endswith('"'):
        body += " "
    pad = " " * indent
    if "\n" not in body and len(body) + 6 <= width:
        return f'"""{body}"""'
    return (
        '"""'
        + body.replace("\n", "\n" + pad).replace("\n" + pad + "\n", "\n\n")
        + "\n"
        + pad
        + '"""'
    )


def render(
    model: Model,
    package: str,
    *,
    templates: Path | None = None,
    progress: Progress = QUIET,
    options: Mapping[str, object] = NO_OPTIONS,
) -> dict[str, str | bytes]:
    env = environment(NAME, templates)
    env.filters["pystr"] = pystr
    env.filters["docstring"] = docstring
    env.filters["pytuple"] = pytuple
    bindings = build_bindings(model)
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
    }
    folder = package_folder(package)
    sources = {
        f"{folder}/{module}": env.get_template(f"{module}.j2").render(context) for module in MODULES
    }
    files: dict[str, str | bytes] = {f"{folder}/py.typed": ""}
    files.update(format_python_files(sources, progress))
    return files


def _file_name(path: str | None) -> str:
    return Path(path).name if path else "no schema"
