"""JSON Schemas for the engine's representations: `components/schemas` (one per XSD type) and request bodies.

One schema describes both wire forms. JSON (guide §9.3): an element is an object without a root wrapper whose
keys are its attributes and child elements, every leaf a string (`"memory": "1073741824"`, `"local": "false"`),
an element the XSD lets repeat an array, the text of a simple-content element `value`. XML: the same schema
with `xml` objects: the type's root element name, `attribute: true` for attributes, and for the text of simple
content the vendor extension `x-text` (OpenAPI 3.1 cannot say "the element's own text").

Objects stay open (no `additionalProperties: false`): the engine adds what a release's XSD may not list.
"""

from __future__ import annotations

import re
from typing import Any

from ...mock.references import CHOSEN_ID, CHOSEN_ID_LENGTH
from ...mock.validation import GENERATED
from ...model.bodies import BodyRoot, item_root
from ...model.declarations import Body, Element, Parameter, ParameterSet, Schema

Json = dict[str, Any]
REF = "#/components/schemas/"
FAULT = "Fault"  # the XSD's type of `<fault>`, or the schema below when the XSD has none

_INTEGER: Json = {"type": "string", "pattern": "^[+-]?[0-9]+$"}
_UNSIGNED: Json = {"type": "string", "pattern": "^[+]?[0-9]+$"}
_DECIMAL: Json = {"type": "string", "pattern": r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"}
_DOUBLE: Json = {
    "type": "string",
    "pattern": r"^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|-?INF|NaN)$",
}
ID: Json = {"pattern": f"^{CHOSEN_ID.pattern}$", "maxLength": CHOSEN_ID_LENGTH}
# XSD builtins as the strings the engine writes; any other `xs:` name (or a typo of one) is a plain string.
BUILTINS: dict[str, Json] = {
    "xs:boolean": {"type": "string", "enum": ["true", "false"]},
    **{
        f"xs:{name}": _INTEGER
        for name in ("int", "long", "short", "byte", "integer", "negativeInteger")
        + ("nonPositiveInteger",)
    },
    **{
        f"xs:{name}": _UNSIGNED
        for name in ("unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")
        + ("nonNegativeInteger", "positiveInteger")
    },
    "xs:decimal": _DECIMAL,
    "xs:double": _DOUBLE,
    "xs:float": _DOUBLE,
    "xs:dateTime": {"type": "string", "format": "date-time"},
    "xs:date": {"type": "string", "format": "date"},
}
BUILTIN_FAULT: Json = {
    "type": "object",
    "description": "An error: why (`reason`) and what exactly (`detail`), guide §7.4.9.",
    "xml": {"name": "fault"},
    "properties": {"reason": {"type": "string"}, "detail": {"type": "string"}},
    "required": ["reason"],
}


# What OpenAPI allows as the key of a component (3.1 §4.8.7.1)
_KEY = re.compile(r"[a-zA-Z0-9._-]+")
_NOT_KEY = re.compile(r"[^a-zA-Z0-9._-]")


def component_keys(names: list[str]) -> dict[str, str]:
    """A component key per type name: the name itself when OpenAPI allows it, else the name with each other
    character as `_uXXXX_` (`Clusteré` -> `Cluster_u00e9_`), numbered (`-2`) if that is taken already.
    """
    keys = {n: n for n in names if _KEY.fullmatch(n)}
    taken = set(keys.values())
    for name in sorted(set(names) - set(keys)):
        base = key = _NOT_KEY.sub(lambda found: f"_u{ord(found[0]):04x}_", name)
        count = 2
        while key in taken:
            key, count = f"{base}-{count}", count + 1
        taken.add(key)
        keys[name] = key
    return keys


class Schemas:
    def __init__(self, schema: Schema | None) -> None:
        self.schema = schema
        names = sorted({*schema.types, *schema.enums}) if schema else []
        self.keys = component_keys([*names, FAULT])
        # a type -> its elements by name (`_declared`)
        self.declared: dict[str, dict[str, Element]] = {}

    def ref(self, name: str) -> Json:
        return {"$ref": REF + self.keys[name]}

    def known(self, type_name: str | None) -> bool:
        return bool(
            self.schema
            and type_name
            and (type_name in self.schema.types or type_name in self.schema.enums)
        )

    def of(self, type_name: str | None) -> Json:
        """The schema of a value of `type_name`: a reference to its component, else a builtin's."""
        if type_name and self.known(type_name):
            return self.ref(type_name)
        return dict(BUILTINS.get(type_name or "", {"type": "string"}))

    def representation(self, type_name: str | None) -> Json:
        """The schema of a body or answer of `type_name` (an object whatever the documents call it)."""
        if type_name and self.schema and type_name in self.schema.types:
            return self.ref(type_name)
        described = f"a `{type_name}` (the schema does not describe it)" if type_name else None
        return {"type": "object", **({"description": described} if described else {})}

    # --- components -------------------------------------------------------------------------------------

    def components(self) -> dict[str, Json]:
        """A schema per complex and simple XSD type, by name, and the fault's."""
        found: dict[str, Json] = {}
        schema = self.schema
        if schema is not None:
            for name in sorted({*schema.types, *schema.enums}):
                key = self.keys[name]
                found[key] = self._complex(name) if name in schema.types else self._simple(name)
        found.setdefault(self.keys[FAULT], BUILTIN_FAULT)
        return dict(sorted(found.items()))

    def _simple(self, name: str) -> Json:
        assert self.schema is not None
        chain = self.schema.restrictions(name)
        values = next((t.values for t in chain if t.values), [])
        out = (
            dict(BUILTINS.get(chain[-1].base, {"type": "string"})) if chain else {"type": "string"}
        )
        if values:
            out = {"type": "string", "enum": list(values)}
        return _documented(out, chain[0].documentation if chain else None)

    def _complex(self, name: str) -> Json:
        schema = self.schema
        assert schema is not None
        out: Json = {"type": "object"}
        element = schema.element_for(name)
        if element:
            out["xml"] = {"name": element}
        properties: Json = {}
        required: list[str] = []
        for attribute in schema.all_attributes(name):
            value = {**self.of(attribute.type), "xml": {"attribute": True}}
            properties[attribute.name] = _documented(value, attribute.documentation)
            if attribute.required:
                required.append(attribute.name)
        text = next((t.text_type for t in reversed(schema.bases(name)) if t.text_type), None)
        if text:
            properties["value"] = {**self.of(text), "xml": {"x-text": True}}
        # the most derived declaration of a name wins, in the place of the first (as the engine's JSON)
        elements = {e.name: e for e in schema.all_elements(name)}
        for child in elements.values():
            properties[child.name] = self._element(child)
            if child.name in GENERATED:  # the engine writes them and ignores them in a request
                properties[child.name]["readOnly"] = True
            if child.min_occurs > 0 and child.name not in required:
                required.append(child.name)
        if properties:
            out["properties"] = properties
        if required:
            out["required"] = required
        return _documented(out, schema.types[name].documentation)

    def _element(self, element: Element) -> Json:
        value = self.of(element.type)
        own = (
            self.schema.element_for(element.type)
            if self.schema and element.type in self.schema.types
            else None
        )
        if "$ref" in value and own != element.name:
            value["xml"] = {"name": element.name}  # named by the element, not by its type's root
        if element.is_list:
            value = {"type": "array", "items": value}
            if element.min_occurs > 1:
                value["minItems"] = element.min_occurs
            if element.max_occurs is not None:
                value["maxItems"] = element.max_occurs
        return _documented(value, element.documentation)

    # --- request bodies ---------------------------------------------------------------------------------

    def body(self, body: Body, root: BodyRoot) -> Json:
        """The body's type with what each overload makes mandatory: `anyOf` the overloads (a body may satisfy
        several, as overloads share parameters; the engine takes it when it satisfies one, guide §7.3.10).
        """
        base: Json = self.representation(body.type) if body.type else {"type": "object"}
        # The root element's name on the body itself: tools that write XML read `xml.name` there, not
        # through `$ref` or `allOf` (and would send `<data>`, which the engine refuses).
        named = {"xml": {"name": root.element}}
        if not body.type:
            base.update(named)
        overloads = [self._overload(o, root, body.type) for o in body.overloads]
        parts = [base]
        if overloads:
            parts.append(overloads[0] if len(overloads) == 1 else {"anyOf": overloads})
        if (
            self.schema
            and body.type
            and any(a.name == "id" for a in self.schema.all_attributes(body.type))
        ):  # an id the client chooses is one the engine takes (ids it writes may hold more: a CPU's name)
            parts.append({"properties": {"id": dict(ID)}})
        if len(parts) == 1:
            return {**named, **base} if "$ref" in base else base
        return {**named, "allOf": parts}

    def _overload(self, overload: ParameterSet, root: BodyRoot, type_name: str | None) -> Json:
        out = self._needs(overload.parameters, root, type_name)
        optional = [p.name for p in overload.optional]
        notes = [overload.description or ""]
        if optional:
            notes.append("Optional: " + ", ".join(f"`{n}`" for n in optional) + ".")
        described = "\n\n".join(n for n in notes if n)
        if described:
            out = {"description": described, **out}
        if overload.deprecated:
            out["deprecated"] = True
        return out

    def _needs(self, parameters: list[Parameter], root: BodyRoot, type_name: str | None) -> Json:
        """A schema requiring the mandatory parameters, nested along each dotted path; the items of a
        collection parameter, when given, need one of its nested sets (as the engine checks them).
        """
        tree: Json = {}
        for parameter in parameters:
            steps = root.below(parameter.name)
            if parameter.is_collection:
                item = item_root(steps[-1])
                sets = [
                    self._needs(s.parameters, item, None) for s in parameter.sets if s.mandatory
                ]
                if parameter.required or sets:
                    inner = (sets[0] if len(sets) == 1 else {"anyOf": sets}) if sets else {}
                    self._require(tree, steps, type_name, inner, parameter.required)
            elif parameter.required:
                *holders, last = steps
                holder = self._type_at(type_name, holders)
                choices = last.split("|")
                if len(choices) == 1:
                    self._require(tree, steps, type_name, self._leaf(holder, last), True)
                else:  # `id|name`: the holder needs one of them
                    one_of = {
                        "anyOf": [
                            {
                                "type": "object",
                                "required": [c],
                                "properties": {c: self._leaf(holder, c)},
                            }
                            for c in choices
                        ]
                    }
                    self._require(tree, tuple(holders), type_name, one_of, True)
        return tree

    def _leaf(self, holder: str | None, name: str) -> Json:
        """The schema of a mandatory element or attribute `name` of `holder`: a value that is not empty (the engine reads an
        empty one as missing: `Incomplete parameters`), an attribute written as one (`<cluster id="…"/>`).
        """
        leaf: Json = {"minLength": 1}
        attributes = self.schema.all_attributes(holder) if self.schema and holder else []
        if self._declared(holder, name) is None and any(a.name == name for a in attributes):
            leaf["xml"] = {"attribute": True}
        return leaf

    def _type_at(self, type_name: str | None, steps: list[str]) -> str | None:
        for step in steps:
            type_name = self._child_type(type_name, step)
        return type_name

    def _require(
        self, tree: Json, steps: tuple[str, ...], type_name: str | None, inner: Json, required: bool
    ) -> None:
        """Constrain what the path `steps` below `tree` reaches (each item, where an element repeats) with
        `inner`; with `required`, every step of the path must be there, an object."""
        node, current = tree, type_name
        for step in steps:
            if required:
                _add_required(node, step)
                node["type"] = "object"
            node = _descend(node, step, self._is_list(current, step), required)
            current = self._child_type(current, step)
        if not inner:
            return
        # The first constraint on an element is its schema; another one joins it in `allOf`, so that both
        # hold (a one-schema `allOf` says nothing more, and linters flag it).
        if "allOf" in node or any(key in node for key in inner):
            node.setdefault("allOf", []).append(inner)
        else:
            node.update(inner)

    def _declared(self, type_name: str | None, name: str) -> Element | None:
        if self.schema is None or type_name is None:
            return None
        declared = self.declared.get(type_name)
        if declared is None:  # the first declaration of each name, as a scan of them finds it
            declared = self.declared[type_name] = {}
            for element in self.schema.all_elements(type_name):
                declared.setdefault(element.name, element)
        return declared.get(name)

    def _is_list(self, type_name: str | None, name: str) -> bool:
        found = self._declared(type_name, name)
        return found is not None and found.is_list

    def _child_type(self, type_name: str | None, name: str) -> str | None:
        found = self._declared(type_name, name)
        return found.type if found is not None else None


def _add_required(node: Json, name: str) -> None:
    required = node.setdefault("required", [])
    if name not in required:
        required.append(name)


def _descend(node: Json, name: str, is_list: bool, required: bool) -> Json:
    """The schema of property `name` of `node` (of each of its items, when it repeats), made on first use."""
    child: Json = node.setdefault("properties", {}).setdefault(name, {})
    if is_list:
        if required:
            child["minItems"] = 1
        items: Json = child.setdefault("items", {})
        return items
    return child


def _documented(value: Json, text: str | None) -> Json:
    if text and text.strip():
        value["description"] = " ".join(text.split())
    return value
