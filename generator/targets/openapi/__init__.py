"""`--target openapi`: an OpenAPI 3.1 description of the API (`openapi.json`, and with the option `yaml` the same
as `openapi.yaml`), for the OpenAPI ecosystem: viewers (Swagger UI, Redoc), client generators, contract testers, gateways.

The document is built as data and serialised with a fixed order (paths by href, methods in HTTP order,
components by name, everything else in the order of the source documents), so the same documents give the same
bytes. What OpenAPI cannot say (matrix parameters, an element's text) is in documented `x-` extensions; the README
lists what is lossy.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ...model.loading import Model
from .. import Option
from ..rendering import NO_OPTIONS, QUIET, Progress, indented_json, json_dumps
from .paths import PCHAR, Paths, content, general_parameters, responses_components
from .schemas import REF, Json, Schemas

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
REQUIRES: tuple[str, ...] = ()  # no Python code
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
            "url": "{scheme}://{engine}" + urllib.parse.quote(model.api_root, safe="/" + PCHAR),
            "description": "an engine (`rsdlgen serve` listens on http://127.0.0.1:8080)",
            "variables": {
                "scheme": {"default": "https", "enum": ["https", "http"]},
                "engine": {"default": "localhost", "description": "host[:port] of the engine"},
            },
        }
    ]


ENTRY_ELEMENT = "api"  # the entry point's representation (`GET /`, guide §4)


def _entry_point(
    model: Model, schemas: Schemas, general: list[str], described: Paths
) -> Json | None:
    """`GET /`, which the RSDL does not list but every engine answers (guide §4: links to the collections,
    special objects, product information, summary, time); None when the document declares it itself.
    """
    if any(link.href == "" and link.method == "GET" for link in model.links):
        return None
    entry = model.schema.elements.get(ENTRY_ELEMENT) if model.schema else None
    answer = schemas.representation(entry or "API")
    example = described.examples.ref(
        described.answers.entry_point(ENTRY_ELEMENT, entry), "get", "get: 200 OK"
    )
    item: Json = {}
    if general:
        item["parameters"] = [{"$ref": f"#/components/parameters/{name}"} for name in general]
    item["get"] = {
        "operationId": "get",
        "summary": "get",
        "description": "The entry point (guide §4): a link to every top-level collection and search, the "
        "special objects, the product's name and version, a summary of what the engine holds, its time.",
        "tags": ["api"],
        "responses": {
            "200": {"description": "200 OK: the entry point", "content": content(answer, example)},
            "400": {"$ref": "#/components/responses/400"},
            "401": {"$ref": "#/components/responses/401"},
        },
    }
    return item


def _tags(paths: Json) -> list[Json]:
    """The tags the operations use, declared (each a top-level collection, `api` the entry point's)."""
    used = {tag for item in paths.values() for op in item.values() if isinstance(op, dict)
            for tag in op.get("tags", [])}  # fmt: skip
    return [
        {"name": tag, "description": "The entry point and the API root's own operations"
         if tag == "api" else f"The `{tag}` collection and what lies below it"}
        for tag in sorted(used)
    ]  # fmt: skip


# A reference to a component schema in compact JSON text: a quote inside a string is escaped there, so the
# pattern matches where a `$ref` key holds such a reference and nowhere else.
_SCHEMA_REF = re.compile(r'"\$ref":"' + re.escape(REF) + r'((?:[^"\\]|\\.)*)"')


def _referenced(value: Any) -> set[str]:
    """The component schemas `value` refers to, directly: read from its JSON text, which orjson writes in C,
    in a third of the time a walk of the data took in Python."""
    text = json_dumps(value)
    return {json.loads(f'"{name}"') for name in set(_SCHEMA_REF.findall(text))}


def _used(schemas: Json, roots: Any) -> Json:
    """The schemas the rest of the description reaches, directly or through other schemas: an unused one is
    only noise for linters and generators."""
    reached: set[str] = set()
    todo = _referenced(roots)
    while todo:
        name = todo.pop()
        if name in schemas and name not in reached:
            reached.add(name)
            todo |= _referenced(schemas[name])
    return {name: value for name, value in schemas.items() if name in reached}


def document(model: Model, options: Mapping[str, object] = NO_OPTIONS) -> Json:
    """The description as data; `options` as `OPTIONS` declares them."""
    schemas = Schemas(model.schema)
    general = general_parameters(model.rsdl.general.headers)
    described = Paths(model, schemas, sorted(general))
    paths = described.paths()
    entry = _entry_point(model, schemas, sorted(general), described)
    if entry is not None:
        paths = {"/": entry, **paths}
    components: dict[str, Any] = {
        "responses": responses_components(schemas, described.examples),
        "securitySchemes": security_schemes(),
    }
    if general:
        components["parameters"] = dict(sorted(general.items()))
    used = _used(schemas.components(), [paths, components])  # examples are data: no schema in them
    examples = dict(sorted(described.examples.components.items()))
    components = {"schemas": used, "responses": components.pop("responses"), "examples": examples,
                  **components}  # fmt: skip
    return {
        "openapi": VERSION,
        "info": _info(model, str(options["title"]) if options.get("title") else None),
        "servers": _servers(model, str(options["server"]) if options.get("server") else None),
        "security": [{"basic": []}, {"session": []}],
        "tags": _tags(paths),
        "paths": paths,
        "components": components,
    }


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
    return indented_json(described)


def yaml_text(described: Json) -> str:
    """PyYAML's pure-Python emitter: libyaml's lays out long keys otherwise, and the bytes must not depend on
    whether it is installed. Imported here: only the option `yaml` needs it (a tenth of the start-up).
    """
    import yaml

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return (
                True  # shared objects are written out each time: no `&id001` anchors in the output
            )

    return yaml.dump(described, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
