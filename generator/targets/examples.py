"""Example requests for the docs and the OpenAPI description: a body built from an overload's parameters and
the XSD, written as XML and as JSON, and a curl line.

A body parameter is a dotted path into the entity (`vm.template.id|name`). Walking it through the schema tells
whether each step is an element or an attribute (oVirt sends `id` as an attribute: `<template id="…"/>`), the
order the XSD declares the elements in, whether it repeats, and the type of the leaf (an enum gives its first
value). The tree (`Node`) is written as XML, as JSON in the engine's v3 form (guide §9.3: no root wrapper,
repeated elements as arrays, the text of simple content under `value`), and as the client's Python (`calls`).
"""

from __future__ import annotations

import html
import re
import shlex
from dataclasses import dataclass, field

from ..model.bodies import BodyRoot, body_root, item_root
from ..model.declarations import Element, Header, Link, Parameter, ParameterSet, Schema
from ..model.naming import snake
from .rendering import indented_json, visible

_INTEGER = {
    "xs:int",
    "xs:long",
    "xs:short",
    "xs:byte",
    "xs:integer",
    "xs:unsignedInt",
    "xs:unsignedLong",
    "xs:unsignedShort",
    "xs:unsignedByte",
    "xs:nonNegativeInteger",
    "xs:positiveInteger",
}
_SAMPLES = {
    "xs:boolean": "true",
    "xs:double": "1.0",
    "xs:float": "1.0",
    "xs:decimal": "1.0",
    "xs:dateTime": "2024-01-01T00:00:00Z",
    "xs:date": "2024-01-01",
}
# Shell variables the curl examples use; the index page explains them.
ENGINE_URL = "https://${ENGINE}"
CREDENTIALS = "${API_USER}:${API_PASSWORD}"


@dataclass
class Node:
    name: str
    type: str | None  # XSD type, when the schema knows this element
    attributes: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str | None = None
    repeated: bool = False  # the schema lets the element occur more than once

    def child(self, name: str, schema: Schema | None) -> Node:
        found = next((c for c in self.children if c.name == name), None)
        if found is None:
            declared = _element(schema, self.type, name)
            found = Node(name, declared.type if declared else None)
            found.repeated = declared.is_list if declared else False
            self.children.append(found)
        return found


def _element(schema: Schema | None, parent: str | None, name: str) -> Element | None:
    if schema is None or parent is None:
        return None
    return next((e for e in schema.all_elements(parent) if e.name == name), None)


def _attribute_type(schema: Schema | None, parent: str | None, name: str) -> str | None:
    if schema is None or parent is None:
        return None
    return next((a.type for a in schema.all_attributes(parent) if a.name == name), None)


def sample_value(schema: Schema | None, xsd_type: str | None, leaf: str) -> str:
    """A plausible value for a leaf: an enum's first value, a number, or a string that names the field."""
    for simple in schema.restrictions(xsd_type) if schema is not None and xsd_type else []:
        if simple.values:
            return simple.values[0]
        xsd_type = simple.base
    if xsd_type in _INTEGER:
        return "1"
    if xsd_type in _SAMPLES:
        return _SAMPLES[xsd_type]
    return "123" if leaf == "id" else f"my_{leaf}"


def shown_parameters(overload: ParameterSet) -> list[Parameter]:
    """What an example sends: the mandatory parameters, or every current optional one when none is mandatory."""
    return overload.mandatory or [p for p in overload.optional if not p.deprecated]


def _first_path(root: BodyRoot, parameter: Parameter) -> list[str]:
    """The parameter's path below `root`, taking the first alternative (`template.id` for `template.id|name`)."""
    return list(root.paths(parameter)[0])


