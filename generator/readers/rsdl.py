"""RSDL document -> `Rsdl` model, read leniently.

Real documents break their own schema in many ways (see RSDL-FORMAT-NOTES.md in the corpus). Each oddity is
repaired by a rule and reported as a warning with its line, so a well-formed document never fails to load.
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import InputError, Location, Warning, Warnings
from ..model.declarations import (
    Body,
    General,
    Header,
    Link,
    Parameter,
    ParameterSet,
    Rsdl,
    Version,
)

HTTP_METHODS = ("GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH")
METHOD_FOR_REL = {"get": "GET", "add": "POST", "update": "PUT", "delete": "DELETE"}
REL_FOR_METHOD = {v: k for k, v in METHOD_FOR_REL.items()}
NON_HTTP_METHODS = {"UPDATE": "PUT"}

XS_TYPES = {
    "xs:string", "xs:boolean", "xs:int", "xs:integer", "xs:long", "xs:short", "xs:byte", "xs:double",
    "xs:float", "xs:decimal", "xs:dateTime", "xs:date", "xs:time", "xs:unsignedShort", "xs:unsignedInt",
    "xs:unsignedLong", "xs:unsignedByte", "xs:base64Binary", "xs:anyURI", "xs:duration",
}  # fmt: skip
TYPE_TYPOS = {"xs:boolen": "xs:boolean", "xs:base64": "xs:base64Binary", "xs:bool": "xs:boolean"}
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
EXPRESS_PARAM = re.compile(r"^:(\w+)$")


_NONE: dict[object, list[etree._Element]] = {}


def _kids(el: etree._Element | None) -> dict[object, list[etree._Element]]:
    """`el`'s children by name (the lists in document order, as `el.iterchildren(name)` gives them).

    Asked once per element, its dict passed to whoever reads the same children: lxml's find() and
    iterchildren() cost microseconds a call, and an index of the whole tree kept a proxy object alive for
    every element (a 775-link RSDL has 15,000), which cost more to make and to free than each element's
    children listed when it is read."""
    if el is None:
        return _NONE
    found: dict[object, list[etree._Element]] = {}
    # el[:], a list lxml makes in one call, is walked faster than el itself; comments and the like are listed
    # too, but never match a name
    for child in el[:]:
        tag = child.tag
        named = found.get(tag)
        if named is None:
            found[tag] = [child]
        else:
            named.append(child)
    return found


def _first_text(kids: dict[object, list[etree._Element]], tag: str) -> str | None:
    """The stripped text of the first child named `tag`, as `el.findtext(tag)` gives it; None if blank."""
    found = kids.get(tag)
    if not found:
        return None
    text = found[0].text
    if text is None:
        return None
    return text.strip() or None


class _Reader:
    """Declarations are built with positional arguments, in their fields' order: keyword arguments cost a
    tenth of the reading (thousands of parameters, eight fields each)."""

    def __init__(self, file: str) -> None:
        self.warnings = Warnings(file)

    def warn(self, el: etree._Element | None, code: str, message: str) -> None:
        self.warnings.add(el.sourceline if el is not None else None, code, message)

    # --- small readers --------------------------------------------------------------------------------------

    def text(self, el: etree._Element | None, child: str) -> str | None:
        return _first_text(_kids(el), child)

    def boolean(
        self, el: etree._Element, raw: str | None, what: str, default: bool = False
    ) -> bool:
        if raw is None:
            return default
        if raw == "true" or raw == "false":  # nearly always: skip the lenient reading below
            return raw == "true"
        value = raw.strip().lower()
        if value in ("true", "1", "yes"):
            if raw.strip() not in ("true", "1"):
                self.warn(el, "boolean-case", f"{what} is {raw!r}; read as true")
            return True
        if value in ("false", "0", "no"):
            if raw.strip() not in ("false", "0"):
                self.warn(el, "boolean-case", f"{what} is {raw!r}; read as false")
            return False
        self.warn(
            el, "bad-boolean", f"{what} is {raw!r}, not a boolean; read as {str(default).lower()}"
        )
        return default

    def type_name(self, el: etree._Element, raw: str | None) -> str:
        if raw is None:
            self.warn(el, "missing-type", "parameter has no type; read as xs:string")
            return "xs:string"
        value = raw.strip()
        if value == "collection" or value in XS_TYPES:
            return value
        fixed = value.rstrip(",").strip()
        if fixed.startswith("xs.") or fixed.startswith("xsd:"):
            fixed = "xs:" + fixed.split(".", 1)[1] if fixed.startswith("xs.") else "xs:" + fixed[4:]
        fixed = TYPE_TYPOS.get(fixed, fixed)
        if fixed in XS_TYPES:
            self.warn(el, "type-typo", f"type {value!r} read as {fixed!r}")
            return fixed
        self.warn(el, "unknown-type", f"type {value!r} is not an XSD type; read as xs:string")
        return "xs:string"

    # --- sections -------------------------------------------------------------------------------------------

    def header(self, el: etree._Element) -> Header:
        kids = _kids(el)
        name = _first_text(kids, "name")
        if name is None:
            self.warn(el, "unnamed-header", "header has no name")
            name = ""
        return Header(
            name,
            self.boolean(el, el.get("required"), f"header {name} required"),
            _first_text(kids, "value"),
            _first_text(kids, "description"),
            el.sourceline,
        )

    # The readers of a `<request>`'s parts take its children (`_kids(request)`; empty without a request).

    def headers(self, request: dict[object, list[etree._Element]]) -> list[Header]:
        return [
            self.header(h) for hs in request.get("headers", ()) for h in _kids(hs).get("header", ())
        ]

    def parameter(self, el: etree._Element, in_url: bool) -> Parameter:
        kids = _kids(el)
        name = _first_text(kids, "name") or ""
        if not name:
            self.warn(el, "unnamed-parameter", "parameter has no name")
        context = el.get("context")
        if in_url:
            if context is None:
                self.warn(
                    el, "missing-context", f"URL parameter {name!r} has no context; read as query"
                )
                context = "query"
            elif context not in ("query", "matrix"):
                self.warn(
                    el,
                    "bad-context",
                    f"URL parameter {name!r} has context {context!r}; read as query",
                )
                context = "query"
        required = el.get("required")
        param = Parameter(
            name,
            self.type_name(el, el.get("type")),
            # the message is only built for a value that needs a warning
            (
                self.boolean(el, required, f"parameter {name} required")
                if required != "true" and required != "false"
                else required == "true"
            ),
            el.sourceline,
            self.deprecated(kids),
            context if in_url else None,  # context
            _first_text(kids, "value"),
            _first_text(kids, "description"),
        )
        nested = kids.get("parameters_set", ())
        if param.is_collection:
            param.sets = [self.parameter_set(s, in_url) for s in nested]
            if not param.sets:
                self.warn(
                    el, "empty-collection", f"collection parameter {name!r} has no parameters_set"
                )
        elif nested:
            self.warn(
                el,
                "nested-set",
                f"parameter {name!r} of type {param.type} has a nested parameters_set",
            )
            param.sets = [self.parameter_set(s, in_url) for s in nested]
        return param

    def deprecated(self, kids: dict[object, list[etree._Element]]) -> bool:
        found = kids.get("deprecated")
        return self.boolean(found[0], found[0].text, "deprecated") if found else False

    def parameter_set(self, el: etree._Element, in_url: bool) -> ParameterSet:
        kids = _kids(el)
        return ParameterSet(
            [self.parameter(p, in_url) for p in kids.get("parameter", ())],
            _first_text(kids, "description"),
            self.deprecated(kids),
            el.sourceline,
        )

    def url_parameters(self, request: dict[object, list[etree._Element]]) -> list[Parameter]:
        found = request.get("url")
        if not found:
            return []
        url = found[0]
        kids = _kids(url)
        params = [
            p
            for s in kids.get("parameters_set", ())
            for p in self.parameter_set(s, True).parameters
        ]
        loose = kids.get("parameter")
        if loose:
            self.warn(url, "loose-parameters", "URL parameters outside a parameters_set")
            params += [self.parameter(p, True) for p in loose]
        return params

    def body(self, request: dict[object, list[etree._Element]]) -> Body | None:
        found = request.get("body")
        if not found:
            return None
        el = found[0]
        kids = _kids(el)
        type_name = _first_text(kids, "type")
        overloads = [self.parameter_set(s, False) for s in kids.get("parameters_set", ())]
        loose = kids.get("parameter")
        if loose:
            self.warn(
                el, "loose-parameters", "body parameters outside a parameters_set; read as one set"
            )
            overloads.append(
                ParameterSet([self.parameter(p, False) for p in loose], line=el.sourceline)
            )
        if type_name is None and not overloads:
            return None  # `<body/>`: no body
        if type_name is not None and not IDENTIFIER.match(type_name):
            self.warn(el, "prose-type", f"body type {type_name!r} is not a type name; ignored")
            type_name = None
        default_required = type_name is not None and el.get("required") is None
        return Body(
            type=type_name,
            required=self.boolean(
                el, el.get("required"), "body required", default=default_required
            ),
            overloads=overloads,
            line=el.sourceline,
        )

    def response(self, kids: dict[object, list[etree._Element]]) -> str | None:
        found = kids.get("response")
        response = found[0] if found else None
        type_name = self.text(response, "type")
        if type_name is not None and not IDENTIFIER.match(type_name):
            self.warn(
                response, "prose-type", f"response type {type_name!r} is not a type name; ignored"
            )
            return None
        return type_name

    def methods(
        self,
        el: etree._Element,
        request: dict[object, list[etree._Element]],
        rel: str | None,
        href: str,
    ) -> list[str]:
        found = request.get("http_method")
        method_el = found[0] if found else None
        raw = (method_el.text or "").strip() if method_el is not None else ""
        if raw in HTTP_METHODS:  # nearly always: one method, spelt right
            return [raw]
        if not raw:
            method = METHOD_FOR_REL.get(rel or "", "POST" if rel else "GET")
            self.warn(
                el,
                "missing-method",
                f"link {href} rel={rel} has no http_method; inferred {method} from rel",
            )
            return [method]
        methods = []
        for part in (m.strip().upper() for m in raw.split("|")):
            if part in NON_HTTP_METHODS:
                fixed = NON_HTTP_METHODS[part]
                self.warn(
                    method_el,
                    "bad-method",
                    f"http_method {part} is not an HTTP method; read as {fixed}",
                )
                part = fixed
            elif part not in HTTP_METHODS:
                self.warn(
                    method_el,
                    "bad-method",
                    f"http_method {part!r} is not an HTTP method; link skipped",
                )
                continue
            methods.append(part)
        if len(methods) > 1:
            self.warn(
                method_el,
                "several-methods",
                f"http_method {raw!r} names several methods; one link each",
            )
        return methods

    def href(self, el: etree._Element, raw: str | None) -> str:
        if raw is None:
            self.warn(el, "missing-href", "link has no href")
            return ""
        href = raw.strip()
        if "?" in href:
            self.warn(el, "query-in-href", f"href {raw!r} has a query string; it is ignored")
            href = href.split("?")[0]
        if href.startswith("#"):
            self.warn(
                el, "fragment-href", f"href {raw!r} is a client-side route; the '#' is dropped"
            )
            href = href.lstrip("#")
        if ":" not in href:  # no `:name` segment to read
            return href
        segments = []
        for segment in href.split("/"):
            express = EXPRESS_PARAM.match(segment)
            if express:
                self.warn(
                    el,
                    "express-placeholder",
                    f"href {raw!r} uses {segment!r}; read as {{{express[1]}}}",
                )
                segment = "{" + express[1] + "}"
            segments.append(segment)
        return "/".join(segments)

    def link(self, el: etree._Element) -> list[Link]:
        raw_href = el.get("href")
        href = self.href(el, raw_href)
        rel = el.get("rel")
        kids = _kids(el)
        found = kids.get("request")
        request = _kids(found[0]) if found else _NONE
        methods = self.methods(el, request, rel, href)
        headers = self.headers(request)
        url = self.url_parameters(request)
        body = self.body(request)
        response = self.response(kids)
        description = _first_text(kids, "description")
        line = el.sourceline
        links = []
        for method in methods:
            link_rel = rel
            if not link_rel:
                link_rel = REL_FOR_METHOD.get(method, method.lower())
                self.warn(
                    el, "missing-rel", f"link {href} {method} has no rel; read as {link_rel!r}"
                )
            lines = [line] if line else []
            links.append(
                Link(
                    href,
                    link_rel,
                    method,
                    description,
                    headers,
                    url,
                    body,
                    response,
                    lines,
                    raw_href or "",
                )
            )
        return links

    def general(self, el: etree._Element | None) -> General:
        if el is None:
            return General()
        kids = _kids(el)
        found = kids.get("request")
        request = _kids(found[0]) if found else _NONE
        return General(
            headers=self.headers(request),
            url=self.url_parameters(request),
            description=_first_text(kids, "description"),
            name=_first_text(kids, "name"),
        )

    def version(self, el: etree._Element | None) -> Version | None:
        if el is None:
            return None
        values: dict[str, int | None] = {}
        for part in ("major", "minor", "build", "revision"):
            raw = el.get(part)
            try:
                values[part] = int(raw) if raw is not None else None
            except ValueError:
                self.warn(el, "bad-version", f"version {part}={raw!r} is not a number")
                values[part] = None
        return Version(**values)


def _root_of(href: str | None) -> str | None:
    """`/ovirt-engine/api?rsdl` -> `/ovirt-engine/api`; `?rsdl` or nothing -> None (relative to where served)."""
    if not href:
        return None
    path = href.split("?")[0].rstrip("/")
    return path if href.split("?")[0].startswith("/") else None


def _common_root(hrefs: list[str]) -> str:
    """The longest run of leading segments shared by every absolute href, leaving each at least one of its own."""
    parents = [h.strip("/").split("/")[:-1] for h in hrefs]
    common: list[str] = []
    for parts in zip(*parents, strict=False):  # as far as the shortest goes
        if len(set(parts)) != 1 or parts[0].startswith("{"):
            break
        common.append(parts[0])
    return "/" + "/".join(common) if common else ""


def _normalise_hrefs(reader: _Reader, doc: Rsdl, root_el: etree._Element) -> None:
    """Make every href relative to one API root, remembering the root."""
    absolute = [link.href for link in doc.links if link.href.startswith("/")]
    root = doc.api_root
    if absolute and (
        root is None or not any(h == root or h.startswith(root + "/") for h in absolute)
    ):
        guessed = _common_root(absolute)
        if root is not None:
            reader.warn(
                root_el,
                "root-mismatch",
                f"no link is under the document's root {root!r}; using {guessed or '/'!r}",
            )
        root = guessed
        doc.api_root = guessed
    for link in doc.links:
        href = link.href
        if root is not None and (href == root or href.startswith(root + "/")):
            href = href[len(root) :]
        elif href.startswith("/"):
            reader.warnings.add(
                link.line, "outside-root", f"href {href!r} is not under the API root {root!r}"
            )
        link.href = href.strip("/")


def _merge_duplicates(reader: _Reader, links: list[Link]) -> list[Link]:
    """One link per (href, rel, method, response): later declarations of the same operation are folded in.

    oVirt 3.6 declares `.../iscsibonds/{id}/storageconnections/{id}` DELETE twice, once with an `Action` body and
    once without: merged, the body stays but is optional, which is what the two declarations mean together.
    """
    merged: dict[tuple[str, str, str, str | None], Link] = {}
    for link in links:
        first = merged.get(link.key)
        if first is None:
            merged[link.key] = link
            continue
        reader.warnings.add(
            link.line,
            "duplicate-link",
            f"{link.method} {link.href or '/'} rel={link.rel} is declared again (first at line {first.line}); merged",
        )
        first.lines.extend(link.lines)
        # Either declaration may have the body; together they make it optional. A new Body, not a change to
        # the old one, which the links split from one `GET|POST` declaration share.
        body = first.body or link.body
        if body is not None and (first.body is None or link.body is None):
            first.body = Body(body.type, False, body.overloads, body.line)
        first.description = first.description or link.description
        known = {h.name.lower() for h in first.headers}
        first.headers = first.headers + [h for h in link.headers if h.name.lower() not in known]
        names = {p.name for p in first.url}
        first.url = first.url + [p for p in link.url if p.name not in names]
    return list(merged.values())


def parse_rsdl(root: etree._Element, file: str) -> tuple[Rsdl, list[Warning]]:
    if not isinstance(root.tag, str) or etree.QName(root).localname != "rsdl":
        raise InputError(
            Location(file, root.sourceline),
            f"root element is <{etree.QName(root).localname}>, expected <rsdl>",
        )
    if etree.QName(root).namespace:
        root = _strip_namespaces(root)
    reader = _Reader(file)
    schema = root.find("schema")
    doc = Rsdl(
        file=file,
        href=root.get("href"),
        api_root=_root_of(root.get("href")),
        description=reader.text(root, "description"),
        version=reader.version(root.find("version")),
        schema_href=schema.get("href") if schema is not None else None,
        schema_name=reader.text(schema, "name"),
        schema_description=reader.text(schema, "description"),
        general=reader.general(root.find("general")),
    )
    link_elements = root.findall("links/link")
    listed = set(link_elements)
    stray = [el for el in root.iter("link") if el not in listed]
    for el in stray:
        reader.warn(el, "stray-link", "link outside <links>; ignored")
    if root.find("links") is None:
        reader.warn(root, "no-links", "document has no <links>")
    doc.link_elements = len(link_elements)
    links = [link for el in link_elements for link in reader.link(el)]
    doc.links = links
    _normalise_hrefs(reader, doc, root)
    doc.links = _merge_duplicates(reader, links)
    _warn_same_href_rel(reader, doc.links)
    return doc, reader.warnings.items


def _warn_same_href_rel(reader: _Reader, links: list[Link]) -> None:
    seen: dict[tuple[str, str, str], Link] = {}
    for link in links:
        key = (link.href, link.rel, link.method)
        if key in seen:
            reader.warnings.add(
                link.line,
                "ambiguous-link",
                f"{link.method} {link.href} rel={link.rel} is declared again with response {link.response} "
                f"(line {seen[key].line} has {seen[key].response})",
            )
        else:
            seen[key] = link


def _strip_namespaces(root: etree._Element) -> etree._Element:
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = etree.QName(el).localname
    return root
