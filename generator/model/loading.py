"""`load(rsdl, schema)` -> `Model`: the one object every target and command works from."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Warning, Warnings
from ..readers.rsdl import parse_rsdl
from ..readers.safe_xml import parse_xml, read_bytes
from ..readers.xsd import parse_xsd
from .declarations import Link, Rsdl, Schema
from .matching import Match, Router
from .resources import Resource, build_tree, type_cycles, type_graph

if TYPE_CHECKING:
    import networkx as nx

    from .bindings import Bindings
    from .operations import LinkKey, OperationName

# Where an oVirt engine serves the API; used when a document only says `?rsdl` (relative to where it is served).
DEFAULT_API_ROOT = "/ovirt-engine/api"
# The embedded default: package data of `rsdlgen.rsdl` (the folder rsdl/ of the checkout), wherever installed.
DEFAULT_RSDL: Traversable = resources.files("rsdlgen.rsdl") / "rsdl.xml"
DEFAULT_SCHEMA: Traversable = resources.files("rsdlgen.rsdl") / "api.xsd"


class Model:
    def __init__(
        self,
        rsdl: Rsdl,
        schema: Schema | None,
        warnings: list[Warning],
        documents: tuple[bytes, bytes | None],
    ) -> None:
        self.rsdl = rsdl
        self.schema = schema
        # The documents as read (the server serves them byte for byte), and a sha256 over them.
        self.rsdl_bytes, self.schema_bytes = documents
        self.fingerprint = fingerprint(*(d for d in documents if d is not None))
        analysis = Warnings(rsdl.file)
        self.tree = build_tree(rsdl.links, schema, analysis)
        # a set: a selection (model/selection.py) passes the warnings of the model it narrows
        self.warnings = sorted(set(warnings + analysis.items))
        self.router = Router(rsdl.links, self.api_root)

    @property
    def links(self) -> list[Link]:
        return self.rsdl.links

    @property
    def api_root(self) -> str:
        return self.rsdl.api_root if self.rsdl.api_root is not None else DEFAULT_API_ROOT

    # --- the resource tree ---------------------------------------------------------------------------------

    @property
    def root(self) -> Resource:
        return self.tree.resources[""]

    def resource(self, href: str) -> Resource | None:
        return self.tree.resources.get(href.strip("/"))

    def resources(self, kind: str | None = None) -> list[Resource]:
        """Resources in a stable order (by href), optionally of one kind."""
        found = [self.tree.resources[h] for h in sorted(self.tree.resources)]
        return [r for r in found if kind is None or r.kind == kind]

    def children(self, resource: Resource) -> list[Resource]:
        """`resource`'s children in a stable order (by href)."""
        return sorted(self.tree.children[resource.href], key=lambda child: child.href)

    def parent(self, resource: Resource) -> Resource | None:
        return self.resource(resource.parent_href) if resource.parent_href is not None else None

    @property
    def top_collections(self) -> list[Resource]:
        return [c for c in self.children(self.root) if c.kind == "collection"]

    @property
    def actions(self) -> list[Link]:
        return [link for r in self.resources("action") for link in r.links]

    # --- types ---------------------------------------------------------------------------------------------

    @cached_property
    def type_graph(self) -> nx.DiGraph:
        import networkx as nx

        return type_graph(self.schema) if self.schema else nx.DiGraph()

    @cached_property
    def type_cycles(self) -> list[list[str]]:
        return type_cycles(self.type_graph)

    # --- what several targets derive from it, once (`--target all` renders them from one model) ------------

    @cached_property
    def bindings(self) -> Bindings:
        """The client's call surface, which the client target renders and the docs show."""
        from .bindings import build_bindings  # it imports this module

        return build_bindings(self)

    @cached_property
    def operation_names(self) -> dict[LinkKey, OperationName]:
        """Where the docs show each link, which the OpenAPI description's operation ids follow."""
        from .operations import operation_names

        return operation_names(self)

    # --- requests ------------------------------------------------------------------------------------------

    def match(self, method: str, path: str) -> Link | None:
        """The link that serves `method path` (absolute as a client sends it, or relative to the root)."""
        found = self.router.match(method, path)
        return found.link if found else None

    def match_request(self, method: str, path: str) -> Match | None:
        """Like `match`, with the placeholder values and the matrix and query parameters of the request."""
        return self.router.match(method, path)

    def match_all(self, method: str, path: str) -> list[Link]:
        """Every link declared for `method path` (oVirt declares a few operations twice, with other responses)."""
        return self.router.match_all(method, path)


def shown(document: str | Path | Traversable) -> str:
    """A document's name in messages: relative to the working directory when inside it."""
    path = Path(str(document))
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def fingerprint(*documents: bytes) -> str:
    digest = hashlib.sha256()
    for data in documents:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


@contextmanager
def _no_collector_passes() -> Iterator[None]:
    """Reading allocates a great many objects (lxml's element proxies, the declarations) and leaves no cyclic
    garbage (a collection right after finds none): the collector's passes their number triggers find nothing
    and took half of `load()`'s time. It is back on (if it was) when the Model is built.

    Re-enabled as it is, the collector would make one young-generation pass over everything read at the next
    allocation (a tenth of `load()`). Freezing and unfreezing moves every tracked object to the oldest
    generation and resets the young count, in constant time; skipped if the program froze objects itself
    (unfreezing would release them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def load_documents(
    rsdl: bytes, rsdl_name: str, schema: bytes | None, schema_name: str | None
) -> Model:
    """A Model from documents already in memory (as fetched from an engine), each named for messages."""
    with _no_collector_passes():
        return _read(rsdl, rsdl_name, schema, schema_name)


def _read(rsdl: bytes, rsdl_name: str, schema: bytes | None, schema_name: str | None) -> Model:
    doc, warnings = parse_rsdl(parse_xml(rsdl, rsdl_name), rsdl_name)
    parsed_schema = None
    if schema is not None:
        name = schema_name or "schema"
        parsed_schema, schema_warnings = parse_xsd(parse_xml(schema, name, keep_layout=True), name)
        warnings = warnings + schema_warnings
    return Model(doc, parsed_schema, warnings, (rsdl, schema))


def load(rsdl: str | Path | None = None, schema: str | Path | None = None) -> Model:
    """Read an RSDL document (and its XSD, if given) into a Model; with no arguments, the embedded default.

    Raises `InputError` for a document that cannot be read at all; oddities become `model.warnings`.
    """
    if rsdl is None:
        if schema is not None:
            raise ValueError("a schema without its RSDL: the embedded RSDL describes another API")
        return load_documents(
            DEFAULT_RSDL.read_bytes(),
            shown(DEFAULT_RSDL),
            DEFAULT_SCHEMA.read_bytes(),
            shown(DEFAULT_SCHEMA),
        )
    schema_bytes = read_bytes(Path(schema)) if schema is not None else None
    return load_documents(
        read_bytes(Path(rsdl)), str(rsdl), schema_bytes, str(schema) if schema else None
    )
