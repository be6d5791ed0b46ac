from __future__ import annotations

import keyword

import pytest
from hypothesis import given, settings

from rsdlgen.model.naming import class_name, identifier, singular, snake, unique
from tests.conftest import examples
from tests.support.hostile import HOSTILE_TEXT


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


@pytest.mark.parametrize(
    "name, expected",
    [("MAC²", "MAC2"), ("Réseau", "Reseau"), ("ﬁle", "File"), ("名", "U540d"), ("none", "None_")],
)
def test_class_names_are_ascii_identifiers_that_are_no_keyword(name: str, expected: str) -> None:
    assert class_name(name) == expected


@pytest.mark.parametrize(
    "name, expected", [("MAC²", "mac2"), ("Ünit", "unit"), ("名前", "u540d__u524d"), ("²", "_2")]
)
def test_identifiers_are_ascii(name: str, expected: str) -> None:
    assert identifier(name) == expected


def test_names_that_meet_after_casing_are_told_apart_in_order() -> None:
    taken: set[str] = set()
    assert [unique(identifier(n), taken) for n in ("Name", "name", "NAME", "name_")] == [
        "name",
        "name_",
        "name__",
        "name___",
    ]


@settings(max_examples=examples(300), deadline=None)
@given(HOSTILE_TEXT)
def test_any_name_gives_an_importable_identifier(text: str) -> None:
    for made in (identifier(text), class_name(text)):
        assert made.isascii() and made.isidentifier() and not keyword.iskeyword(made)
