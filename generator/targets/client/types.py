"""What the client's `types` module declares: a view class per XSD complex type, a StrEnum per enumeration.

Names come from `model.bindings` (shared with the docs); this adds the codecs and annotations of the code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from ...model.bindings import ANNOTATIONS, INTEGERS, Member, TypeBindings
from ...model.declarations import Element, Schema
from ..rendering import Python, name, python

# XSD builtins -> (codec in the runtime, Python annotation). Anything else reads as text.
CODECS: dict[str, str] = {
    **{f"xs:{name}": "INTEGER" for name in INTEGERS},
    "xs:boolean": "BOOLEAN",
    "xs:double": "FLOAT",
    "xs:float": "FLOAT",
    "xs:decimal": "DECIMAL",
    "xs:dateTime": "DATETIME",
    "xs:date": "DATE",
}
BUILTINS: dict[str, tuple[str, str]] = {xsd: (CODECS[xsd], ANNOTATIONS[xsd]) for xsd in CODECS}
TEXT = ("STRING", "str")


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
    def annotation(self) -> Python:
        if self.kind in (Kind.VALUES, Kind.CHILDREN):
            return python("_abc.Iterable[{}] | None", name(self.target))
        return python("{} | None", name(self.target))


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


def build_types(schema: Schema | None, bindings: TypeBindings) -> Types:
    """The classes of `bindings` with what the client's code needs: codecs, annotations, documentation."""
    schema = schema or Schema(file="")
    enums = [
        EnumClass(e.name, e.xsd, schema.enums[e.xsd].documentation, e.members)
        for e in bindings.enums.values()
    ]
    enum_names = {e.xsd: e.name for e in enums}
    by_xsd = {xsd: binding.name for xsd, binding in bindings.classes.items()}
    classes: dict[str, TypeClass] = {}
    for xsd, binding in bindings.classes.items():
        ctype = schema.types.get(xsd)
        base = classes.get(binding.base) if binding.base else None
        cls = TypeClass(
            name=binding.name,
            xsd=xsd,
            base=base.name if base else "_rt.View",
            tag=binding.tag,
            doc=ctype.documentation if ctype else None,
            fields=[_field(schema, m, by_xsd, enum_names) for m in binding.members],
        )
        cls.all_fields = (list(base.all_fields) if base else []) + cls.fields
        classes[xsd] = cls
    elements = {tag: by_xsd[xsd] for tag, xsd in sorted(schema.elements.items()) if xsd in by_xsd}
    return Types(list(classes.values()), enums, by_xsd, elements)


def _simple(schema: Schema, xsd_type: str) -> tuple[str, str]:
    """Codec and annotation of a simple type, following restrictions down to their XSD builtin."""
    chain = schema.restrictions(xsd_type)
    return BUILTINS.get(chain[-1].base if chain else xsd_type, TEXT)


def _field(
    schema: Schema, member: Member, by_xsd: dict[str, str], enum_names: dict[str, str]
) -> Field:
    doc = member.declaration.documentation if member.declaration else None
    if member.kind == "text":
        return Field(member.name, "", Kind.TEXT, *_simple(schema, member.type))
    if member.kind == "attribute":
        codec, py = _simple(schema, member.type)
        return Field(
            member.name, member.xml, Kind.ATTRIBUTE, codec, py, doc, enum_names.get(member.type)
        )
    repeated = isinstance(member.declaration, Element) and member.declaration.is_list
    if member.type in schema.types:
        kind = Kind.CHILDREN if repeated else Kind.CHILD
        return Field(member.name, member.xml, kind, None, by_xsd[member.type], doc)
    codec, py = _simple(schema, member.type)
    kind = Kind.VALUES if repeated else Kind.VALUE
    return Field(member.name, member.xml, kind, codec, py, doc, enum_names.get(member.type))
