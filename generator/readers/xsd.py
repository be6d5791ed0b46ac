"""XML Schema -> `Schema` model (complex types, simple types and enums, top-level elements).

Walked by hand with lxml rather than through `xmlschema`: the engine schemas use a small, regular subset of XSD
(sequence/choice/all, element refs, groups, extension, simple content, enumerations), walking them takes a few
milliseconds where building a full component model takes about a second, and a hand walk keeps line numbers and
carries on past the constructs a strict processor would refuse. When there is no `xs:documentation`, a comment
serves as a declaration's documentation, as oVirt documents its schema that way: one at the end of the line the
declaration ends on, else one on the lines just before it.

A document of a few kilobytes can describe an exponential or a very deep walk (groups that each name the next
one twice, thousands of chained groups or extensions), so the walk is linear: a group is expanded once per type,
and nesting and extension chains deeper than any real schema's are refused at the line where they go too deep.
"""

from __future__ import annotations

from lxml import etree

from ..errors import InputError, Location, Warning, Warnings
from ..model.declarations import Attribute, ComplexType, Element, EnumType, Schema

XS = "http://www.w3.org/2001/XMLSchema"
XSB = "{" + XS + "}"
ANNOTATION, DOCUMENTATION = XSB + "annotation", XSB + "documentation"
BUILTIN_PREFIX = "xs:"
# Far beyond real schemas (oVirt nests content 4 levels deep and extends 2 levels); past them, generated code
# and the walks grow with the square of the depth.
MAX_NESTING = 64  # sequences, choices and groups inside one another
MAX_EXTENSION_DEPTH = 32


def _local(el: etree._Element) -> str | None:
    tag = el.tag
    return tag[len(XSB) :] if isinstance(tag, str) and tag.startswith(XSB) else None


# The XSD constructs the walk reads, by their qualified tag (one lookup per child, comments included: a
# comment's tag is not a string and is in no such table).
_KINDS: dict[object, str] = {
    XSB + kind: kind
    for kind in (
        "sequence", "all", "choice", "element", "group", "complexContent", "simpleContent", "extension",
        "restriction", "attribute", "attributeGroup", "any", "complexType", "simpleType", "include",
        "import", "redefine",
    )
}  # fmt: skip


def _kinds(el: etree._Element) -> list[tuple[str, etree._Element]]:
    """`el`'s children the walk reads, each with its kind (`sequence`, `element`, ...). From `el[:]`, a list lxml
    makes in one call, which is walked faster than `el` itself."""
    return [(kind, c) for c in el[:] if (kind := _KINDS.get(c.tag)) is not None]


def _named(top: list[tuple[str, etree._Element]], kind: str) -> dict[str, etree._Element]:
    """Top-level declarations of one kind by name (`top`: the schema's `_kinds`)."""
    return {str(e.get("name")): e for k, e in top if k == kind and e.get("name")}


def _times(a: int | None, b: int | None) -> int | None:
    """Multiply occurrence bounds; None is unbounded."""
    return None if a is None or b is None else a * b


def _end_of_line(comment: etree._Element) -> bool:
    """A comment on the same line as the end of the declaration before it belongs to that declaration."""
    previous = comment.getprevious()
    return (
        previous is not None
        and not isinstance(previous, etree._Comment)
        and ("\n" not in (previous.tail or ""))
    )


def _documentations(root: etree._Element) -> dict[etree._Element, str | None]:
    """Every declaration's documentation, from one pass over the annotations and the comments (asking each of
    thousands of declarations for its children and neighbours cost a fifth of the walk): its first
    `annotation/documentation`; else a comment at the end of its line; else a comment on the lines before it
    (section banners, `<!-- Links -->`, name a group of declarations, not this one). A declaration found in
    none has no documentation."""
    docs: dict[etree._Element, str | None] = {}
    annotated: set[etree._Element] = set()
    comments = [
        (c, _end_of_line(c), " ".join((c.text or "").split())) for c in root.iter(etree.Comment)
    ]
    for comment, end_of_line, text in comments:
        following = comment.getnext()
        if not end_of_line and following is not None:
            docs[following] = text if len(text.split()) > 3 else None
    for comment, end_of_line, text in comments:
        previous = comment.getprevious()
        # a comment ending a declaration's line wins over one on the lines before it (the pass above)
        if end_of_line and previous is not None:
            docs[previous] = text or None
    for annotation in root.iter(ANNOTATION):
        declaration = annotation.getparent()
        if declaration is None or declaration in annotated:
            continue
        doc = next((d for d in annotation if d.tag == DOCUMENTATION), None)
        if doc is not None:  # overrides any comment, even when blank
            annotated.add(declaration)
            docs[declaration] = " ".join("".join(doc.itertext()).split()) or None
    return docs


