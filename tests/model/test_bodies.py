"""Body parameters land below the body's root element, however the RSDL spells that root."""

from __future__ import annotations

import rsdlgen
from rsdlgen.model.bodies import body_root, item_root
from rsdlgen.model.declarations import Link, Parameter


def _link(model: rsdlgen.Model, href: str, rel: str) -> Link:
    return next(link for link in model.links if link.href == href and link.rel == rel)


def test_vm_pool_parameters_are_below_vmpool(model36: rsdlgen.Model) -> None:
    link = _link(model36, "vmpools", "add")
    assert link.body is not None
    root = body_root(model36.schema, link.body.type)
    assert root.element == "vmpool"  # the XSD's element for VmPool
    mandatory = link.body.overloads[0].mandatory
    assert [root.paths(p) for p in mandatory] == [
        [("cluster", "id"), ("cluster", "name")],
        [("name",)],
        [("template", "id"), ("template", "name")],
    ]


def test_a_root_spelled_with_or_without_underscores_or_left_out_is_the_same_path(
    model36: rsdlgen.Model,
) -> None:
    disk = body_root(model36.schema, "Disk")
    domain = body_root(model36.schema, "StorageDomain")
    assert domain.element == "storage_domain"
    assert (
        disk.below("disk.provisioned_size")
        == disk.below("provisioned_size")
        == ("provisioned_size",)
    )
    assert domain.below("storagedomain.host.id|name") == domain.below("storage_domain.host.id|name")
    assert domain.below("storagedomain.host.id|name") == ("host", "id|name")


def test_a_relative_name_that_only_starts_like_the_root_stays_whole() -> None:
    root = body_root(None, "VM")  # no schema: the element is the type's name in lower case
    assert root.element == "vm"
    assert root.below("vms.vm") == ("vms", "vm")
    assert root.below("vm") == ("vm",)  # a single segment is a field, never the root itself


def test_nested_parameters_of_a_collection_are_relative_to_one_item() -> None:
    boot = item_root("boot")
    nested = Parameter("boot.dev", "xs:string", True)
    assert boot.paths(nested) == [("dev",)]
