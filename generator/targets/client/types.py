"""What the client's `types` module declares: a view class per XSD complex type, a StrEnum per enumeration.

Names follow `generator.naming`; clashes are settled by rule (a trailing underscore), never by a table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import networkx as nx

from ...model.declarations import ComplexType, Schema
from ...model.naming import class_name, identifier, snake

# XSD builtins -> (codec in the runtime, Python annotation). Anything else reads as text.
_INTEGERS = (
    "int integer long short byte unsignedInt unsignedLong unsignedShort unsignedByte "
    "nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger"
).split()
BUILTINS: dict[str, tuple[str, str]] = {
    **{f"xs:{name}": ("INTEGER", "int") for name in _INTEGERS},
    "xs:boolean": ("BOOLEAN", "bool"),
    "xs:double": ("FLOAT", "float"),
    "xs:float": ("FLOAT", "float"),
    "xs:decimal": ("DECIMAL", "_decimal.Decimal"),
    "xs:dateTime": ("DATETIME", "_dt.datetime"),
    "xs:date": ("DATE", "_dt.date"),
}
TEXT = ("STRING", "str")
# Names the generated class bodies use in annotations: a field of that name would hide them.
RESERVED = frozenset({"str", "int", "bool", "float"})


class Kind(enum.Enum):
    ATTRIBUTE = "Attr"
    VALUE = "Value"
    VALUES = "Values"
    CHILD = "Child"
    CHILDREN = "Children"
    TEXT = "Text"


@dataclass
class Field:
    name: str  # Python attribute
    xml: str  # element or attribute name
    kind: Kind
    codec: str | None  # for text kinds
    target: str  # Python type of one value (`int`, `Status`)
    doc: str | None = None
    enum: str | None = None  # the StrEnum listing the allowed values

    @property
    def annotation(self) -> str:
        if self.kind in (Kind.VALUES, Kind.CHILDREN):
            return f"_abc.Iterable[{self.target}] | None"
        return f"{self.target} | None"


@dataclass
class TypeClass:
    name: str  # Python class
    xsd: str
    base: str  # Python base class
    tag: str
    doc: str | None
    fields: list[Field] = field(default_factory=list)  # own fields, in schema order
    all_fields: list[Field] = field(default_factory=list)  # with inherited ones: the constructor


@dataclass
class EnumClass:
    name: str
    xsd: str
    doc: str | None
    members: list[tuple[str, str]]  # (Python name, value)


@dataclass
class Types:
    classes: list[TypeClass]  # bases before subclasses
    enums: list[EnumClass]
    by_xsd: dict[str, str]  # XSD type name -> Python class name
    elements: dict[str, str]  # top-level element -> Python class name

    def python(self, xsd: str | None) -> str | None:
        return self.by_xsd.get(xsd) if xsd else None


def unique(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def build_types(schema: Schema | None, referenced: set[str]) -> Types:
    """Classes for every schema type, plus empty ones for types the RSDL names but the schema lacks."""
    schema = schema or Schema(file="")
    taken: set[str] = set()
    enums = [
        EnumClass(unique(class_name(e.name), taken), e.name, e.documentation, _members(e.values))
        for e in sorted(schema.enums.values(), key=lambda e: e.name)
        if e.values
    ]
    names = sorted(set(schema.types) | {r for r in referenced if r not in schema.enums})
    by_xsd = {xsd: unique(class_name(xsd), taken) for xsd in names}
    enum_names = {e.xsd: e.name for e in enums}

    classes: dict[str, TypeClass] = {}
    for xsd in _bases_first(schema, names):
        ctype = schema.types.get(xsd)
        base = classes.get(ctype.base) if ctype and ctype.base else None
        cls = TypeClass(
            name=by_xsd[xsd],
            xsd=xsd,
            base=base.name if base else "_rt.View",
            tag=schema.element_for(xsd) or snake(xsd),
            doc=ctype.documentation if ctype else None,
        )
        inherited = list(base.all_fields) if base else []
        used_names = {f.name for f in inherited} | RESERVED
        used_xml = {(f.kind == Kind.ATTRIBUTE, f.xml) for f in inherited}
        if ctype is not None:
            for own in _own_fields(schema, ctype, by_xsd, enum_names):
                key = (own.kind == Kind.ATTRIBUTE, own.xml)
                if key in used_xml:
                    continue  # redeclared by an extension: the base's descriptor serves
                used_xml.add(key)
                own.name = unique(own.name, used_names)
                cls.fields.append(own)
        cls.all_fields = inherited + cls.fields
        classes[xsd] = cls
    elements = {tag: by_xsd[xsd] for tag, xsd in sorted(schema.elements.items()) if xsd in by_xsd}
    return Types(list(classes.values()), enums, by_xsd, elements)


def _members(values: list[str]) -> list[tuple[str, str]]:
    taken: set[str] = set()
    return [(unique(identifier(v).upper(), taken), v) for v in values]


def _bases_first(schema: Schema, names: list[str]) -> list[str]:
    graph = nx.DiGraph()
    graph.add_nodes_from(names)
    for name in names:
        ctype = schema.types.get(name)
        if ctype and ctype.base in schema.types:
            graph.add_edge(ctype.base, name)
    return list(nx.lexicographical_topological_sort(graph))


def _simple(schema: Schema, xsd_type: str) -> tuple[str, str]:
    """Codec and annotation of a simple type, following restrictions down to their XSD builtin."""
    chain = schema.restrictions(xsd_type)
    return BUILTINS.get(chain[-1].base if chain else xsd_type, TEXT)


def _own_fields(
    schema: Schema, ctype: ComplexType, by_xsd: dict[str, str], enum_names: dict[str, str]
) -> list[Field]:
    fields = []
    for attribute in ctype.attributes:
        codec, py = _simple(schema, attribute.type)
        fields.append(
            Field(
                identifier(attribute.name),
                attribute.name,
                Kind.ATTRIBUTE,
                codec,
                py,
                attribute.documentation,
                enum_names.get(attribute.type),
            )
        )
    if ctype.text_type:
        codec, py = _simple(schema, ctype.text_type)
        fields.append(Field("value", "", Kind.TEXT, codec, py))
    for element in ctype.elements:
        if element.type in schema.types:
            kind = Kind.CHILDREN if element.is_list else Kind.CHILD
            fields.append(
                Field(
                    identifier(element.name),
                    element.name,
                    kind,
                    None,
                    by_xsd[element.type],
                    element.documentation,
                )
            )
            continue
        codec, py = _simple(schema, element.type)
        kind = Kind.VALUES if element.is_list else Kind.VALUE
        fields.append(
            Field(
                identifier(element.name),
                element.name,
                kind,
                codec,
                py,
                element.documentation,
                enum_names.get(element.type),
            )
        )
    return fields
