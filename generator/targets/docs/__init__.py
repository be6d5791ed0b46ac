"""Reference docs: a static HTML site (index, a page per resource, a page per type, search) that works offline.

Every page sits at depth 0 (`index.html`) or 1 (`resources/…`, `types/…`) and links relatively, so the site
works from `file://` and from any static server. Page names and anchors come from `pages`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime
from markupsafe import Markup

from ...model.bodies import body_root
from ...model.declarations import Element, Header, Link, ParameterSet
from ...model.diffing import diff, load_side
from ...model.loading import Model
from ...model.operations import (
    actions_below,
    method_order,
    page_links,
    pages as resources_with_pages,
    slug,
)
from ...model.resources import Resource
from .. import Option
from ..answers import Answers, Fault, faults
from ..examples import Node, body_parameters, body_tree, curl_command, json_text, xml_text
from ..rendering import NO_OPTIONS, QUIET, Progress, environment, template_text, visible
from .calls import Calls
from .changes import PAGE as CHANGES, Changes
from .identifiers import breakable
from .navigation import Sidebar, nav_script, tree_rows
from .pages import INDEX, check_type_pages, resource_page, type_page
from .search import (
    Entry,
    header_entries,
    index_script,
    link_entries,
    resource_entry,
    type_entries,
)
from .tryit import SCRIPT as ENGINE_SCRIPT, engine_script, panel
from .types import TypeUsage, type_usages

NAME = "docs"
DEFAULT_PACKAGE = None  # the docs are no Python package
# The client package the examples import when the project names none (the client target's default).
CLIENT_PACKAGE = "ovirtsdk3"
OPTIONS = {
    "title": Option(str, "the site's title (default: `API reference <version>`)"),
    "since": Option(
        Path,
        "a changes page from the older documents OLD (a directory or an RSDL file, as `rsdlgen "
        "diff` takes them)",
        flag="--since",
    ),
}
USER_OWNED: frozenset[str] = frozenset()
REQUIRES: tuple[str, ...] = ()  # no Python code
STATIC = ("style.css", "theme.js", "search.js", "nav.js", "tryit.js")


@dataclass
class Example:
    """One body (or answer) in both of the engine's formats."""

    xml: str
    json: str


@dataclass
class Signature:
    overload: ParameterSet | None  # None when the RSDL lists no parameters
    smallest: Example  # the mandatory parameters
    fullest: Example | None  # with every current optional parameter, when that differs


@dataclass
class MethodView:
    link: Link
    anchor: str
    signatures: list[Signature]  # one per overload
    curl: str
    python: str | None  # the generated client's call that sends it
    answer_status: str
    answer: Example | None
    faults: list[tuple[Fault, Example]]
    fault_statuses: (
        str  # the faults' statuses, each once, in order ("400, 404"): Jinja's `unique` is slow
    )
    tryit: dict[str, object]  # the Try it panel's form (`tryit.panel`)


@dataclass
class FieldView:
    element: Element
    declared_in: str  # the type (or base type) that declares the element
    notes: list[str]
    anchor: str | None  # the element's name; None for a second element of the same name