def _add(schema: Schema | None, node: Node, steps: list[str], parameter: Parameter) -> None:
    """Place one parameter (its path below `node`) into the tree."""
    for step in steps[:-1]:
        node = node.child(step, schema)
    leaf = steps[-1]
    if parameter.is_collection:
        # one item of the collection; nested names are relative to an item (`boot.dev` under `vm.os.boot`)
        item = node.child(leaf, schema)
        for nested in shown_parameters(parameter.sets[0]) if parameter.sets else []:
            _add(schema, item, _first_path(item_root(item.name), nested), nested)
        return
    attribute_type = _attribute_type(schema, node.type, leaf)
    if attribute_type is not None and _element(schema, node.type, leaf) is None:
        node.attributes[leaf] = sample_value(schema, attribute_type, leaf)
    else:
        target = node.child(leaf, schema)
        value_type = target.type
        # simple content: `<memory unit="MB">`
        if schema is not None and value_type in schema.types:
            value_type = schema.types[value_type].text_type
        target.text = sample_value(schema, value_type or parameter.type, leaf)


def _sort(schema: Schema | None, node: Node) -> None:
    """Children in the order the XSD declares them (unknown ones last, as the RSDL lists them)."""
    if schema is not None and node.type is not None:
        order = {e.name: i for i, e in enumerate(schema.all_elements(node.type))}
        attribute_order = {a.name: i for i, a in enumerate(schema.all_attributes(node.type))}
        node.children.sort(key=lambda c: order.get(c.name, len(order)))
        node.attributes = dict(
            sorted(
                node.attributes.items(),
                key=lambda kv: attribute_order.get(kv[0], len(attribute_order)),
            )
        )
    for child in node.children:
        _sort(schema, child)


# What quoteattr changes; most attribute values hold none of it (`123`, an href) and pass as they are. saxutils is
# imported only for the others: it imports urllib.request, http.client and ssl (20-40 ms of start-up). Text is
# escaped by html.escape without quotes, which is what saxutils.escape does.
_ATTRIBUTE_SPECIAL = re.compile(r'[&<>"\n\r\t]')


def _attribute(value: str) -> str:
    if not _ATTRIBUTE_SPECIAL.search(value):
        return f'"{value}"'
    from xml.sax.saxutils import quoteattr

    return quoteattr(value)


def _serialize(node: Node, indent: str, lines: list[str]) -> None:
    attributes = "".join(f" {name}={_attribute(value)}" for name, value in node.attributes.items())
    if node.children:
        lines.append(f"{indent}<{node.name}{attributes}>")
        inner = indent + "  "
        for child in node.children:
            _serialize(child, inner, lines)
        lines.append(f"{indent}</{node.name}>")
    elif node.text is not None:
        lines.append(
            f"{indent}<{node.name}{attributes}>{html.escape(node.text, quote=False)}</{node.name}>"
        )
    else:
        lines.append(f"{indent}<{node.name}{attributes}/>")


def xml_text(node: Node) -> str:
    lines: list[str] = []
    _serialize(node, "", lines)
    return "\n".join(lines) + "\n"


def _value(node: Node) -> object:
    if not node.children and not node.attributes:
        return (
            {} if node.text is None else node.text
        )  # an empty element holds no text: an empty object
    out: dict[str, object] = dict(node.attributes)
    if node.text is not None:
        out["value"] = node.text
    for child in node.children:
        value = _value(child)
        if child.repeated:
            items = out.setdefault(child.name, [])
            assert isinstance(items, list)
            items.append(value)
        else:
            out[child.name] = value
    return out


def json_value(node: Node) -> dict[str, object]:
    """The JSON form of a body or answer: the root element's content, without the root."""
    value = _value(node)
    return value if isinstance(value, dict) else {}


def json_text(node: Node) -> str:
    return indented_json(json_value(node))


def body_parameters(
    overload: ParameterSet | None, update: bool = False
) -> tuple[list[Parameter], list[Parameter]]:
    """(The smallest body, the fullest one) of an overload: its mandatory parameters (for an update with none,
    the first current optional one: an empty update changes nothing), then those and every current optional
    parameter."""
    if overload is None:
        return [], []
    current = [p for p in overload.optional if not p.deprecated]
    smallest = overload.mandatory or (current[:1] if update else [])
    return smallest, overload.mandatory + current


