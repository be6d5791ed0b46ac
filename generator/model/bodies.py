"""Where a body parameter lands in the XML, one rule for every target and for the diff.

The RSDL names body parameters as dotted paths from the body's root element (`vm.template.id|name` is
`<vm><template><id>`), but spells that root its own way (`vm_pool.name` for `<vmpool>`, `storagedomain.` for
`<storage_domain>`) or leaves it out (`provisioned_size` in a disk body, `brick` in a bricks body). The first
segment names the root when it spells the root's element or type name, ignoring case and underscores;
otherwise the name is already relative to the root.
"""

from __future__ import annotations

from dataclasses import dataclass

from .declarations import Parameter, Schema


def _spelling(name: str) -> str:
    return name.lower().replace("_", "")


@dataclass(frozen=True)
class BodyRoot:
    element: str  # the root element's XML name (`vmpool`)
    spellings: frozenset[str]  # how parameter names may spell it, normalised by `_spelling`

    def below(self, name: str) -> tuple[str, ...]:
        """The segments of a dotted parameter name below the root: `vm_pool.template.id|name` ->
        (`template`, `id|name`); `provisioned_size` -> (`provisioned_size`,)."""
        segments = tuple(name.split("."))
        if len(segments) > 1 and _spelling(segments[0]) in self.spellings:
            return segments[1:]
        return segments

    def paths(self, parameter: Parameter) -> list[tuple[str, ...]]:
        """One element path below the root per alternative of the last segment (`id|name`)."""
        *steps, last = self.below(parameter.name)
        return [(*steps, choice) for choice in last.split("|")]


def body_root(schema: Schema | None, body_type: str | None) -> BodyRoot:
    """The root of a body of `body_type`: the schema's element for the type, else the type's name in lower
    case (as the engine names elements)."""
    element = (schema.element_for(body_type) if schema and body_type else None) or (
        body_type or "body"
    ).lower()
    return item_root(element, body_type)


def item_root(element: str, type_name: str | None = None) -> BodyRoot:
    """The root that nested parameters of a collection parameter are relative to: one item (`boot.dev`
    under `vm.os.boot`)."""
    return BodyRoot(element, frozenset(_spelling(n) for n in (element, type_name) if n))