class Site:
    """The model plus where everything lives; templates call it to link between pages."""

    def __init__(self, model: Model, since: Model | None = None) -> None:
        self.model = model
        self.schema = model.schema
        self.root = model.resource("") or Resource("", "root")  # the index shows what the root has
        self.pages = resources_with_pages(model)
        self.anchors: dict[tuple[str, str, str, str | None], tuple[str, str]] = {
            key: (resource_page(name.page), name.anchor)
            for key, name in model.operation_names.items()
        }
        self.usages: dict[str, TypeUsage] = (
            type_usages(model.links, self.schema) if self.schema else {}
        )
        self.calls = Calls(model.bindings, self.schema)
        self.answers = Answers(model)
        self.representations = self.answers.representations
        # (reason, detail) -> the fault's example, written once: oVirt 3.6's pages show 1,259 faults, 207 distinct
        self._fault_examples: dict[tuple[str, str], Example] = {}
        # every type's page, looked up by each type link (9,400 on oVirt 3.6's pages)
        self._type_urls: dict[str, str] = (
            {name: type_page(name) for name in (*self.schema.types, *self.schema.enums)}
            if self.schema
            else {}
        )
        self._sidebar = Sidebar(model, self.root, self.resource_url)
        # the pages of each type, as its page lists them
        self._of_type: dict[str, list[Resource]] = {}
        for resource in self.pages:
            for name in dict.fromkeys(n for n in (resource.entity_type, resource.type) if n):
                self._of_type.setdefault(name, []).append(resource)
        self.changes = Changes(diff(since, model) if since else None, model, self.link_url)

    def actions_below(self, resource: Resource) -> list[Resource]:
        return actions_below(self.model, resource)

    def children(self, resource: Resource) -> list[Resource]:
        """The resources below `resource` but its actions (which its operations show)."""
        return self._sidebar.shown(resource)

    def shown_links(self, resource: Resource) -> list[Link]:
        return page_links(self.model, resource)

    def link_url(self, link: Link) -> str:
        page, anchor = self.anchors[link.key]
        return f"{page}#{anchor}"

    def resource_url(self, resource: Resource) -> str:
        return resource_page(resource.href)

    def type_url(self, name: str | None) -> str | None:
        return self._type_urls.get(name) if name else None

    def method_view(self, link: Link) -> MethodView:
        schema = self.schema
        body_type = link.body.type if link.body else None
        # the body sent by curl, the client and Try it: the smallest of the first current overload
        current = next((o for o in link.overloads if not o.deprecated), None)
        sent_overload = current or (link.overloads[0] if link.overloads else None)
        smallest = body_parameters(sent_overload, link.method == "PUT")[0]
        body: Node | None = None
        example: Example | None = None
        signatures: list[Signature] = []
        if link.body and (body_type or link.overloads):
            overloads: list[ParameterSet | None] = list(link.overloads) or [None]
            for overload in overloads:
                small_parameters, fullest = body_parameters(overload, link.method == "PUT")
                small = body_tree(schema, body_type, small_parameters)
                full = (
                    body_tree(schema, body_type, fullest) if fullest != small_parameters else None
                )
                signature = Signature(overload, _example(small), _example(full) if full else None)
                signatures.append(signature)
                if overload is sent_overload:  # its tree and example are the sent body's
                    body, example = small, signature.smallest
        if link.body and body is None:
            body = body_tree(schema, body_type, smallest)
            example = _example(body)
        sent = example.xml if example is not None and link.body and link.body.required else None
        curl = curl_command(self.model.api_root, link, self.model.rsdl.general.headers, sent)
        resource = self._resource_of(link)
        answered = self.answers.of(link)
        verb = (
            "update" if link.method == "PUT" else "action" if resource.kind == "action" else "add"
        )
        root = body_root(schema, body_type)
        shown = faults(link, root, smallest if link.method != "GET" else [], schema, verb)
        return MethodView(
            link,
            self.anchors[link.key][1],
            signatures,
            curl,
            self.calls.call(link, body),
            answered.status,
            _example(answered.body) if answered.body is not None else None,
            [(f, self._fault_example(f)) for f in shown],
            ", ".join(dict.fromkeys(f.status for f in shown)),
            panel(
                link,
                body,
                (example.xml, example.json) if example else None,
                self.representations.top_level,
            ),
        )

    def _fault_example(self, fault: Fault) -> Example:
        key = (fault.reason, fault.detail)
        if key not in self._fault_examples:
            self._fault_examples[key] = _example(fault.node)
        return self._fault_examples[key]

    def _resource_of(self, link: Link) -> Resource:
        return self.model.resource(link.href) or self.root

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

    def headers(self) -> list[tuple[Header, int]]:
        """Every header the API knows, by name: one declaration of it (an API-wide one first) and the number
        of operations that declare it (0 for an API-wide header)."""
        found: dict[str, tuple[Header, int]] = {}
        for header in self.model.rsdl.general.headers:
            found.setdefault(header.name.lower(), (header, 0))
        for link in self.model.links:
            for header in link.headers:
                known, uses = found.get(header.name.lower(), (header, 0))
                general = any(known is h for h in self.model.rsdl.general.headers)
                found[header.name.lower()] = (known, uses if general else uses + 1)
        return [found[name] for name in sorted(found)]

    def header_anchor(self, name: str) -> str:
        return "header-" + slug(name).lower()

    def sidebar(self, root: str, current: Resource | None) -> Markup:
        """The sidebar's resource tree for a page at `root` (`""` or `../`) showing `current`."""
        return self._sidebar.html(root, current)

    def resources_of(self, type_name: str) -> list[Resource]:
        return self._of_type.get(type_name, [])


