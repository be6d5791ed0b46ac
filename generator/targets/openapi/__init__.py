"""`--target openapi`: an OpenAPI 3.1 description of the API (`openapi.json`, and with the option `yaml` the same
as `openapi.yaml`), for the OpenAPI ecosystem: viewers (Swagger UI, Redoc), client generators, contract testers, gateways.

The document is built as data and serialised with a fixed order (paths by href, methods in HTTP order,
components by name, everything else in the order of the source documents), so the same documents give the same
bytes. What OpenAPI cannot say (matrix parameters, an element's text) is in documented `x-` extensions; the README
lists what is lossy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from ...model.loading import Model
from .. import Option
from ..rendering import NO_OPTIONS, QUIET, Progress
from .paths import Paths, general_parameters, responses_components
from .schemas import Json, Schemas

NAME = "openapi"
DEFAULT_PACKAGE = None  # the description is no Python package
OPTIONS = {
    "title": Option(str, "the description's title (default: `REST API <api root>`)"),
    "server": Option(
        str, "the URL of the engine in `servers` (default: `{scheme}://{engine}<api root>`)"
    ),
    # Off by default: PyYAML's pure-Python writer takes seconds where the JSON takes a tenth of one (3.6 s
    # against 0.19 s for oVirt 3.6's 2.6 MB description, benchmarks/openapi_generate.py).
    "yaml": Option(bool, "also write `openapi.yaml`, the same description in YAML", "--yaml"),
}
USER_OWNED: frozenset[str] = frozenset()
VERSION = "3.1.1"


def security_schemes() -> Json:
    return {
        "basic": {
            "type": "http",
            "scheme": "basic",
            "description": "`user@domain:password` (guide §2.2).",
        },
        "session": {
            "type": "apiKey",
            "in": "cookie",
            "name": "JSESSIONID",
            "description": "The session a request with credentials and `Prefer: persistent-auth` opened; "
            "send `Prefer: persistent-auth` with the cookie to keep it (guide §2.3).",
        },
    }


def _info(model: Model, title: str | None) -> Json:
    rsdl = model.rsdl
    version = str(rsdl.version) if rsdl.version is not None and str(rsdl.version) else "unversioned"
    notes = [
        " ".join((rsdl.description or "").split()),
        "Described from the RSDL and XML Schema by rsdlgen. Every representation is XML (the default) or "
        "JSON (`Accept: application/json`); in JSON an element is an object without its root wrapper and "
        "every value is a string. Matrix parameters (`;max=10`) are listed in each operation's "
        "`x-matrix-parameters`.",
    ]
    return {
        "title": title or f"REST API {model.api_root}",
        "version": version,
        "description": "\n\n".join(n for n in notes if n),
        "x-rsdlgen-fingerprint": model.fingerprint,
    }


def _servers(model: Model, url: str | None) -> list[Json]:
    if url:
        return [{"url": url}]
    return [
        {
            "url": "{scheme}://{engine}" + model.api_root,
            "description": "an engine (`rsdlgen serve` listens on http://127.0.0.1:8080)",
            "variables": {
                "scheme": {"default": "https", "enum": ["https", "http"]},
                "engine": {"default": "localhost", "description": "host[:port] of the engine"},
            },
        }
    ]


def document(model: Model, options: Mapping[str, object] = NO_OPTIONS) -> Json:
    """The description as data; `options` as `OPTIONS` declares them."""
    schemas = Schemas(model.schema)
    general = general_parameters(model.rsdl.general.headers)
    paths = Paths(model, schemas, sorted(general))
    out: dict[str, Any] = {
        "openapi": VERSION,
        "info": _info(model, str(options["title"]) if options.get("title") else None),
        "servers": _servers(model, str(options["server"]) if options.get("server") else None),
        "security": [{"basic": []}, {"session": []}],
        "paths": paths.paths(),
        "components": {
            "schemas": schemas.components(),
            "responses": responses_components(),
            "securitySchemes": security_schemes(),
        },
    }
    if general:
        out["components"]["parameters"] = dict(sorted(general.items()))
    return out


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # shared objects are written out each time: no `&id001` anchors in the output


def render(
    model: Model,
    package: str | None = None,
    *,
    templates: Path | None = None,  # no templates: the description is data
    progress: Progress = QUIET,
    options: Mapping[str, object] = NO_OPTIONS,
) -> dict[str, str | bytes]:
    described = document(model, options)
    files: dict[str, str | bytes] = {"openapi.json": json_text(described)}
    if options.get("yaml"):
        files["openapi.yaml"] = yaml_text(described)
    return files


def json_text(described: Json) -> str:
    return json.dumps(described, indent=2, ensure_ascii=False) + "\n"


def yaml_text(described: Json) -> str:
    """PyYAML's pure-Python emitter: libyaml's lays out long keys otherwise, and the bytes must not depend on
    whether it is installed."""
    return yaml.dump(described, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
