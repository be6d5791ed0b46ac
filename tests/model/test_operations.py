"""Operation names (model/operations.py): the docs' anchors and OpenAPI's operation ids, one rule."""

from __future__ import annotations

import random

import rsdlgen
from rsdlgen.model.loading import Model, load_documents
from rsdlgen.model.operations import operation_names
from tests.conftest import OVIRT36


def test_every_link_is_named_once_and_ids_are_unique(model36: rsdlgen.Model) -> None:
    names = operation_names(model36)
    assert set(names) == {link.key for link in model36.links}
    ids = [name.operation_id for name in names.values()]
    assert len(ids) == len(set(ids)) == len(model36.links)


def test_an_action_is_named_on_the_page_of_what_it_acts_on(default_model: rsdlgen.Model) -> None:
    names = operation_names(default_model)
    shutdown = default_model.resource("vms/{vm:id}/shutdown").links[0]
    assert names[shutdown.key].page == "vms/{vm:id}"
    assert names[shutdown.key].operation_id == "vms.vm-id.shutdown"
    listing = default_model.resource("vms").link("get", "GET")
    assert names[listing.key].operation_id == "vms.get"


def test_the_roots_operations_are_their_anchor_alone() -> None:
    model = load_documents(
        b'<rsdl href="/api?rsdl"><links>'
        b'<link href="/api" rel="get"><request><http_method>GET</http_method></request></link>'
        b'<link href="/api/get" rel="get"><request><http_method>GET</http_method></request></link>'
        b"</links></rsdl>",
        "rsdl.xml",
        None,
        None,
    )
    names = operation_names(model)
    assert sorted(n.operation_id for n in names.values()) == ["get", "get.get"]


def test_a_get_declared_twice_gets_its_response_in_the_second_name(model36: rsdlgen.Model) -> None:
    href = "clusters/{cluster:id}/glustervolumes/{glustervolume:id}"
    names = operation_names(model36)
    ids = sorted(names[k.key].operation_id for k in model36.resource(href).links)
    assert ids == [
        "clusters.cluster-id.glustervolumes.glustervolume-id.delete",
        "clusters.cluster-id.glustervolumes.glustervolume-id.get",
        "clusters.cluster-id.glustervolumes.glustervolume-id.get-glustervolumeprofiledetails",
    ]


def test_names_do_not_depend_on_the_order_of_the_document(model36: rsdlgen.Model) -> None:
    shuffled = rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")
    random.Random(7).shuffle(shuffled.rsdl.links)
    again = Model(shuffled.rsdl, shuffled.schema, [], (shuffled.rsdl_bytes, shuffled.schema_bytes))
    assert operation_names(again) == operation_names(model36)