def body_tree(schema: Schema | None, body_type: str | None, parameters: list[Parameter]) -> Node:
    """The body of a `body_type` that sends `parameters` (an empty one for none)."""
    body = body_root(schema, body_type)
    root = Node(body.element, body_type if schema and body_type in schema.types else None)
    for parameter in parameters:
        _add(schema, root, _first_path(body, parameter), parameter)
    _sort(schema, root)
    return root


def example_body(
    schema: Schema | None, body_type: str | None, overload: ParameterSet | None
) -> str:
    """The XML of one overload with its mandatory parameters, or with every current optional one when none
    is mandatory (an empty body of `body_type` for no overload)."""
    return xml_text(body_tree(schema, body_type, shown_parameters(overload) if overload else []))


def _first_choice(hint: str | None, fallback: str) -> str:
    """`application/xml|json` -> `application/xml`; prose hints (`search query`) give way to the fallback."""
    if not hint:
        return fallback
    choice = hint.split("|")[0].strip()
    return choice if choice and " " not in choice else fallback


def placeholder_variable(name: str) -> str:
    """`{vm:id}` -> `${VM_ID}`: the curl examples leave ids to shell variables."""
    return "${" + snake(name).upper() + "}"


def shell_word(text: str) -> str:
    """A shell word that is `text` taken literally: single-quoted, or ANSI-C quoted (`$'…'`, bash's escapes
    shown, `\\u202e` for a character) when `text` holds an invisible character."""
    if visible(text) == text:
        return shlex.quote(text)

    def escaped(c: str) -> str:
        if c in "\\'":
            return "\\" + c
        if c.isprintable() or c == "\n":
            return c
        return f"\\x{ord(c):02x}" if ord(c) < 0x80 else f"\\U{ord(c):08x}"

    return "$'" + "".join(escaped(c) for c in text) + "'"


def _in_double_quotes(text: str) -> str:
    """Document text inside a double-quoted word of ours (which uses `${VARIABLES}`): as it is when the shell
    gives none of its characters a meaning there, else the quotes close around `shell_word(text)`.
    """
    if visible(text) == text and not any(c in text for c in '$`"\\!'):
        return text
    return f'"{shell_word(text)}"'


def request_url(api_root: str, link: Link) -> str:
    """The URL of a link in a double-quoted shell word, every document text in it taken literally."""
    path = "/".join(
        placeholder_variable(s.name) if s.placeholder else _in_double_quotes(s.text)
        for s in link.segments
    )
    root = _in_double_quotes(api_root)
    url = f"{ENGINE_URL}{root}/{path}" if path else f"{ENGINE_URL}{root}/"
    required = [p for p in link.url if p.required]

    def assignment(p: Parameter) -> str:
        value = _first_choice(p.value, sample_value(None, p.type, p.name))
        return f"{_in_double_quotes(p.name)}={_in_double_quotes(value)}"

    for parameter in (p for p in required if p.context == "matrix"):
        url += ";" + assignment(parameter)
    query = [p for p in required if p.context != "matrix"]
    if query:
        url += "?" + "&".join(assignment(p) for p in query)
    return url


def curl_command(api_root: str, link: Link, general_headers: list[Header], body: str | None) -> str:
    """A curl invocation in the vendor guide's style, with the required headers and, for writes, a body."""
    headers = {"accept": "Accept: application/xml"}
    if body is not None:
        headers["content-type"] = "Content-Type: application/xml"
    for header in [*general_headers, *link.headers]:
        if header.required and header.name.lower() not in headers:
            headers[header.name.lower()] = f"{header.name}: {_first_choice(header.value, 'value')}"
    lines = [f"curl -X {shell_word(link.method)}"]
    lines += [f"-H {shell_word(line)}" for line in headers.values()]
    lines += [f'-u "{CREDENTIALS}"', "--cacert ca.pem"]
    if body is not None:
        lines.append(f"-d {shell_word(body.rstrip())}")
    lines.append(f'"{request_url(api_root, link)}"')
    return " \\\n  ".join(lines) + "\n"