class _Walker:
    def __init__(self, root: etree._Element, file: str) -> None:
        self.root = root
        self.warnings = Warnings(file)
        self.schema = Schema(file=file)
        self.prefixes = {p for p, ns in (root.nsmap or {}).items() if ns == XS and p}
        # the schema's children, listed once for the lookups below and the walk
        self.top = _kinds(root)
        self.groups = _named(self.top, "group")
        self.attribute_groups = _named(self.top, "attributeGroup")
        # Groups being expanded: stops a group that contains itself.
        self.open_groups: set[etree._Element] = set()
        # Per type: the groups expanded into it, and its members' names. A group a type reaches twice
        # adds nothing the second time (members are kept once, by name), so it is not walked again.
        self.expanded: dict[str, set[etree._Element]] = {}
        self.member_names: dict[str, set[str]] = {}
        self.depth = 0
        self.top_elements = _named(self.top, "element")
        self.simple_names = set(_named(self.top, "simpleType"))
        self.docs = _documentations(root)

    def occurs(self, el: etree._Element) -> tuple[int, int | None]:
        """(minOccurs, maxOccurs) of a particle; None is unbounded. Nonsense is warned and read as 1."""
        raws = (el.get("minOccurs"), el.get("maxOccurs"))
        if raws == (None, None):  # most particles
            return 1, 1
        bounds: list[int | None] = []
        for name, raw in zip(("minOccurs", "maxOccurs"), raws, strict=True):
            if raw is None or (raw == "unbounded" and name == "maxOccurs"):
                bounds.append(1 if raw is None else None)
            elif raw.isdigit():
                bounds.append(int(raw))
            else:
                self.warnings.add(
                    el.sourceline, "xsd-bad-occurs", f"{name}={raw!r} is not a count; read as 1"
                )
                bounds.append(1)
        return bounds[0] or 0, bounds[1]

    def type_ref(self, raw: str | None) -> str:
        """Builtins keep an `xs:` prefix whatever the document calls it; other names lose their prefix."""
        if not raw:
            return "xs:anyType"
        prefix, _, name = raw.rpartition(":")
        if prefix in self.prefixes or (
            not prefix and not self.prefixes and name in ("string", "int")
        ):
            return BUILTIN_PREFIX + name
        return name

    def walk(self) -> Schema:
        for kind, el in self.top:
            name = el.get("name")
            if kind == "complexType" and name:
                self.complex_type(el, name)
            elif kind == "simpleType" and name:
                self.simple_type(el, name)
            elif kind == "element" and name:
                self.schema.elements[name] = self.element_type(el, name)
            elif kind in ("include", "import", "redefine"):
                self.warnings.add(
                    el.sourceline, "xsd-include", f"xs:{kind} is not followed; declarations missing"
                )
        return self.schema

    def element_type(self, el: etree._Element, name: str) -> str:
        """The type an element declaration names, turning an anonymous type into a named one."""
        if el.get("type"):
            return self.type_ref(el.get("type"))
        inline = el.find(f"{XSB}complexType")
        if inline is not None:
            type_name = name[:1].upper() + name[1:]
            while type_name in self.schema.types:
                type_name += "_"
            self.complex_type(inline, type_name)
            return type_name
        inline_simple = el.find(f"{XSB}simpleType")
        if inline_simple is not None:
            type_name = name[:1].upper() + name[1:] + "Type"
            self.simple_type(inline_simple, type_name)
            return type_name
        return "xs:anyType"

    def complex_type(self, el: etree._Element, name: str) -> None:
        if name in self.schema.types:
            self.warnings.add(
                el.sourceline, "xsd-duplicate", f"complexType {name} is declared twice; first kept"
            )
            return
        ctype = ComplexType(name=name, documentation=self.docs.get(el), line=el.sourceline)
        self.schema.types[name] = ctype
        self.content(el, ctype, 1, 1)

    def content(
        self, el: etree._Element, ctype: ComplexType, min_factor: int, max_factor: int | None
    ) -> None:
        if self.depth >= MAX_NESTING:
            raise InputError(
                Location(self.schema.file, el.sourceline),
                f"{ctype.name}: content nested deeper than {MAX_NESTING} levels "
                "(sequences, choices, groups)",
            )
        self.depth += 1
        try:
            self._content(el, ctype, min_factor, max_factor)
        finally:
            self.depth -= 1

    def _content(
        self, el: etree._Element, ctype: ComplexType, min_factor: int, max_factor: int | None
    ) -> None:
        for kind, child in _kinds(el):
            if kind in ("sequence", "all", "choice"):
                lo, hi = self.occurs(child)
                lo = 0 if kind == "choice" else lo
                self.content(child, ctype, min_factor * lo, _times(max_factor, hi))
            elif kind == "element":
                self.member(child, ctype, min_factor, max_factor)
            elif kind == "group":
                lo, hi = self.occurs(child)
                self.expand(child, self.groups, ctype, min_factor * lo, _times(max_factor, hi))
            elif kind in ("complexContent", "simpleContent"):
                self.content(child, ctype, min_factor, max_factor)
            elif kind in ("extension", "restriction"):
                base = self.type_ref(child.get("base"))
                if (
                    base.startswith(BUILTIN_PREFIX)
                    or base in self.schema.enums
                    or self.is_simple(base)
                ):
                    ctype.text_type = base
                elif kind == "extension":
                    ctype.base = base
                self.content(child, ctype, min_factor, max_factor)
            elif kind == "attribute":
                self.attribute(child, ctype)
            elif kind == "attributeGroup":
                self.expand(child, self.attribute_groups, ctype, min_factor, max_factor)
            elif kind == "any":
                self.warnings.add(
                    child.sourceline, "xsd-any", f"{ctype.name} accepts any element (xs:any)"
                )

    def expand(
        self,
        ref: etree._Element,
        groups: dict[str, etree._Element],
        ctype: ComplexType,
        min_factor: int,
        max_factor: int | None,
    ) -> None:
        """The content of the (attribute) group `ref` names, unless it is unknown or contains itself."""
        name = ref.get("ref", "").rpartition(":")[2]
        group = groups.get(name)
        if group is None or group in self.open_groups:
            problem = "is not declared" if group is None else "contains itself"
            self.warnings.add(ref.sourceline, "xsd-bad-group", f"group {name} {problem}")
            return
        expanded = self.expanded.setdefault(ctype.name, set())
        if group in expanded:
            return
        expanded.add(group)
        self.open_groups.add(group)
        self.content(group, ctype, min_factor, max_factor)
        self.open_groups.discard(group)

    def is_simple(self, name: str) -> bool:
        return name in self.simple_names

    def member(
        self, el: etree._Element, ctype: ComplexType, min_factor: int, max_factor: int | None
    ) -> None:
        ref, declared_type = el.get("ref"), el.get("type")
        name = ref.rpartition(":")[2] if ref else el.get("name") or ""
        names = self.member_names.setdefault(ctype.name, set())
        if name in names:
            return  # the same element reached through two branches of a choice
        names.add(name)
        if ref:
            target = self.top_elements.get(name)
            if target is None:
                self.warnings.add(
                    el.sourceline,
                    "xsd-unknown-ref",
                    f"{ctype.name}: element ref {ref} is not declared",
                )
                type_name = "xs:anyType"
            else:
                target_type = target.get("type")
                type_name = self.type_ref(target_type) if target_type else name
        else:
            type_name = (
                self.type_ref(declared_type)
                if declared_type
                else self.element_type(el, f"{ctype.name}_{name}")
            )
        lo_own, hi_own = self.occurs(el)
        lo, hi = lo_own * min_factor, _times(hi_own, max_factor)
        # positional arguments, in the fields' order: keywords cost a microsecond a call
        ctype.elements.append(Element(name, type_name, lo, hi, self.docs.get(el), el.sourceline))

    def attribute(self, el: etree._Element, ctype: ComplexType) -> None:
        name = el.get("name") or el.get("ref", "").rpartition(":")[2]
        if any(a.name == name for a in ctype.attributes):
            return
        ctype.attributes.append(
            Attribute(
                name=name,
                type=self.type_ref(el.get("type") or "xs:string"),
                required=el.get("use") == "required",
                documentation=self.docs.get(el),
                line=el.sourceline,
            )
        )

    def simple_type(self, el: etree._Element, name: str) -> None:
        restriction = el.find(f"{XSB}restriction")
        enum = EnumType(name=name, documentation=self.docs.get(el), line=el.sourceline)
        if restriction is not None:
            enum.base = self.type_ref(restriction.get("base"))
            enum.values = [
                str(v.get("value"))
                for v in restriction.iterfind(f"{XSB}enumeration")
                if v.get("value") is not None
            ]
        else:
            self.warnings.add(
                el.sourceline,
                "xsd-simple-type",
                f"simpleType {name} is not a restriction; read as string",
            )
        self.schema.enums[name] = enum


