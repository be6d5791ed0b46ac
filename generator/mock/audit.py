"""The engine's event codes and texts for what the mock does (guide chapter 25, §3.16).

Codes and wording are the engine's audit log types: the guide shows 30 (log in), 31 (log out), 34 (VM created,
§25.3) and 153 (VM started, §3.16); the others, which the guide does not list, are the values of the same
operations in the engine's `AuditLogType` enum (ovirt-engine 3.6, `org.ovirt.engine.core.common.AuditLogType`:
USER_STOP_VM 33, USER_UPDATE_VM 35, USER_INITIATED_SHUTDOWN_VM 73, USER_REMOVE_VM_FINISHED 113, USER_ADD_VDS 42,
USER_ADD_STORAGE_DOMAIN 956 …). What the table does not name is recorded with code 0 (the engine's
`UNASSIGNED`) and a plain sentence.
"""

from __future__ import annotations

# (element, what happened) -> (code, text); {name}, {user}, {host} and {where} are filled in.
EVENTS: dict[tuple[str, str], tuple[int, str]] = {
    ("user", "logged in"): (30, "User {user} logged in."),
    ("user", "logged out"): (31, "User {user} logged out."),
    ("vm", "started"): (153, "{name} was started by {user} (Host: {host})."),
    ("vm", "stopped"): (33, "VM {name} powered off by {user} (Host: {host})."),
    ("vm", "shut down"): (73, "VM shutdown initiated by {user} on VM {name} (Host: {host})."),
    ("vm", "added"): (34, "VM {name} was created by {user}."),
    ("vm", "updated"): (35, "VM {name} configuration was updated by {user}."),
    ("vm", "removed"): (113, "VM {name} was successfully removed."),
    ("host", "added"): (42, "Host {name} was added by {user}."),
    ("host", "updated"): (43, "Host {name} configuration was updated by {user}."),
    ("host", "removed"): (44, "Host {name} was removed by {user}."),
    ("storage_domain", "added"): (956, "Storage Domain {name} was added by {user}"),
    ("storage_domain", "updated"): (958, "Storage Domain {name} was updated by {user}"),
    ("storage_domain", "removed"): (960, "Storage Domain {name} was removed by {user}"),
    ("storage_domain", "attached"): (
        962,
        "Storage Domain {name} was attached to Data Center {where} by {user}",
    ),
    ("storage_domain", "activated"): (
        966,
        "Storage Domain {name} (Data Center {where}) was activated by {user}",
    ),
    ("storage_domain", "deactivated"): (
        968,
        "Storage Domain {name} (Data Center {where}) was deactivated and has moved to "
        "'Maintenance' until it will no longer be accessed by any Host of the Data Center.",
    ),
    ("data_center", "added"): (950, "Data Center {name} was added by {user}."),
    ("data_center", "updated"): (952, "Data Center {name} was updated by {user}."),
    ("data_center", "removed"): (954, "Data Center {name} was removed by {user}."),
    ("cluster", "added"): (809, "Cluster {name} was added by {user}"),
    ("cluster", "updated"): (811, "Host cluster {name} was updated by {user}"),
    ("cluster", "removed"): (813, "Cluster {name} was removed by {user}"),
    ("nic", "added"): (932, "Interface {name} is added to VM {where}."),
}


def describe(element: str, happened: str, **fields: str) -> tuple[int, str]:
    """The code and description of an event; unknown ones get code 0 and a plain sentence."""
    known = EVENTS.get((element, happened))
    if known is not None:
        return known[0], known[1].format(**fields)
    where = f" in {fields['where']}" if fields.get("where") else ""
    subject = element.replace("_", " ")
    return (
        0,
        f"{subject} {fields.get('name', '')}{where} was {happened} by {fields.get('user', '')}.",
    )
