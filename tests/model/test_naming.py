from __future__ import annotations

import pytest

from rsdlgen.model.naming import class_name, identifier, singular, snake


@pytest.mark.parametrize(
    "name, expected",
    [
        ("VirtIO_SCSI", "virt_io_scsi"),
        ("case-sensitive", "case_sensitive"),
        ("vm:id", "vm_id"),
        ("HostNIC", "host_nic"),
        ("All-Content", "all_content"),
        ("initRd", "init_rd"),
    ],
)
def test_snake(name: str, expected: str) -> None:
    assert snake(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("async", "async_"),
        ("import", "import_"),
        ("from", "from_"),
        ("match", "match_"),
        ("self", "self_"),
        ("3d", "_3d"),
        ("start", "start"),
    ],
)
def test_identifier_escapes_keywords(name: str, expected: str) -> None:
    assert identifier(name) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("vms", "vm"),
        ("capabilities", "capability"),
        ("statistics", "statistic"),
        ("storage", "storage"),
        ("katelloerrata", "katelloerratum"),
        ("schedulingpolicies", "schedulingpolicy"),
        ("hosts", "host"),
        ("addresses", "address"),
        ("boxes", "box"),
        ("class", "class"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_class_name() -> None:
    assert [class_name(n) for n in ("storagedomains", "host_nic", "VM", "3x")] == [
        "Storagedomains",
        "HostNic",
        "VM",
        "_3x",
    ]
