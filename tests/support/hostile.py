"""Strings written to break out of whatever they are pasted into: Python strings, docstrings, Jinja, HTML."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    '"', "'", '"""', "'''", "\\", "\n", "\r", "\t", "\x00", "\x1b", "{{ 1 }}", "}}", "{% raw %}", "%}",
    "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "²", "é", "名", "\udc80",
    '"; __import__("os").system("x"); "', '""")\nraise SystemExit\n("""',
]  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=8).map(
    "".join
)

# --- schemas that cost too much when walked naively (issue 10) -----------------------------------------------

_SCHEMA = '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n{}</xs:schema>\n'
_VM = '<xs:complexType name="VM"><xs:sequence><xs:group ref="g0"/></xs:sequence></xs:complexType>\n'
_VM += '<xs:element name="vm" type="VM"/>\n'


def doubling_groups(levels: int) -> str:
    """Each group refers to the next one twice: 2**levels expansions when walked naively."""
    groups = "".join(
        f'<xs:group name="g{i}"><xs:sequence><xs:group ref="g{i + 1}"/>'
        f'<xs:element name="e{i}" type="xs:string"/><xs:group ref="g{i + 1}"/></xs:sequence></xs:group>\n'
        for i in range(levels)
    )
    leaf = f'<xs:group name="g{levels}"><xs:sequence><xs:element name="leaf" type="xs:int"/>'
    return _SCHEMA.format(groups + leaf + "</xs:sequence></xs:group>\n" + _VM)


def chained_groups(count: int) -> str:
    """Group i refers to group i + 1, `count` times over: as deep a walk as there are groups."""
    groups = "".join(
        f'<xs:group name="g{i}"><xs:sequence><xs:group ref="g{i + 1}"/></xs:sequence></xs:group>\n'
        for i in range(count)
    )
    leaf = f'<xs:group name="g{count}"><xs:sequence><xs:element name="leaf" type="xs:int"/>'
    return _SCHEMA.format(groups + leaf + "</xs:sequence></xs:group>\n" + _VM)


def extension_chain(count: int) -> str:
    """T{i} extends T{i - 1}, each adding one element: every type inherits all the elements before it."""
    types = '<xs:complexType name="T0"><xs:sequence><xs:element name="e0" type="xs:string"/>'
    types += "</xs:sequence></xs:complexType>\n"
    types += "".join(
        f'<xs:complexType name="T{i}"><xs:complexContent><xs:extension base="T{i - 1}"><xs:sequence>'
        f'<xs:element name="e{i}" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent>'
        "</xs:complexType>\n"
        for i in range(1, count)
    )
    elements = "".join(f'<xs:element name="t{i}" type="T{i}"/>\n' for i in range(count))
    return _SCHEMA.format(types + elements)
