"""Selective generation (model/selection.py): which links a pattern keeps, and the schema pruned to the closure of
the types the kept links send and receive."""

from __future__ import annotations

import networkx as nx
import pytest

import rsdlgen
from rsdlgen.errors import UsageError
from rsdlgen.model.bindings import referenced_types
from rsdlgen.model.selection import Selection, href_matches, select


@pytest.mark.parametrize(
    ("pattern", "href", "expected"),
    [
        ("vms", "vms", True),
        ("vms", "vms/{vm:id}", False),
        ("vms/**", "vms", True),
        ("vms/**", "vms/{vm:id}/nics/{nic:id}", True),
        ("vms/**", "vmpools", False),
        ("hosts/*/nics", "hosts/{host:id}/nics", True),
        ("hosts/*/nics", "hosts/{host:id}/nics/{nic:id}", False),
        ("**/nics", "vms/{vm:id}/nics", True),
        ("**/nics", "nics", True),
        ("storagedomains/*/disk*", "storagedomains/{storagedomain:id}/disksnapshots", True),
        ("vms/{vm:id}/start", "vms/{vm:id}/start", True),
        ("/vms/", "vms", True),
    ],
)
def test_href_patterns(pattern: str, href: str, expected: bool) -> None:
    assert href_matches(pattern, href) is expected


def test_vms_only_keeps_the_vm_links_and_the_types_they_reach(model36: rsdlgen.Model) -> None:
    selected = select(model36, Selection(("vms/**",)))
    assert len(model36.links) == 774 and len(selected.links) == 103
    assert all(link.href.split("/")[0] == "vms" for link in selected.links)
    assert [r.href for r in selected.top_collections] == ["vms"]
    assert selected.schema is not None and model36.schema is not None
    assert len(model36.schema.types) == 390 and len(selected.schema.types) == 214
    # Closed: every type a kept type refers to is kept, and every type the client needs is declared.
    for ctype in selected.schema.types.values():
        assert all(
            e.type not in model36.schema.types or e.type in selected.schema.types
            for e in ctype.elements
        )
        assert ctype.base is None or ctype.base in selected.schema.types
    assert referenced_types(selected) <= set(selected.schema.types)
    # Minimal: each kept type is reached from a link's body or response, the entry point or a fault.
    graph = selected.type_graph
    roots = {
        t for link in selected.links for t in (link.response, link.body.type if link.body else None)
    }
    roots |= {"Action", selected.schema.elements["api"], selected.schema.elements["fault"]}
    reached = set().union(*({r} | nx.descendants(graph, r) for r in roots if r in graph))
    assert set(selected.schema.types) == reached
    assert {"GlusterVolumeProfileDetails", "OpenStackImageProvider", "Capabilities"}.isdisjoint(
        selected.schema.types
    )
    assert set(selected.schema.enums) == {
        "StatisticType",
        "StatisticUnit",
        "ValueType",
    }  # HttpMethod: no
    assert all(
        t in selected.schema.types or t in selected.schema.enums
        for t in selected.schema.elements.values()
    )
    # The documents are those read: the same bytes and fingerprint, the same warnings.
    assert selected.fingerprint == model36.fingerprint and selected.warnings == model36.warnings


def test_rels_operation_ids_and_exclusions(model36: rsdlgen.Model) -> None:
    starts = select(model36, Selection(("start",)))
    assert len(starts.links) == 3 and {k.rel for k in starts.links} == {"start"}
    one = select(model36, Selection(("vms.vm-id.start",)))
    assert [(k.method, k.href) for k in one.links] == [("POST", "vms/{vm:id}/start")]
    read_only = select(model36, Selection(("vms/**",), ("delete", "add", "update")))
    assert {k.method for k in read_only.links} == {"GET", "POST"}
    assert all(k.rel not in ("delete", "add", "update") for k in read_only.links)
    everything_but = select(model36, Selection((), ("**/statistics/**",)))
    assert len(everything_but.links) == len(model36.links) - sum(
        "statistics" in k.href.split("/") for k in model36.links
    )


def test_an_empty_selection_is_the_model_itself(default_model: rsdlgen.Model) -> None:
    assert select(default_model, Selection()) is default_model


@pytest.mark.parametrize(
    ("selection", "named"),
    [
        (Selection(("vms/**", "vmz/**")), "include pattern 'vmz/**'"),
        (Selection(("vms/**",), ("nope",)), "exclude pattern 'nope'"),
    ],
)
def test_a_pattern_matching_nothing_is_a_one_line_error(
    default_model: rsdlgen.Model, selection: Selection, named: str
) -> None:
    with pytest.raises(UsageError) as caught:
        select(default_model, selection)
    assert (
        str(caught.value)
        == f"command line: error: {named} matches no link of {default_model.rsdl.file}"
    )
