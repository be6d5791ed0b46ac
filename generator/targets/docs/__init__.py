"""Reference docs: a static HTML site (index, a page per resource, a page per type, search) that works offline.

Every page sits at depth 0 (`index.html`) or 1 (`resources/…`, `types/…`) and links relatively, so the site
works from `file://` and from any static server. Page names and anchors come from `pages`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .examples import curl_command, example_body
from .pages import (
    INDEX,
    check_unique_pages,
    method_anchors,
    method_order,
    resource_page,
    type_page,
)
from .search import Entry, index_script, link_entries, resource_entry, type_entries
from .types import TypeUsage, type_usages
from ...model.loading import Model
from ...model.declarations import Element, Link, ParameterSet
from ..rendering import TEMPLATES, environment
from ...model.resources import Resource

NAME = "docs"
DEFAULT_PACKAGE = "docs"  # unused: the docs are no Python package
DEFAULT_OUT = "generated/docs"
USER_OWNED: frozenset[str] = frozenset()
STATIC = ("style.css", "search.js")


@dataclass
class MethodView:
    link: Link
    anchor: str
    # (overload, its example body), one per overload; one with no overload when the RSDL lists no parameters
    examples: list[tuple[ParameterSet | None, str]]
    curl: str


@dataclass
class FieldView:
    element: Element
    declared_in: str  # the type (or base type) that declares the element
    notes: list[str]
    anchor: str | None  # the element's name; None for a second element of the same name


class Site:
    """The model plus where everything lives; templates call it to link between pages."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.schema = model.schema
        self.root = model.resource("") or Resource("", "root")  # the index shows what the root has
        self.pages = [r for r in model.resources() if r.kind not in ("root", "action")]
        check_unique_pages(self.pages, model.rsdl.file)
        self.anchors: dict[tuple[str, str, str, str | None], tuple[str, str]] = {}
        for resource in [self.root, *self.pages]:
            shown = self.shown_links(resource)
            page = resource_page(resource.href)
            for key, anchor in method_anchors(resource.href, shown, model.rsdl.file).items():
                self.anchors[key] = (page, anchor)
        self.usages: dict[str, TypeUsage] = (
            type_usages(model.links, self.schema) if self.schema else {}
        )

    def actions_below(self, resource: Resource) -> list[Resource]:
        """The actions on a resource, with those below an action (odd documents nest them)."""
        found = []
        for child in self.model.children(resource):
            if child.kind == "action":
                found += [child, *self.actions_below(child)]
        return found

    def shown_links(self, resource: Resource) -> list[Link]:
        """A page's operations: its own, then its actions', each group in a fixed order."""
        own = sorted(resource.links, key=method_order)
        actions = [k for a in self.actions_below(resource) for k in a.links]
        return own + sorted(actions, key=lambda k: (k.rel, k.href))

    def link_url(self, link: Link) -> str:
        page, anchor = self.anchors[link.key]
        return f"{page}#{anchor}"

    def resource_url(self, resource: Resource) -> str:
        return resource_page(resource.href)

    def type_url(self, name: str | None) -> str | None:
        if name and self.schema and (name in self.schema.types or name in self.schema.enums):
            return type_page(name)
        return None

    def method_view(self, link: Link) -> MethodView:
        body_type = link.body.type if link.body else None
        examples: list[tuple[ParameterSet | None, str]] = []
        if link.body and (body_type or link.overloads):
            overloads: list[ParameterSet | None] = list(link.overloads) or [None]
            examples = [(o, example_body(self.schema, body_type, o)) for o in overloads]
        sent = examples[0][1] if examples and link.body and link.body.required else None
        curl = curl_command(self.model.api_root, link, self.model.rsdl.general.headers, sent)
        return MethodView(link, self.anchors[link.key][1], examples, curl)

    def fields(self, type_name: str) -> list[FieldView]:
        assert self.schema is not None
        usage = self.usages[type_name]
        declared: dict[str, str] = {}  # element -> the type in the base chain that declares it
        for ctype in reversed(self.schema.bases(type_name)):  # the most derived declaration wins
            for element in ctype.elements:
                declared.setdefault(element.name, ctype.name)
        views: list[FieldView] = []
        named: set[str] = set()
        for element in self.schema.all_elements(type_name):
            anchor = None if element.name in named else element.name
            named.add(element.name)
            notes = usage.field_notes.get(element.name, [])
            views.append(FieldView(element, declared.get(element.name, type_name), notes, anchor))
        return views

    def resources_of(self, type_name: str) -> list[Resource]:
        return [r for r in self.pages if type_name in (r.entity_type, r.type)]


def _search_entries(site: Site) -> list[Entry]:
    model = site.model
    entries: list[Entry] = []
    for resource in site.pages:
        entries.append(resource_entry(resource, site.resource_url(resource)))
    for link in sorted(model.links, key=lambda k: (k.href, *method_order(k))):
        entries.extend(link_entries(link, site.link_url(link)))
    if site.schema:
        entries.extend(type_entries(site.schema, type_page))
    return entries


def render(model: Model, package: str) -> dict[str, str | bytes]:
    site = Site(model)
    env = environment(NAME)
    env.globals.update(site=site, model=model, title=_title(model))
    files: dict[str, str | bytes] = {}
    files[INDEX] = env.get_template("index.html").render(
        root="",
        resource=site.root,
        methods=[site.method_view(k) for k in site.shown_links(site.root)],
    )
    resource_template = env.get_template("resource.html")
    for resource in site.pages:
        files[resource_page(resource.href)] = resource_template.render(
            root="../",
            resource=resource,
            parents=_ancestors(model, resource),
            children=[c for c in model.children(resource) if c.kind != "action"],
            methods=[site.method_view(k) for k in site.shown_links(resource)],
        )
    if model.schema:
        type_template = env.get_template("type.html")
        enum_template = env.get_template("enum.html")
        for name, ctype in model.schema.types.items():
            files[type_page(name)] = type_template.render(
                root="../",
                name=name,
                ctype=ctype,
                fields=site.fields(name),
                usage=site.usages[name],
            )
        for name, simple in model.schema.enums.items():
            files[type_page(name)] = enum_template.render(
                root="../", name=name, simple=simple, usage=site.usages[name]
            )
    files["search-index.js"] = index_script(_search_entries(site))
    for name in STATIC:
        files[name] = (TEMPLATES / NAME / name).read_text()
    return files


def _ancestors(model: Model, resource: Resource) -> list[Resource]:
    chain = []
    current = model.parent(resource)
    while current is not None and current.kind != "root":
        chain.append(current)
        current = model.parent(current)
    return list(reversed(chain))


def _title(model: Model) -> str:
    version = f" {model.rsdl.version}" if model.rsdl.version and str(model.rsdl.version) else ""
    return f"API reference{version}"
