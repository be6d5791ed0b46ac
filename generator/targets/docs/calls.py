"""The generated client's call next to each operation: `api.vms.get(id=VM_ID).start()`.

Names and signatures come from `model.bindings`, the surface the client target renders, so what the docs show
is what the client has. The body is the request example's tree (`examples.Node`) written as constructor calls
of `types` (`types.VM(name="my_name", cluster=types.Cluster(id="123"))`). Path placeholders are Python
variables named as the curl examples' shell variables (`{vm:id}` -> `VM_ID`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model.bindings import ANNOTATIONS, Bindings, Call, Service, TypeBindings
from ...model.declarations import Link, Schema
from ...model.naming import snake
from ..examples import Node, placeholder_variable, sample_value, xml_text
from ..rendering import literal as python_literal, visible

WIDTH = 88  # wrap a call whose one-line form is longer


@dataclass
class _Expr:
    """A call (`head(arguments…)`) or, with no arguments list, a plain value."""

    head: str
    arguments: list[_Expr] | None = None
    keyword: str | None = None
    brackets: str = "()"

    def flat(self) -> str:
        prefix = f"{self.keyword}=" if self.keyword else ""
        if self.arguments is None:
            return prefix + self.head
        inner = ", ".join(a.flat() for a in self.arguments)
        return f"{prefix}{self.head}{self.brackets[0]}{inner}{self.brackets[1]}"

    def format(self, indent: str = "") -> str:
        flat = self.flat()
        if self.arguments is None or not self.arguments or len(indent) + len(flat) <= WIDTH:
            return flat
        prefix = f"{self.keyword}=" if self.keyword else ""
        inner = "".join(
            f"{indent}    {a.format(indent + '    ').lstrip()},\n" for a in self.arguments
        )
        return f"{prefix}{self.head}{self.brackets[0]}\n{inner}{indent}{self.brackets[1]}"


def variable(placeholder: str) -> str:
    """`{vm:id}` -> `VM_ID`, the name the shell examples use (`${VM_ID}`)."""
    return placeholder_variable(placeholder)[2:-1]


def literal(schema: Schema | None, xsd_type: str | None, text: str) -> str:
    """A Python value of the annotation the client gives `xsd_type`, for the sample `text`: printed by the
    generated code's own `literal` (escapes shown), a number only when `text` is one."""
    base = xsd_type
    for simple in schema.restrictions(xsd_type) if schema is not None and xsd_type else []:
        base = simple.base
    annotation = ANNOTATIONS.get(base or "", "str")
    if annotation == "int" and re.fullmatch(r"[+-]?[0-9]+", text.strip()):
        return python_literal(int(text))
    if annotation == "float" and re.fullmatch(
        r"[+-]?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?", text.strip()
    ):
        return repr(float(text))
    if annotation == "bool":
        return "True" if text == "true" else "False"
    constructor = {
        "_decimal.Decimal": "decimal.Decimal",
        "_dt.datetime": "datetime.datetime.fromisoformat",
        "_dt.date": "datetime.date.fromisoformat",
    }.get(annotation)
    if constructor:
        return f"{constructor}({python_literal(text)})"
    return python_literal(text)


