"""The mock engine's tables for a model: one `LinkSpec` per link, one `ResourceSpec` per resource, the schema's
types as JSON needs them, the capabilities' lists, and the documents, as the runtime's `Spec` holds them
(`rsdlgen.mock.spec`: one definition of those shapes, read by the generator and the runtime alike).
"""

from __future__ import annotations

from ...mock.handlers import OWN_NAMES
from ...mock.spec import (
    BodySpec,
    CapabilityList,
    ChildSpec,
    LinkSpec,
    Need,
    Overload,
    ResourceSpec,
    Spec,
    TypeSpec,
    UrlParam,
)
from ...model.bodies import BodyRoot, body_root, item_root
from ...model.declarations import Body, Link, Parameter, ParameterSet
from ...model.loading import Model
from ...model.naming import identifier, singular, snake, unique
from ...model.resources import Resource
from ...model.statuses import created_asynchronously

XS_PYTHON_TYPES = {"xs:boolean": "bool", "xs:int": "int", "xs:long": "int", "xs:short": "int"}


def _element(model: Model, type_name: str | None) -> str | None:
    if not type_name:
        return None
    found = model.schema.element_for(type_name) if model.schema else None
    return found or type_name.lower()


def _item(model: Model, resource: Resource) -> str:
    if model.schema and resource.type:
        item = model.schema.collection_item(resource.type)
        if item is not None:
            return item.name
    return _element(model, resource.entity_type) or snake(singular(resource.name))


def _entity_element(model: Model, resource: Resource) -> str:
    parent = model.parent(resource)
    if parent is not None and parent.kind == "collection":
        return _item(model, parent)
    return _element(model, resource.entity_type) or snake(resource.name)


def resource_spec(model: Model, resource: Resource) -> ResourceSpec:
    if resource.kind == "collection":
        get = resource.link("get", "GET")
        return ResourceSpec(
            resource.href,
            "collection",
            _element(model, resource.type) or resource.name.lower(),
            item=_item(model, resource),
            searchable=bool(get and get.url_parameter("search")),
            actions=_actions(model, resource),
            created_async=created_asynchronously(resource),
        )
    children = model.children(resource)
    return ResourceSpec(
        resource.href,
        resource.kind,
        _entity_element(model, resource) if resource.kind != "action" else "action",
        actions=_actions(model, resource),
        links=tuple(sorted(c.name for c in children if c.kind in ("collection", "resource"))),
    )


def _actions(model: Model, resource: Resource) -> tuple[str, ...]:
    return tuple(sorted(c.name for c in model.children(resource) if c.kind == "action"))


def _need(parameter: Parameter, root: BodyRoot) -> Need:
    path = root.below(parameter.name)
    if parameter.is_collection:
        item = item_root(path[-1])
        sets = tuple(tuple(_need(p, item) for p in nested.mandatory) for nested in parameter.sets)
        return Need(
            parameter.name, path, sets=tuple(s for s in sets if s), optional=not parameter.required
        )
    return Need(parameter.name, path[:-1], leaves=tuple(path[-1].split("|")))


def _overload(overload: ParameterSet, root: BodyRoot) -> Overload:
    checked = [
        p
        for p in overload.parameters
        if p.required or (p.is_collection and any(nested.mandatory for nested in p.sets))
    ]
    return Overload(tuple(_need(p, root) for p in checked), overload.deprecated)


def _updatable(overloads: list[ParameterSet], root: BodyRoot) -> tuple[str, ...]:
    paths: set[str] = set()
    for overload in overloads:
        for parameter in overload.parameters:
            if parameter.is_collection:
                paths.add(".".join(root.below(parameter.name)))
            else:
                paths.update(".".join(path) for path in root.paths(parameter))
    return tuple(sorted(paths))


def body_spec(model: Model, link: Link, body: Body) -> BodySpec:
    root = body_root(model.schema, body.type)
    return BodySpec(
        body.type,
        root.element if body.type else None,
        body.required,
        tuple(_overload(o, root) for o in body.overloads),
        _updatable(body.overloads, root) if link.method == "PUT" else (),
    )


def _handler_base(link: Link, resource: Resource) -> str:
    literals = [snake(s.name) for s in link.segments if not s.placeholder] or ["api"]
    if resource.kind == "action":
        return "_".join(literals) if link.rel == literals[-1] else "_".join([*literals, link.rel])
    verb = "list" if link.method == "GET" and resource.kind == "collection" else snake(link.rel)
    return "_".join([*literals, verb])


def handler_names(model: Model) -> dict[tuple[str, str, str, str | None], str]:
    """One unique method name per link: `vms_list`, `vms_get`, `vms_nics_add`, `vms_start`, ..."""
    names: dict[tuple[str, str, str, str | None], str] = {}
    taken: set[str] = set(OWN_NAMES)
    for link in model.links:
        resource = model.resource(link.href)
        assert resource is not None
        base = identifier(_handler_base(link, resource))
        name = base
        if name in taken and link.response:
            name = f"{base}_{snake(link.response)}"
        counter = 2
        while name in taken:
            name, counter = f"{base}_{counter}", counter + 1
        taken.add(name)
        names[link.key] = name
    return names


