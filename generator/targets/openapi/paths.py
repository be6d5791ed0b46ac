"""`paths`: a path per href (its placeholders as path parameters), an operation per method declared on it.

An operation's id is the model's operation name (`vms.vm-id.shutdown`, the docs' page and anchor). oVirt declares
a few (method, href) pairs twice with different responses: one operation describes both (`anyOf` the answers).

URL parameters: `search` and other query parameters are `in: query`. Matrix parameters (`;max=10` after the
last segment) have no OpenAPI form that fits: `style: matrix` serialises a *path* parameter, which must be a
placeholder of its own and is always required, whereas oVirt's are optional and follow a segment. They are
listed in the vendor extension `x-matrix-parameters` (parameter objects without `in`) and shown in the
operation's description, which viewers render.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from ...model.bodies import body_root
from ...model.declarations import Header, Link, Parameter, Segment
from ...model.loading import Model
from ...model.statuses import Success, successes
from ..answers import Answers, Fault
from .examples import Examples
from .schemas import FAULT, Json, Schemas

METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")
MEDIA = ("application/xml", "application/json")
# Described elsewhere: the media types by `requestBody` and `Accept`, credentials by the security schemes.
NOT_PARAMETERS = frozenset({"content-type", "accept", "authorization"})
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]+")
SAMPLES = {
    "xs:boolean": "true",
    "xs:int": "10",
    "xs:long": "10",
}  # of matrix parameters, in descriptions
# The faults each operation can answer (guide §7.4.9), by when the engine answers them.
FAULTS = {
    "400": "Bad Request: a URL parameter, header or body the engine cannot take (an incomplete body, a "
    "reference to an entity that does not exist)",
    "401": "Authorization Required: no valid credentials or session (guide §2.2)",
    "404": "Not Found: an entity of the path does not exist",
    "409": "Conflict: the engine cannot do it now (the entity's state, a name in use, an immutable field)",
    "413": "Request Entity Too Large: the body is too large",
    "415": "Unsupported Media Type: the body is neither XML nor JSON",
}


# The example fault of each status, worded as the engine words it (guide §7.4.9, the docs' faults).
FAULT_EXAMPLES = {
    "400": ("Incomplete parameters", "VM [name] required for add"),
    "401": ("Unauthorized", "Authorization Required"),
    "404": ("Not Found", "vms/123"),
    "409": ("Broken immutability constraint", "Attempt to set immutable field: id"),
    "413": ("Request Entity Too Large", "the body is larger than the engine takes"),
    "415": ("Unsupported Media Type", "Cannot consume content type"),
}


def responses_components(schemas: Schemas, examples: Examples) -> dict[str, Json]:
    """The faults, shared by every operation."""
    found: dict[str, Json] = {}
    for status, text in FAULTS.items():
        line = f"{status} {text.split(':')[0]}"
        fault = Fault(line, *FAULT_EXAMPLES[status], when=text).node
        example = examples.ref(fault, f"fault.{status}", f"a fault: {line}")
        found[status] = {"description": text, "content": content(schemas.ref(FAULT), example)}
    found["401"]["headers"] = {
        "WWW-Authenticate": {
            "description": '`Basic realm="RESTAPI"`',
            "schema": {"type": "string"},
        }
    }
    return found


def content(schema: Json, example: Json | None = None) -> Json:
    """The schema in both media types, with the example answer (a reference to it) in each."""
    if example is None:
        return {media: {"schema": schema} for media in MEDIA}
    return {media: {"schema": schema, "examples": {"answer": example}} for media in MEDIA}


# A value hint that names a unit (`Session-TTL`: `minutes`) asks for a whole number of them, not for the word:
# an example tools send must be one the engine takes. A string with a pattern, as headers are text: tools
# check a header's text against its schema (Schemathesis reads `"30"` as no `integer`).
UNITS = {"seconds": 60, "minutes": 30, "hours": 1, "days": 1}


def _value_schema(value: str | None) -> Json:
    """A header's schema from its RSDL value, a hint: listed alternatives (`true|false`) are an enum, a unit
    (`minutes`) a whole number of them, one other value (`201-created`, `any string`) only an example.
    """
    alternatives = [v.strip() for v in (value or "").split("|") if v.strip()]
    if len(alternatives) > 1:
        return {"type": "string", "enum": alternatives}
    if len(alternatives) == 1 and alternatives[0].lower() in UNITS:
        unit = alternatives[0].lower()
        return {
            "type": "string",
            "pattern": "^-?[0-9]+$",
            "examples": [str(UNITS[unit])],
            "description": f"{unit} (zero or less: no limit)",
        }
    return {"type": "string", **({"examples": alternatives} if alternatives else {})}


def header_parameter(header: Header) -> Json:
    out: Json = {"name": header.name, "in": "header", "required": header.required}
    if header.description:
        out["description"] = " ".join(header.description.split())
    out["schema"] = _value_schema(header.value)
    return out


def _url_parameter(parameter: Parameter, schemas: Schemas, where: str | None) -> Json:
    out: Json = {"name": parameter.name}
    if where:
        out["in"] = where
    out["required"] = parameter.required
    text = " ".join((parameter.description or parameter.value or "").split())
    if text:
        out["description"] = text
    if parameter.deprecated:
        out["deprecated"] = True
    out["schema"] = schemas.of(parameter.type)
    return out


def _matrix_note(link: Link, parameters: list[Parameter], api_root: str) -> str:
    names = ", ".join(f"`{p.name}` ({p.type})" for p in parameters)
    first = parameters[0]
    sample = SAMPLES.get(first.type, "x")
    path = "/".join(s.text for s in link.segments)
    return (
        f"Matrix parameters (`;name=value` after the last segment, see `x-matrix-parameters`): {names}. "
        f"For example `{link.method} {api_root}/{path};{first.name}={sample}`."
    )


class Paths:
    def __init__(self, model: Model, schemas: Schemas, general: list[str]) -> None:
        self.model = model
        self.schemas = schemas
        self.general = general  # names of the API-wide header parameters (`components/parameters`)
        # each link's operationId, by `Link.key`
        self.ids = {key: name.operation_id for key, name in model.operation_names.items()}
        self.answers = Answers(model)  # the docs' example answers
        self.examples = Examples()

    def paths(self) -> dict[str, Json]:
        by_href: dict[str, dict[str, list[Link]]] = {}
        for link in self.model.links:
            by_href.setdefault(link.href, {}).setdefault(link.method, []).append(link)
        found: dict[str, Json] = {}
        for href in sorted(by_href):
            methods = by_href[href]
            item: Json = {}
            template, names = path_template(methods[next(iter(methods))][0].segments)
            parameters = [_path_parameter(name, s.text) for name, s in names]
            parameters += [{"$ref": f"#/components/parameters/{name}"} for name in self.general]
            if parameters:
                item["parameters"] = parameters
            for method in sorted(methods, key=_method_order):
                item[method.lower()] = self.operation(methods[method])
            found[template] = item
        return found

    def operation(self, links: list[Link]) -> Json:
        """One operation for the links declared for one (method, href), in docs order."""
        links = sorted(links, key=lambda k: self.ids[k.key])
        first = links[0]
        out: Json = {"operationId": self.ids[first.key]}
        out["summary"] = first.rel
        notes = [" ".join((first.description or "").split())]
        if len(links) > 1:
            notes.append(
                "Declared twice, answering "
                + " or ".join(f"`{k.response}` (rel `{k.rel}`)" for k in links)
                + "."
            )
        matrix = [p for p in first.url if p.context == "matrix"]
        if matrix:
            notes.append(_matrix_note(first, matrix, self.model.api_root))
        if not notes[0]:
            notes[0] = self._what(first)
        out["description"] = "\n\n".join(n for n in notes if n)
        out["tags"] = [tag_of(first)]
        parameters = [
            _url_parameter(p, self.schemas, "query") for p in first.url if p.context != "matrix"
        ]
        parameters += [
            header_parameter(h) for h in first.headers if h.name.lower() not in NOT_PARAMETERS
        ]
        if parameters:
            out["parameters"] = parameters
        body = first.body
        if body is not None and (body.type or body.overloads):
            root = body_root(self.model.schema, body.type)
            out["requestBody"] = {
                "required": body.required,
                "content": content(self.schemas.body(body, root)),
            }
        out["responses"] = self._responses(links)
        if matrix:
            out["x-matrix-parameters"] = [_url_parameter(p, self.schemas, None) for p in matrix]
        return out

    def _what(self, link: Link) -> str:
        """What an operation the RSDL does not describe does, from its rel and resource (guide chapter 7)."""
        resource = self.model.resource(link.href)
        kind = resource.kind if resource is not None else "resource"
        thing = (
            f"`{resource.entity_type}`"
            if resource is not None and resource.entity_type
            else "entity"
        )
        where = f"`{link.href or '/'}`"
        if link.rel == "get" and kind == "collection":
            return f"Lists the {where} collection (each a {thing})."
        return {
            "get": f"Reads the {thing} at {where}.",
            "add": f"Adds a {thing} to the {where} collection.",
            "update": f"Updates the {thing} at {where} with the fields the body gives.",
            "delete": f"Removes the {thing} at {where}.",
        }.get(link.rel, f"The `{link.rel}` action ({link.method} {where}).")

    def _responses(self, links: list[Link]) -> Json:
        first = links[0]
        found: Json = {}
        for success in successes(self.model, first):
            found[str(success.status)] = self._success(success, links)
        faults = ["400", "401"]
        if first.path_parameters:
            faults.append("404")
        if first.method != "GET":
            faults.append("409")
        if first.body is not None:
            faults += ["413", "415"]
        for status in faults:
            found[status] = {"$ref": f"#/components/responses/{status}"}
        return found

    def _success(self, success: Success, links: list[Link]) -> Json:
        out: Json = {"description": f"{success.line}: {success.when}"}
        if success.location:
            out["headers"] = {
                "Location": {"description": "the new entity's href", "schema": {"type": "string"}}
            }
        if not success.body:
            return out
        answers = [self._answer(k) for k in links]
        unique = [a for i, a in enumerate(answers) if a not in answers[:i]]
        answered = self.answers.of(links[0])
        operation_id = self.ids[links[0].key]
        example = (
            self.examples.ref(answered.body, operation_id, f"{operation_id}: {answered.status}")
            if answered.body is not None
            else None
        )
        out["content"] = content(unique[0] if len(unique) == 1 else {"anyOf": unique}, example)
        return out

    def _answer(self, link: Link) -> Json:
        """What comes back: the declared response type, else what the resource holds (an add answers the
        entity), else any object."""
        resource = self.model.resource(link.href)
        fallback = resource.entity_type if resource is not None else None
        return self.schemas.representation(link.response or fallback)


def tag_of(link: Link) -> str:
    """An operation's tag: its top-level collection (`vms`), `api` for the root's own."""
    return next((s.name for s in link.segments if not s.placeholder), None) or "api"


# What a path segment holds unencoded (RFC 3986 pchar, braces aside)
PCHAR = "-._~!$&'()*+,;=:@"


def path_template(segments: tuple[Segment, ...]) -> tuple[str, list[tuple[str, Segment]]]:
    """`vms/{vm:id}` -> `/vms/{vm_id}`: placeholder names with what tools take in a template (RFC 6570 and
    Python's `format` read `:` as a modifier), numbered when a path repeats one."""
    parts: list[str] = []
    names: list[tuple[str, Segment]] = []
    for segment in segments:
        if (
            not segment.placeholder
        ):  # percent-encoded: a `{` of the document's is no template of OpenAPI's
            parts.append(urllib.parse.quote(segment.text, safe=PCHAR))
            continue
        base = _NOT_NAME.sub("_", segment.name).strip("_") or "id"
        name, count = base, 2
        while name in (n for n, _ in names):
            name, count = f"{base}_{count}", count + 1
        names.append((name, segment))
        parts.append("{" + name + "}")
    return "/" + "/".join(parts), names


def _path_parameter(name: str, placeholder: str) -> Json:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": f"`{placeholder}` in the RSDL's href",
        "schema": {"type": "string"},
    }


def _method_order(method: str) -> int:
    return METHODS.index(method) if method in METHODS else len(METHODS)


def general_parameters(headers: list[Header]) -> dict[str, Json]:
    """The API-wide headers (the RSDL's `general` section) as `components/parameters`, by name."""
    found: dict[str, Any] = {}
    for header in headers:
        if header.name.lower() not in NOT_PARAMETERS:
            found.setdefault(header.name, header_parameter(header))
    return found