def resolve_unknown_types(walker: _Walker) -> None:
    """Warn once per reference to a type the schema does not declare."""
    schema = walker.schema
    known = set(schema.types) | set(schema.enums)
    for ctype in schema.types.values():
        members: list[Element | Attribute] = [*ctype.elements, *ctype.attributes]
        for member in members:
            if not member.type.startswith(BUILTIN_PREFIX) and member.type not in known:
                walker.warnings.add(
                    member.line,
                    "xsd-unknown-type",
                    f"{ctype.name}.{member.name} has undeclared type {member.type}",
                )
        if ctype.base and ctype.base not in known:
            walker.warnings.add(
                ctype.line, "xsd-unknown-type", f"{ctype.name} extends undeclared type {ctype.base}"
            )


def break_base_cycles(walker: _Walker) -> None:
    """A type that (indirectly) extends itself loses the base that closes the loop, with a warning, so that
    every consumer can walk extension chains and order types bases-first. Each loop is cut at the type that
    extends its first-declared member; one walk over all chains."""
    types = walker.schema.types
    order = {name: index for index, name in enumerate(types)}
    done: set[str] = set()
    for ctype in types.values():
        path: list[ComplexType] = []
        on_path: set[str] = set()
        current: ComplexType | None = ctype
        while current is not None and current.name not in done and current.name not in on_path:
            path.append(current)
            on_path.add(current.name)
            current = types.get(current.base) if current.base else None
        if current is not None and current.name in on_path:
            loop = path[[t.name for t in path].index(current.name) :]
            start = min(range(len(loop)), key=lambda i: order[loop[i].name])
            loop = loop[start:] + loop[:start]
            last = loop[-1]
            names = " -> ".join([*(t.name for t in loop), loop[0].name])
            walker.warnings.add(
                last.line,
                "xsd-base-cycle",
                f"extension loop {names}: the base of {last.name} is ignored",
            )
            last.base = None
        done.update(on_path)