def link_spec(model: Model, link: Link, handler: str) -> LinkSpec:
    resource = model.resource(link.href)
    assert resource is not None
    # the handler's own parameters first: no two may meet, whatever the document calls them
    taken = {"self", "call", "body"}
    path_arguments = tuple(unique(identifier(p), taken) for p in link.path_parameters)
    url = tuple(
        UrlParam(
            p.name,
            unique(identifier(p.name), taken),
            p.context or "query",
            XS_PYTHON_TYPES.get(p.type, "str"),
        )
        for p in link.url
    )
    return LinkSpec(
        handler=handler,
        href=link.href,
        rel=link.rel,
        method=link.method,
        kind=resource.kind,
        response=link.response,
        description=link.description,
        body=body_spec(model, link, link.body) if link.body else None,
        url=url,
        path_arguments=path_arguments,
        expect=link.header("Expect") is not None,
    )


def type_specs(model: Model) -> list[TypeSpec]:
    schema = model.schema
    if schema is None:
        return []
    return [
        TypeSpec(
            name,
            tuple(dict.fromkeys(a.name for a in schema.all_attributes(name))),
            tuple(
                ChildSpec(e.name, e.type if e.type in schema.types else None, e.is_list)
                for e in {e.name: e for e in schema.all_elements(name)}.values()
            ),
            any(t.text_type for t in schema.bases(name)),
        )
        for name in sorted(schema.types)
    ]


def capability_lists(model: Model) -> list[CapabilityList]:
    """The lists of one version of `<capabilities>` (guide §6) whose item type the schema enumerates."""
    schema = model.schema
    wrapper = schema.elements.get("capabilities") if schema else None
    version = schema.collection_item(wrapper) if schema and wrapper else None
    if schema is None or version is None:
        return []
    found = []
    for element in schema.all_elements(version.type):
        items = [e for e in schema.all_elements(element.type) if e.is_list]
        if element.type not in schema.types or len(items) != 1:
            continue
        values = tuple(v for simple in schema.restrictions(items[0].type) for v in simple.values)
        if values:
            found.append(CapabilityList(element.name, items[0].name, values))
    return found


def _routing_order(model: Model) -> list[Link]:
    """The links in document order, except that of a link declared twice for one method with different
    responses, the one answering the resource's own type comes first: a request reaches that one."""
    first: dict[tuple[str, str], int] = {}
    for index, link in enumerate(model.links):
        first.setdefault((link.href, link.method), index)

    def key(link: Link) -> tuple[int, bool]:
        resource = model.resource(link.href)
        own = resource is not None and link.response == resource.type
        return first[(link.href, link.method)], not own

    return sorted(model.links, key=key)


def product(model: Model) -> dict[str, str]:
    """The `<product_info>` of the entry point: the mock's name and vendor, the RSDL's version parts."""
    version = model.rsdl.version
    parts = ("major", "minor", "build", "revision")
    return {
        "name": "oVirt Engine (rsdlgen mock)",
        "vendor": "rsdlgen",
        **{
            k: str(getattr(version, k))
            for k in parts
            if version is not None and getattr(version, k) is not None
        },
    }


def server_spec(model: Model) -> Spec:
    names = handler_names(model)
    documents = {"rsdl.xml": model.rsdl_bytes}
    if model.schema_bytes is not None:
        documents["api.xsd"] = model.schema_bytes
    return Spec(
        api_root=model.api_root,
        fingerprint=model.fingerprint,
        product=product(model),
        links=tuple(link_spec(model, link, names[link.key]) for link in _routing_order(model)),
        resources={r.href: resource_spec(model, r) for r in model.resources() if r.kind != "root"},
        types={t.name: t for t in type_specs(model)},
        elements=dict(sorted(model.schema.elements.items())) if model.schema else {},
        capabilities=tuple(capability_lists(model)),
        headers=header_values(model),
        documents=documents,
    )


def header_values(model: Model) -> dict[str, tuple[str, ...]]:
    """The headers whose declarations list their values (`true|false`), API-wide or on a link: what the
    engine takes for them (the same name declared with other values takes any of them). The media types and
    credentials are not among them: the engine reads those as such (415, 401)."""
    found: dict[str, dict[str, None]] = {}
    declared = [*model.rsdl.general.headers, *(h for k in model.links for h in k.headers)]
    for header in declared:
        values = [v.strip() for v in (header.value or "").split("|") if v.strip()]
        if len(values) > 1 and header.name.lower() not in (
            "content-type",
            "accept",
            "authorization",
        ):
            found.setdefault(header.name.lower(), {}).update(dict.fromkeys(values))
    return {name: tuple(values) for name, values in sorted(found.items())}
