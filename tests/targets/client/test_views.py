"""The views' live lists behave as Python lists do, and constructors write what setting each attribute writes.

The list operations run in linear time (benchmarks/client_build.py measures them by size); here every operation
is checked against a plain list doing the same, with other children of the element around the list's items.
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree

from tests.conftest import examples
from tests.support.client_packages import package

NAMES = st.text("abcdef", min_size=1, max_size=3)
INDEX = st.integers(-6, 6)
SLICES = st.builds(slice, st.none() | INDEX, st.none() | INDEX)
OPERATIONS = st.one_of(
    st.tuples(st.just("append"), NAMES),
    st.tuples(st.just("insert"), INDEX, NAMES),
    st.tuples(st.just("extend"), st.lists(NAMES, max_size=4)),
    st.tuples(st.just("setitem"), INDEX, NAMES),
    st.tuples(st.just("setslice"), SLICES, st.lists(NAMES, max_size=4)),
    st.tuples(st.just("delitem"), INDEX),
    st.tuples(st.just("delslice"), SLICES),
    st.tuples(st.just("pop"), INDEX),
    st.tuples(st.just("reverse")),
    st.tuples(st.just("clear")),
    st.tuples(st.just("index"), NAMES),
    st.tuples(st.just("remove"), NAMES),
    st.tuples(st.just("getitem"), INDEX),
)


def apply(target: Any, operation: tuple[Any, ...], make: Any) -> object:
    """One operation on a list or a live list, `make` turning a name into an item; its result or its error."""
    name, *args = operation
    try:
        if name == "append":
            target.append(make(args[0]))
        elif name == "insert":
            target.insert(args[0], make(args[1]))
        elif name == "extend":
            target.extend([make(a) for a in args[0]])
        elif name in ("setitem", "setslice"):
            value = make(args[1]) if name == "setitem" else [make(a) for a in args[1]]
            target[args[0]] = value
        elif name in ("delitem", "delslice"):
            del target[args[0]]
        elif name == "pop":
            return rel(target.pop(args[0]))
        elif name == "reverse":
            target.reverse()
        elif name == "clear":
            target.clear()
        elif name == "index":
            return target.index(make(args[0]))
        elif name == "remove":
            target.remove(make(args[0]))
        else:
            return rel(target[args[0]])
    except (IndexError, ValueError) as error:
        return type(error)
    return None


def rel(item: Any) -> str:
    return item if isinstance(item, str) else item.rel


@settings(max_examples=examples(300), deadline=None)
@given(start=st.lists(NAMES, max_size=5), operations=st.lists(OPERATIONS, max_size=12))
def test_a_live_list_does_what_a_list_does(start: list[str], operations: list[Any]) -> None:
    sdk = package("default")
    links = "".join(f'<link rel="{r}"/>' for r in start)
    vm = sdk.parse_xml(f"<vm><name>n</name>{links}<surprise/><type>server</type></vm>".encode())
    model = list(start)
    for operation in operations:
        expected = apply(model, operation, str)
        got = apply(vm.link, operation, lambda r: sdk.types.Link(rel=r))
        assert got == expected, operation
        assert [rel(link) for link in vm.link] == model
        assert [rel(link) for link in reversed(vm.link)] == model[::-1]
        assert len(vm.link) == len(model)
        others = [child.tag for child in sdk.element_of(vm) if child.tag != "link"]
        assert others == ["name", "surprise", "type"]  # the rest stays where it was


def test_slice_assignment_and_reverse_move_the_items_themselves() -> None:
    sdk = package("default")
    vms = sdk.types.VMs(vm=[sdk.types.VM(name=f"vm{n}") for n in range(5)])
    elements = [sdk.element_of(vm) for vm in vms.vm]
    vms.vm.reverse()
    assert [sdk.element_of(vm) for vm in vms.vm] == elements[::-1]
    vms.vm[:] = list(vms.vm)[::-1]  # the old items, taken out first and put back in order
    assert [sdk.element_of(vm) for vm in vms.vm] == elements
    twice = sdk.types.VM(name="twice")
    vms.vm[:] = [
        twice,
        twice,
    ]  # one element has one place: the second is a copy, which the view follows
    first, second = vms.vm
    assert sdk.element_of(second) is sdk.element_of(twice) is not sdk.element_of(first)
    assert sdk.to_xml(vms) == b"<vms><vm><name>twice</name></vm><vm><name>twice</name></vm></vms>"


def test_reversing_keeps_the_text_between_the_items() -> None:
    sdk = package("default")
    vms = sdk.parse_xml(b"<vms>\n  <vm><name>a</name></vm>\n  <vm><name>b</name></vm>\n</vms>")
    vms.vm.reverse()
    expected = b"<vms>\n  <vm><name>b</name></vm>\n  <vm><name>a</name></vm>\n</vms>"
    assert sdk.to_xml(vms) == expected


VM_FIELDS: dict[str, Any] = {
    "id": "1",
    "name": "web",
    "description": "d",
    "type": "server",
    "memory": 1024,
    "stateless": False,
    "origin": "ovirt",
    "timezone": "Etc/GMT",
}


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.sampled_from(sorted(VM_FIELDS)), unique=True), st.randoms())
def test_a_constructor_writes_what_setting_each_attribute_writes(
    names: list[str], rnd: Any
) -> None:
    sdk = package("default")
    children = {
        "status": lambda: sdk.types.VmStatus(state="up"),
        "cpu": lambda: sdk.types.CPU(topology=sdk.types.CpuTopology(cores=2, sockets=1)),
        "os": lambda: sdk.types.OperatingSystem(type="rhel", boot=[sdk.types.Boot(dev="hd")]),
        "link": lambda: [sdk.types.Link(rel="nics"), sdk.types.Link(rel="disks")],
    }
    chosen = {n: VM_FIELDS[n] for n in names} | {
        n: make() for n, make in children.items() if rnd.random() < 0.5
    }
    built = sdk.types.VM(**chosen)
    one_by_one = sdk.types.VM()
    order = list(chosen)
    rnd.shuffle(order)
    for name in order:
        setattr(one_by_one, name, children[name]() if name in children else chosen[name])
    assert sdk.to_xml(built) == sdk.to_xml(one_by_one)


def test_every_constructor_writes_what_setting_each_attribute_writes() -> None:
    """Every class of the default's client, every argument given (each kind: attribute, text, value, values,
    child, children), against an empty object whose attributes are set one by one."""
    sdk = package("default")
    rt = sdk.types._rt
    samples = {rt.STRING: "s", rt.INTEGER: 7, rt.BOOLEAN: False, rt.FLOAT: 1.5}
    samples |= {rt.DECIMAL: decimal.Decimal("2.50"), rt.DATE: datetime.date(2024, 2, 29)}
    samples[rt.DATETIME] = datetime.datetime(2024, 2, 29, 12, 30, tzinfo=datetime.UTC)

    def sample(descriptor: Any) -> Any:
        if isinstance(descriptor, rt.Children):
            return [descriptor.view_class()(), descriptor.view_class()()]
        if isinstance(descriptor, rt.Child):
            return descriptor.view_class()()
        if isinstance(descriptor, rt.Values):
            return [samples[descriptor.codec]] * 2
        return samples[descriptor.codec]

    classes = [
        c for c in vars(sdk.types).values() if isinstance(c, type) and issubclass(c, rt.View)
    ]
    kinds = set()
    for cls in (c for c in classes if c._arguments):
        descriptors = {name: getattr(cls, name) for name in cls._arguments}
        kinds |= {type(d) for d in descriptors.values()}
        values = {name: sample(d) for name, d in descriptors.items()}
        one_by_one = cls()
        for name in cls._arguments:
            setattr(one_by_one, name, values[name])
        assert sdk.to_xml(cls(**values)) == sdk.to_xml(one_by_one), cls.__name__
    assert kinds == {rt.Attr, rt.Text, rt.Value, rt.Values, rt.Child, rt.Children}


def test_a_subclass_that_gives_a_field_another_meaning_is_constructed_through_it() -> None:
    sdk = package("default")
    seen = []

    class Named(sdk.types.Link):  # type: ignore[misc, name-defined]
        __slots__ = ()

        @property
        def rel(self) -> str | None:
            return etree.QName(sdk.element_of(self)).localname

        @rel.setter
        def rel(self, value: str) -> None:
            seen.append(value)

    assert sdk.to_xml(Named(rel="x", href="/h")) == b'<link href="/h"/>'
    assert seen == ["x"]

    class Defaulted(Named):  # a constructor of the user's, calling the generated one
        __slots__ = ()

        def __init__(self, rel: str = "y") -> None:
            super().__init__(rel=rel, href="/d")

    assert sdk.to_xml(Defaulted()) == b'<link href="/d"/>'
    assert seen == ["x", "y"]
    # the generated class is as it was
    assert sdk.to_xml(sdk.types.Link(rel="x")) == b'<link rel="x"/>'


@pytest.mark.parametrize("index", [0, 1, -1, -3, 10, -10])
def test_insert_takes_any_index_as_a_list_does(index: int) -> None:
    sdk = package("default")
    vm = sdk.types.VM(link=[sdk.types.Link(rel=r) for r in "abc"])
    model = list("abc")
    model.insert(index, "new")
    vm.link.insert(index, sdk.types.Link(rel="new"))
    assert [link.rel for link in vm.link] == model
