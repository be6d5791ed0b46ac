"""Success statuses (model/statuses.py): one rule from the guide for the docs, OpenAPI and the mock engine."""

from __future__ import annotations

import rsdlgen
from rsdlgen.model.statuses import successes


def statuses(model: rsdlgen.Model, href: str, rel: str, method: str) -> list[int]:
    link = model.resource(href).link(rel, method)
    return [s.status for s in successes(model, link)]


def test_statuses_follow_the_guide(default_model: rsdlgen.Model) -> None:
    assert statuses(default_model, "vms", "get", "GET") == [200]
    assert statuses(default_model, "vms", "add", "POST") == [201, 202]  # guide §7.3.11: VMs async
    assert statuses(default_model, "clusters", "add", "POST") == [201]
    assert statuses(default_model, "vms/{vm:id}/disks", "add", "POST") == [201, 202]  # disks too
    assert statuses(default_model, "vms/{vm:id}/start", "start", "POST") == [200, 202]  # §7.4.7
    assert statuses(default_model, "vms/{vm:id}", "update", "PUT") == [200]
    assert statuses(default_model, "vms/{vm:id}", "delete", "DELETE") == [204]  # §9.4.3
    delete = default_model.resource("vms/{vm:id}").link("delete", "DELETE")
    assert successes(default_model, delete)[0].body is False