class ShownPage(jinja2.Template):
    """A template of the site: what it renders, every invisible or control character but the newline (bidi
    overrides, zero-width spaces, escape sequences) written as its escape (`visible`), so that a reader sees
    what a document put there, whichever way it reached the page (a value, a macro, a filter's Markup). One
    pass over each page, where a check of every printed value (a `finalize`) took a tenth of the rendering
    time; the templates' own text is printable, so it goes through unchanged."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        return visible(super().render(*args, **kwargs))


def _search_entries(site: Site) -> list[Entry]:
    model = site.model
    entries: list[Entry] = []
    for resource in site.pages:
        entries.append(resource_entry(resource, site.resource_url(resource)))
    for link in sorted(model.links, key=lambda k: (k.href, *method_order(k))):
        entries.extend(link_entries(link, site.link_url(link)))
    entries.extend(header_entries(site.headers(), lambda n: f"{INDEX}#{site.header_anchor(n)}"))
    if site.schema:
        entries.extend(type_entries(site.schema, type_page))
    return entries


def render(
    model: Model,
    package: str | None = None,
    since: Model | None = None,
    *,
    templates: Path | None = None,
    progress: Progress = QUIET,
    options: Mapping[str, object] = NO_OPTIONS,
) -> dict[str, str | bytes]:
    """The site; with `since` (the older documents, or the option naming them), a changes page from the
    semantic diff, linked from every section and page a change is about."""
    if since is None and options.get("since") is not None:
        since = load_side([str(options["since"])])
    site = Site(model, since)
    env = environment(NAME, templates, python=False)  # HTML, autoescaped
    env.template_class = ShownPage
    env.globals.update(site=site, model=model, title=str(options.get("title") or _title(model)))
    env.filters["breakable"] = breakable
    env.globals["client_package"] = package or CLIENT_PACKAGE
    env.globals["linked_type"] = _linked_types(env)
    files: dict[str, str | bytes] = {}
    files[INDEX] = env.get_template("index.html").render(
        root="",
        page=INDEX,
        current=None,
        resource=site.root,
        methods=[site.method_view(k) for k in site.shown_links(site.root)],
    )
    schema = model.schema
    if schema:
        check_type_pages(schema)
    pages = len(site.pages) + (len(schema.types) + len(schema.enums) if schema else 0)
    with progress.task("docs: pages", pages) as advance:
        resource_template = env.get_template("resource.html")
        for resource in site.pages:
            files[resource_page(resource.href)] = resource_template.render(
                root="../",
                page=resource_page(resource.href),
                current=resource,
                resource=resource,
                parents=_ancestors(model, resource),
                children=site.children(resource),
                methods=[site.method_view(k) for k in site.shown_links(resource)],
            )
            advance(1)
        if schema:
            type_template = env.get_template("type.html")
            enum_template = env.get_template("enum.html")
            for name, ctype in schema.types.items():
                files[type_page(name)] = type_template.render(
                    root="../",
                    page=type_page(name),
                    current=None,
                    name=name,
                    ctype=ctype,
                    fields=site.fields(name),
                    usage=site.usages[name],
                )
                advance(1)
            for name, simple in schema.enums.items():
                files[type_page(name)] = enum_template.render(
                    root="../",
                    page=type_page(name),
                    current=None,
                    name=name,
                    simple=simple,
                    usage=site.usages[name],
                )
                advance(1)
    if site.changes.active:
        files[CHANGES] = env.get_template("changes.html").render(
            root="", page=CHANGES, current=None, changes=site.changes
        )
    files["search-index.js"] = index_script(_search_entries(site))
    types = sorted([*model.schema.types, *model.schema.enums]) if model.schema else []
    files["nav-index.js"] = nav_script(
        tree_rows(model, site.root, resource_page), [[name, type_page(name)] for name in types]
    )
    for name in STATIC:
        files[name] = template_text(env, name)
    files[ENGINE_SCRIPT] = engine_script(None)  # no engine: `rsdlgen serve --docs` serves its own
    return files


def _linked_types(
    env: jinja2.Environment,
) -> Callable[[jinja2.runtime.Context, str | None], Markup]:
    """`linked_type(name)`: what the `type_link` macro of macros.html (the user's, when they replace it) prints
    for `name` on a page at the current depth, rendered once per name and depth: oVirt 3.6's pages link types
    9,400 times, a sixth of the rendering time as a macro call each."""
    macros: dict[str, jinja2.runtime.Macro] = {}  # root -> type_link of macros.html at that depth
    links: dict[tuple[str | None, str], Markup] = {}

    @jinja2.pass_context
    def linked_type(context: jinja2.runtime.Context, name: str | None) -> Markup:
        root = context["root"]
        key = (name, root)
        found = links.get(key)
        if found is None:
            if root not in macros:  # a module's macros are its attributes, unknown to mypy
                module = env.get_template("macros.html").make_module({"root": root})
                macros[root] = vars(module)["type_link"]
            found = links[key] = Markup(macros[root](name))
        return found

    return linked_type


def _example(node: Node) -> Example:
    return Example(xml_text(node), json_text(node))


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
