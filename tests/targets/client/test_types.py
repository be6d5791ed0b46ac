"""Types as views: typed reads and writes, schema order, live lists, lossless XML and v3 JSON round trips."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from lxml import etree

from tests.conftest import ROOT
from tests.support.client_packages import model, package

GUIDE = ROOT.parent / "shared" / "reference" / "rhv-4.3-rest-api-v3-guide.txt"


# An example block may hold a request and its response: each HTTP line starts a new document.
HTTP_LINE = re.compile(r"^(?:HTTP/1\.[01] \d|(?:GET|POST|PUT|DELETE|HEAD|OPTIONS) /)", re.M)


def guide_xml_examples() -> list[etree._Element]:
    """Every well-formed XML document in the guide's code blocks (a few dozen have typos that make them
    ill-formed, e.g. `</ovirt-engine/api>` or an unclosed `<host>`: those cannot be read by anyone).
    """
    found = []
    for block in re.findall(r"```\n(.*?)```", GUIDE.read_text(), re.S):
        for part in HTTP_LINE.split(block):
            start = part.find("<")
            if start < 0 or part[start : start + 2] in ("<!", "<?"):
                continue
            try:
                found.append(etree.fromstring(part[start:].strip().encode()))
            except etree.XMLSyntaxError:
                continue
    return found


def shape(element: etree._Element) -> Any:
    """Names, values and text, children grouped by name in document order. Attributes count as leaf
    children: JSON does not tell them apart, and the schema decides which one a name becomes in XML.
    """
    groups: dict[str, list[Any]] = {k: [(v, [])] for k, v in element.attrib.items()}
    for child in element:
        if isinstance(child.tag, str):
            groups.setdefault(child.tag, []).append(shape(child))
    return ((element.text or "").strip(), sorted(groups.items()))


@pytest.mark.parametrize("schema, declared", [("ovirt36", 200), ("default", 150)])
def test_guide_examples_round_trip_through_xml_and_json(schema: str, declared: int) -> None:
    sdk = package(schema)
    examples = [e for e in guide_xml_examples() if e.tag in sdk.xml.ELEMENTS]
    assert len(examples) >= declared
    for example in examples:
        data = etree.tostring(example)
        obj = sdk.parse_xml(data)
        assert type(obj) is sdk.xml.ELEMENTS[example.tag]
        assert etree.tostring(etree.fromstring(sdk.to_xml(obj)), method="c14n") == etree.tostring(
            example, method="c14n"
        )
        again = sdk.parse_json(sdk.to_json(obj), type(obj))
        assert shape(sdk.element_of(again)) == shape(example), example.tag


def test_typed_reads_and_lenient_unknowns() -> None:
    sdk = package("default")
    vm = sdk.parse_xml(
        b'<vm id="1"><name>web</name><memory>536870912</memory><stateless>false</stateless>'
        b"<creation_time>2016-01-04T12:00:00.000+01:00</creation_time><status><state>up</state></status>"
        b'<surprise a="b">kept</surprise><link rel="nics" href="/x"/><link rel="disks" href="/y"/></vm>'
    )
    assert isinstance(vm, sdk.types.VM)
    assert (vm.id, vm.name, vm.memory, vm.stateless) == ("1", "web", 536870912, False)
    assert vm.creation_time == datetime.datetime(
        2016, 1, 4, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert vm.status.state == sdk.types.VmState.UP
    assert [link.rel for link in vm.link] == ["nics", "disks"]
    assert b'<surprise a="b">kept</surprise>' in sdk.to_xml(vm)
    with pytest.raises(ValueError, match="vm/memory: 'lots' is not a valid integer"):
        _ = sdk.parse_xml(b"<vm><memory>lots</memory></vm>").memory


def test_new_objects_write_in_schema_order() -> None:
    sdk = package("default")
    vm = sdk.types.VM(memory=1024, name="x")
    vm.cluster = sdk.types.Cluster(name="Default")
    vm.description = "d"
    schema_order = [e.name for e in model("default").schema.all_elements("VM")]
    written = [child.tag for child in sdk.element_of(vm)]
    assert written == sorted(written, key=schema_order.index)
    assert written == ["name", "description", "cluster", "memory"]
    vm.memory = None
    vm.link = [sdk.types.Link(rel="a"), sdk.types.Link(rel="b")]
    vm.link.insert(1, sdk.types.Link(rel="between"))
    del vm.link[0]
    assert [link.rel for link in vm.link] == ["between", "b"]
    assert b"<memory>" not in sdk.to_xml(vm)


def test_assigning_an_attached_object_copies_it() -> None:
    sdk = package("default")
    first = sdk.types.VM(cluster=sdk.types.Cluster(name="c"))
    second = sdk.types.VM()
    second.cluster = first.cluster
    second.cluster.name = "changed"
    assert first.cluster.name == "c" and second.cluster.name == "changed"


def test_json_is_the_v3_shape() -> None:
    sdk = package("default")
    data_centers = sdk.parse_json(
        b'{"data_center": [{"name": "Default", "local": "false", "id": "d1",'
        b' "version": {"major": 4, "minor": "0"}, "status": {"state": "up"},'
        b' "link": [{"href": "/ovirt-engine/api/datacenters/d1/clusters", "rel": "clusters"}]}]}',
        sdk.types.DataCenters,
    )
    [dc] = data_centers.data_center
    assert (dc.id, dc.name, dc.local, dc.version.major, dc.status.state) == (
        "d1",
        "Default",
        False,
        4,
        "up",
    )
    assert b'<data_center id="d1"><name>Default</name>' in sdk.to_xml(data_centers)
    again = sdk.parse_json(sdk.to_json(data_centers), sdk.types.DataCenters)
    assert sdk.to_xml(again) == sdk.to_xml(data_centers)


def test_views_compare_by_value() -> None:
    sdk = package("default")
    read = sdk.parse_xml(
        '<vm href="/vms/1" id="1">\n  <name>web</name>\n  <!-- kept, not data -->\n'
        "  <memory>512</memory>\n</vm>"
    )
    built = sdk.types.VM(id="1", href="/vms/1", name="web", memory=512)
    assert (
        read == built and (read != built) is False
    )  # attribute order, indentation and comments aside
    assert sdk.parse_xml(sdk.to_xml(built, pretty=True)) == built
    changed = sdk.parse_xml(sdk.to_xml(built))
    changed.memory = 1024
    assert changed != built
    renamed = sdk.types.VM(id="1", href="/vms/1", name="web ", memory=512)
    assert renamed != built  # text is data, to the last space
    reordered = sdk.parse_xml('<vm id="1" href="/vms/1"><memory>512</memory><name>web</name></vm>')
    assert reordered != built  # children in order
    nested = sdk.types.VM(name="web", cluster=sdk.types.Cluster(name="a"))
    assert nested != sdk.types.VM(name="web", cluster=sdk.types.Cluster(name="b"))
    assert nested == sdk.types.VM(name="web", cluster=sdk.types.Cluster(name="a"))
    assert built != sdk.types.VM() and built != "web"
    with pytest.raises(TypeError):
        hash(built)  # views are mutable