class Calls:
    def __init__(self, bindings: Bindings, schema: Schema | None) -> None:
        self.bindings = bindings
        self.types: TypeBindings = bindings.types
        self.schema = schema

    def call(self, link: Link, body: Node | None) -> str | None:
        """The Python that sends `link` with `body` (the smallest request example); None when no method of
        the client sends it. A body the client's types have no member for (the RSDL spells an element the
        schema does not declare) is read from its XML."""
        found = self.bindings.call_of(link)
        if found is None:
            return None
        service, call = found
        target = "api" + "".join(f".{step}" for step, _ in self.bindings.chain(service))
        arguments: list[_Expr] = []
        if call.op == "get":
            arguments.append(_Expr(variable(link.segments[-1].name), keyword="id"))
        sent = body if body is not None and (body.children or body.attributes) else None
        if call.body_arg and call.body and (sent is not None or call.body_required):
            assert body is not None
            arguments.append(self.value(body) or _parsed(body, call.body))
        arguments += self._keywords(link, call)
        if call.op == "update" and call.body_arg is None:
            return self._entity_update(service, target, call, sent, arguments)
        return _Expr(f"{target}.{call.name}", arguments).format() + "\n"

    def _keywords(self, link: Link, call: Call) -> list[_Expr]:
        """The mandatory URL parameters and headers, as the method's keyword arguments."""
        required = {p.name: p for p in link.url if p.required}
        headers = {h.name: h for h in link.headers if h.required}
        keywords = []
        for argument in call.arguments:
            if argument.where == "header" and argument.wire in headers:
                value = python_literal((headers[argument.wire].value or "value").split("|")[0])
                keywords.append(_Expr(value, keyword=argument.name))
            elif argument.wire in required:
                parameter = required[argument.wire]
                text = sample_value(None, parameter.type, parameter.name)
                keywords.append(_Expr(literal(None, parameter.type, text), keyword=argument.name))
        return keywords

    def _entity_update(
        self, service: Service, target: str, call: Call, body: Node | None, keywords: list[_Expr]
    ) -> str | None:
        """An entity sends itself: fetch it, set what changes, update."""
        name = snake(service.resource.segments[-1].name.split(":")[0]) or "entity"
        lines = [f"{name} = {target}"]
        binding = self.types.classes.get(body.type) if body is not None and body.type else None
        # a sub-collection or operation of the entity hides the data member of its name: set it through
        # the `types` class, as the client's services module says
        hidden = {a.name for a in service.accessors} | {c.name for c in service.calls}

        def assign(member: str, value: str) -> str:
            if member in hidden and binding is not None:
                return f"types.{binding.name}.{member}.__set__({name}, {value})"
            return f"{name}.{member} = {value}"

        if body is not None:
            if binding is None:
                return None
            for attribute, text in body.attributes.items():
                member = binding.member(attribute, attribute=True)
                if member is None:
                    return None
                lines.append(assign(member.name, literal(self.schema, member.type, text)))
            for child in _grouped(body.children):
                member = binding.member(child[0].name, attribute=False)
                value = self._member_value(child, member.type if member else None)
                if member is None or value is None:
                    return None
                lines.append(assign(member.name, value.format()))
        lines.append(_Expr(f"{name}.{call.name}", keywords).format())
        return "\n".join(lines) + "\n"

    def value(self, node: Node, keyword: str | None = None) -> _Expr | None:
        """`types.X(…)` for an element of a schema type; None when the client has no member for a part."""
        binding = self.types.classes.get(node.type) if node.type else None
        if binding is None:
            return None
        arguments: list[_Expr] = []
        for attribute, text in node.attributes.items():
            member = binding.member(attribute, attribute=True)
            if member is None:
                return None
            arguments.append(_Expr(literal(self.schema, member.type, text), keyword=member.name))
        if node.text is not None:
            text_member = next((m for m in binding.all_members if m.kind == "text"), None)
            if text_member is None:
                return None
            arguments.append(
                _Expr(literal(self.schema, text_member.type, node.text), keyword="value")
            )
        for group in _grouped(node.children):
            member = binding.member(group[0].name, attribute=False)
            value = self._member_value(group, member.type if member else None)
            if member is None or value is None:
                return None
            value.keyword = member.name
            arguments.append(value)
        return _Expr(f"types.{binding.name}", arguments, keyword=keyword)

    def _member_value(self, group: list[Node], xsd_type: str | None) -> _Expr | None:
        values: list[_Expr] = []
        for node in group:
            if node.type is not None and self.schema is not None and node.type in self.schema.types:
                value = self.value(node)
                if value is None:
                    return None
                values.append(value)
            else:
                values.append(_Expr(literal(self.schema, xsd_type, node.text or "")))
        if group[0].repeated:
            return _Expr("", values, brackets="[]")
        return values[0]


def _parsed(body: Node, cls: str) -> _Expr:
    text = xml_text(body).rstrip()
    plain = '"""' not in text and "\\" not in text and visible(text) == text and text[-1:] != '"'
    source = f'"""{text}"""' if plain else python_literal(text)
    return _Expr("parse_xml", [_Expr(source), _Expr(f"types.{cls}")])


def _grouped(children: list[Node]) -> list[list[Node]]:
    groups: dict[str, list[Node]] = {}
    for child in children:
        groups.setdefault(child.name, []).append(child)
    return list(groups.values())
