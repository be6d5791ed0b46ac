"""What the engine refuses to remove: built-in objects and objects still in use (guide §24.4.1, §15.1, and
the `validate()` of ovirt-engine's remove commands where the guide is silent). The refusal is a 409 with the
engine's message, before anything changes, so no reference is left pointing at a removed entity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .. import entities
from ..calls import Element, tag
from ..faults import Fault
from ..seed import ADMIN, ZERO
from ..views import Store as Engine


@dataclass(frozen=True)
class Rule:
    item: str  # the element the rule is about
    refuses: Callable[[Engine, Element], bool]
    message: str  # the engine's message, `{type}` standing for the type's name in messages


def _builtin(identifier: str) -> Callable[[Engine, Element], bool]:
    return lambda _engine, element: element.get("id") == identifier


def _named(name: str) -> Callable[[Engine, Element], bool]:
    return lambda _engine, element: element.findtext("name") == name


def _pointed_at_by(item: str) -> Callable[[Engine, Element], bool]:
    """Whether a top-level `item` (`vm`) still points at the entity (`<cluster id=...>`)."""

    def refuses(engine: Engine, element: Element) -> bool:
        top = engine.top_items.get(item)
        owner, identifier = tag(element), element.get("id") or ""
        return top is not None and any(
            entities.points_at(other, owner, identifier) for other in engine.items(top)
        )

    return refuses


def _domains(engine: Engine, data_center: Element) -> list[Element]:
    key = ("datacenters", data_center.get("id") or "", "storagedomains")
    return engine.listing(key, engine.resource(key))


REMOVE = (
    # guide §24.4.1: "The root tag cannot be deleted nor assigned a parent tag."
    Rule("tag", _builtin(ZERO), "Cannot remove {type}. The root tag cannot be deleted."),
    # guide §15.1 `delete_protected`; ACTION_TYPE_FAILED_DELETE_PROTECTION_ENABLED
    Rule(
        "vm",
        lambda _engine, vm: (vm.findtext("delete_protected") or "").lower() == "true",
        "Cannot remove {type}. Delete protection is enabled. In order to delete, disable Delete "
        "protection first.",
    ),
    # VMT_CANNOT_REMOVE_BLANK_TEMPLATE
    Rule(
        "template", _builtin(ZERO), "Cannot remove {type}. Removing Blank Template is not allowed."
    ),
    # RemoveClusterCommand: VDS_CANNOT_REMOVE_CLUSTER_VDS_DETECTED, VM_CANNOT_REMOVE_CLUSTER_VMS_DETECTED,
    # VMT_CANNOT_REMOVE_CLUSTER_VMTS_DETECTED
    Rule(
        "cluster",
        _pointed_at_by("host"),
        "Cannot remove {type}. Cluster contains one or more Hosts",
    ),
    Rule(
        "cluster",
        _pointed_at_by("vm"),
        "Cannot remove {type}. One or more VMs are still assigned to the Cluster",
    ),
    Rule(
        "cluster",
        _pointed_at_by("template"),
        "Cannot remove {type}. One or more Template(s) are still associated with the {type}",
    ),
    # RemoveStoragePoolCommand: ERROR_CANNOT_REMOVE_ACTIVE_STORAGE_POOL,
    # ERROR_CANNOT_REMOVE_POOL_WITH_ACTIVE_DOMAINS, ERROR_CANNOT_REMOVE_STORAGE_POOL_WITH_NONMASTER_DOMAINS
    Rule(
        "data_center",
        lambda _engine, dc: entities.state(dc) == "up",
        "Cannot remove an active Data Center.",
    ),
    Rule(
        "data_center",
        lambda engine, dc: any(entities.state(d) != "maintenance" for d in _domains(engine, dc)),
        "Cannot remove Data Center which contains active/locked Storage Domains.\n-Please deactivate "
        "all domains and wait for tasks to finish before removing the Data Center.",
    ),
    Rule(
        "data_center",
        lambda engine, dc: len(_domains(engine, dc)) > 1,
        "Cannot remove Data Center while there are more than one Storage Domains attached.",
    ),
    # RemoveUserCommand: USER_CANNOT_REMOVE_ADMIN_USER
    Rule("user", _builtin(ADMIN), "Cannot remove internal admin user or its permissions."),
    # predefined roles are read-only: ACTION_TYPE_FAILED_ROLE_IS_READ_ONLY
    Rule("role", _named("SuperUser"), "Cannot remove {type}. The Role is Read-Only."),
)

UPDATE = (
    # guide §24.4.1: the root tag cannot be "assigned a parent tag"
    Rule(
        "tag", _builtin(ZERO), "Cannot update {type}. The root tag cannot be assigned a parent tag."
    ),
)


def check_remove(engine: Engine, element: Element) -> None:
    """The engine's 409 when it refuses to remove `element`."""
    _check(engine, REMOVE, element)


def check_update(engine: Engine, element: Element, body: Element) -> None:
    """The engine's 409 when `body` gives the root tag a parent."""
    if body.find("parent") is not None:
        _check(engine, UPDATE, element)


def _check(engine: Engine, rules: tuple[Rule, ...], element: Element) -> None:
    for rule in rules:
        if rule.item == tag(element) and rule.refuses(engine, element):
            message = rule.message.format(type=engine.spec.label(rule.item))
            raise Fault(409, "Operation Failed", f"[{message}]")
