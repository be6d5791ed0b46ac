"""Schema comments as documentation: a comment at the end of a line belongs to that line's declaration, one on
the lines before a declaration to the declaration after it."""

from __future__ import annotations

from lxml import etree

import rsdlgen
from rsdlgen.readers.xsd import parse_xsd

SCHEMA = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="Disk">
    <xs:sequence>
      <!-- The size the guest sees, in bytes -->
      <xs:element name="provisioned_size" type="xs:long" minOccurs="0"/>
      <xs:element name="size" type="xs:long" minOccurs="0"/> <!-- Deprecated, replaced by 'provisioned_size' -->
      <xs:element name="type" type="xs:string" minOccurs="0"/> <!-- Deprecated -->
      <xs:element name="format" type="xs:string" minOccurs="0"/>
      <xs:element name="sparse" minOccurs="0">
        <xs:simpleType><xs:restriction base="xs:boolean"/></xs:simpleType>
      </xs:element> <!-- Thin provisioned -->
      <xs:element name="bootable" type="xs:boolean" minOccurs="0"/>
    </xs:sequence>
  </xs:complexType>
</xs:schema>
"""


def test_end_of_line_comments_belong_to_their_line() -> None:
    schema, _ = parse_xsd(etree.fromstring(SCHEMA), "api.xsd")
    docs = {e.name: e.documentation for e in schema.types["Disk"].elements}
    assert docs == {
        "provisioned_size": "The size the guest sees, in bytes",
        "size": "Deprecated, replaced by 'provisioned_size'",
        "type": "Deprecated",
        "format": None,  # not the end-of-line comment of the line before
        "sparse": "Thin provisioned",  # the end of a declaration spanning lines
        "bootable": None,
    }


def test_ovirt36_deprecation_notes_sit_on_the_deprecated_fields(model36: rsdlgen.Model) -> None:
    assert model36.schema is not None
    types = model36.schema.types
    docs = {(t, e.name): e.documentation for t in ("Disk", "NIC") for e in types[t].elements}
    assert docs[("Disk", "size")] == "Deprecated, replaced by 'provisioned_size'"
    assert docs[("Disk", "type")] == "Deprecated, will be removed at 4.0"
    assert docs[("Disk", "provisioned_size")] is None
    assert docs[("NIC", "network")] == "Deprecated, replaced by 'vnic_profile'"
    assert docs[("NIC", "active")] == "Deprecated, replaced by 'plugged'"
    assert docs[("NIC", "port_mirroring")] == "Deprecated, replaced by 'vnic_profile'"
    for live in ("linked", "plugged", "reported_devices"):
        assert docs[("NIC", live)] is None, live


def test_the_ovirt36_client_documents_the_right_fields() -> None:
    """The docstring under each descriptor of the generated `types` module."""
    from tests.support.client_packages import package_dir

    source = (package_dir("ovirt36") / "types.py").read_text()
    disk = source[source.index("\nclass Disk(") :]
    disk = disk[: disk.index("\nclass ", 1)]
    assert (
        '    type = _rt.Value("type", _rt.STRING)\n    """Deprecated, will be removed at 4.0"""'
        in disk
    )
    assert (
        '    provisioned_size = _rt.Value("provisioned_size", _rt.INTEGER)\n    actual_size' in disk
    )
    nic = source[source.index("\nclass NIC(") :]
    nic = nic[: nic.index("\nclass ", 1)]
    assert '    plugged = _rt.Value("plugged", _rt.BOOLEAN)\n    port_mirroring' in nic
    assert '"""Deprecated, replaced by \'plugged\'"""' in nic


PRECEDENCE = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="Host">
    <xs:sequence>
      <!-- Network -->
      <xs:element name="address" type="xs:string"/>
      <!-- The port the engine reaches it on -->
      <xs:element name="port" type="xs:int"/> <!-- Deprecated -->
      <!-- The name shown in the portal -->
      <xs:element name="name" type="xs:string">
        <xs:annotation><xs:appinfo>tooling</xs:appinfo></xs:annotation>
        <xs:annotation><xs:documentation> Unique   among hosts </xs:documentation></xs:annotation>
        <xs:annotation><xs:documentation>second</xs:documentation></xs:annotation>
      </xs:element> <!-- Deprecated -->
      <xs:element name="status" type="xs:string"> <!-- One of the host states -->
        <xs:annotation><xs:documentation> </xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
  </xs:complexType>
</xs:schema>
"""


def test_documentation_precedence() -> None:
    """The first `annotation/documentation` (even blank) over an end-of-line comment, over one before."""
    schema, _ = parse_xsd(etree.fromstring(PRECEDENCE), "api.xsd")
    docs = {e.name: e.documentation for e in schema.types["Host"].elements}
    assert docs == {
        "address": None,  # a section banner (three words or fewer) documents no declaration
        "port": "Deprecated",  # its line's comment, not the one before
        "name": "Unique among hosts",
        "status": None,  # a blank documentation: no documentation, the comments are not read
    }