def check_extension_depth(walker: _Walker) -> None:
    """Refuse extension chains longer than `MAX_EXTENSION_DEPTH`, at the first type that goes too deep."""
    types = walker.schema.types
    depth: dict[str, int] = {}
    for ctype in types.values():
        path: list[ComplexType] = []
        current: ComplexType | None = ctype
        while current is not None and current.name not in depth:
            path.append(current)
            current = types.get(current.base) if current.base else None
        extensions = depth[current.name] if current is not None else -1
        for walked in reversed(path):
            extensions += 1
            depth[walked.name] = extensions  # how many types it extends, directly or not
    too_deep = [t for t in types.values() if depth[t.name] > MAX_EXTENSION_DEPTH]
    if too_deep:
        first = min(too_deep, key=lambda t: (depth[t.name], t.line or 0))
        raise InputError(
            Location(walker.schema.file, first.line),
            f"{first.name} extends {depth[first.name]} types in a chain; "
            f"at most {MAX_EXTENSION_DEPTH} are read",
        )


def parse_xsd(root: etree._Element, file: str) -> tuple[Schema, list[Warning]]:
    if _local(root) != "schema":
        raise InputError(
            Location(file, root.sourceline),
            f"root element is <{etree.QName(root).localname}>, expected <xs:schema>",
        )
    walker = _Walker(root, file)
    walker.walk()
    resolve_unknown_types(walker)
    break_base_cycles(walker)
    check_extension_depth(walker)
    return walker.schema, walker.warnings.items
