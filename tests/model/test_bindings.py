"""The client's call surface by rule (`model.bindings`): which method sends each link and how to reach it."""

from __future__ import annotations

import enum

import rsdlgen
from rsdlgen.model.bindings import _enum_members, build_bindings


def test_every_link_of_ovirt36_is_sent_by_one_method(model36: rsdlgen.Model) -> None:
    bindings = build_bindings(model36)
    missing = [f"{k.method} {k.href} {k.rel}" for k in model36.links if bindings.call_of(k) is None]
    assert missing == []


def test_calls_and_the_chain_that_reaches_them(model36: rsdlgen.Model) -> None:
    bindings = build_bindings(model36)
    start = model36.resource("vms/{vm:id}/start").links[0]
    found = bindings.call_of(start)
    assert found is not None
    service, call = found
    assert (service.name, call.name, call.op, call.body, call.body_arg) == (
        "Vm",
        "start",
        "action",
        "Action",
        "action",
    )
    assert [step for step, _ in bindings.chain(service)] == ["vms", "get(id=VM_ID)"]
    nics = bindings.service("vms/{vm:id}/nics")
    assert nics is not None
    assert [step for step, _ in bindings.chain(nics)] == ["vms", "get(id=VM_ID)", "nics"]
    listing = bindings.call_of(model36.resource("vms").link("get", "GET"))
    assert listing is not None and listing[1].name == "list"
    assert "query" in [a.name for a in listing[1].arguments]  # `search` is a keyword of list()
    entity_get = bindings.call_of(model36.resource("vms/{vm:id}").link("get", "GET"))
    assert entity_get is not None and (entity_get[0].name, entity_get[1].name) == ("Vms", "get")


def test_type_members_put_inherited_ones_first_and_settle_clashes(model36: rsdlgen.Model) -> None:
    types = build_bindings(model36).types
    vm = types.classes["VM"]
    names = [m.name for m in vm.all_members]
    assert names.index("id") < names.index("name") < names.index("memory")
    memory = vm.member("memory", attribute=False)
    assert memory is not None and memory.type == "xs:long"
    assert vm.member("id", attribute=True) is not None and vm.member("id", attribute=False) is None
    assert types.python("VirtIO_SCSI") == "VirtIOSCSI"  # class names by rule
    assert types.python("HttpMethod") is None and types.enums["HttpMethod"].name == "HttpMethod"


def test_entry_point_fields_and_the_clients_own_keywords(model36: rsdlgen.Model) -> None:
    bindings = build_bindings(model36)
    assert (
        bindings.entry is not None and bindings.entry.xsd == "API"
    )  # the `<api>` element (guide §3.1)
    fields = [(f.name, f.member.name) for f in bindings.api.fields]
    assert fields == [(n, n) for n in ("special_objects", "product_info", "summary", "time")]
    taken = {a.name for a in bindings.api.accessors} | {"close", "wait", "test"}
    assert not taken & {f.name for f in bindings.api.fields}
    every = [a.name for s in bindings.all() for c in s.calls for a in c.arguments]
    assert every and not {"timeout", "headers", "retry", "page_size"} & set(every)


def test_enum_members_are_names_that_enum_accepts() -> None:
    # two values of one name that starts with a digit: the clash's trailing underscore made `_3D_`, a
    # _sunder_ name Enum refuses (found by tests/test_hostile_documents.py)
    values = ["3d", "3d!", "3d?", "class", "class!", "", "!", "名前", "名前?"]
    members = _enum_members(values)
    assert [value for _, value in members] == values
    assert len({name for name, _ in members}) == len(values)
    assert [member.value for member in enum.StrEnum("Values", members)] == values
