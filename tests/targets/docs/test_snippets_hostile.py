"""Issue 21.2: the docs' snippets of a hostile document run nothing when pasted, and show what is in them.

A shell snippet quotes every document text so that a shell takes it literally; a Python snippet prints every
value through the generated code's `literal`; an invisible or control character is shown as its escape on the
pages and in the snippets."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree

import rsdlgen
from rsdlgen.model.bindings import ANNOTATIONS
from rsdlgen.targets import docs
from rsdlgen.targets.docs.calls import literal
from rsdlgen.targets.examples import Node, _in_double_quotes, shell_word, xml_text
from tests.support.hostile import HOSTILE_TEXT, ROLES, hostile_documents

SHELL_TEXT = st.one_of(
    HOSTILE_TEXT,
    st.sampled_from(
        ["$(touch SENTINEL)", "`touch SENTINEL`", "${HOME}", "!!", "a'b", "\u202e", "\u200b"]
    ),
    st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=12),
).map(lambda text: "".join(c for c in text if c != "\x00" and not "\ud800" <= c <= "\udfff"))


def bash(script: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    environment = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        ["bash", "-c", script], cwd=cwd, env=environment, capture_output=True, timeout=30
    )


@settings(max_examples=60, deadline=None)
@given(SHELL_TEXT)
def test_a_shell_word_is_taken_literally(text: str) -> None:
    folder = Path("/tmp")
    done = bash(f"printf %s {shell_word(text)}", folder)
    assert done.stdout.decode("utf-8", "surrogateescape") == text
    # inside our double-quoted URL, between a variable and more text
    done = bash(f'X=1; printf %s "${{X}}/{_in_double_quotes(text)}/end"', folder)
    assert done.stdout.decode("utf-8", "surrogateescape") == f"1/{text}/end"


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted({*ANNOTATIONS, "xs:string"})), SHELL_TEXT)
def test_a_python_snippet_value_is_a_literal_whatever_the_type(xsd_type: str, text: str) -> None:
    """An integer-based enum value `__import__('os').system('x')` is a string, not an expression."""
    source = literal(None, xsd_type, text)
    tree = ast.parse(source, mode="eval").body
    if isinstance(tree, ast.Call):  # decimal.Decimal("…") and the like take one literal
        assert len(tree.args) == 1 and not tree.keywords
        tree = tree.args[0]
    ast.literal_eval(tree)
    assert "\u202e" not in source and "\u200b" not in source


def test_an_integer_enum_value_is_quoted_in_the_python_call() -> None:
    assert (
        literal(None, "xs:int", "__import__('os').system('x')")
        == "\"__import__('os').system('x')\""
    )
    assert literal(None, "xs:int", "12") == "12"


def _required(rsdl: bytes) -> bytes:
    """Every URL parameter of the document required, so that the curl line carries it."""
    return rsdl.replace(b'context="query" required="false"', b'context="query" required="true"')


@settings(max_examples=8, deadline=None)
@given(st.fixed_dictionaries({role: SHELL_TEXT for role in ROLES}))
def test_the_curl_lines_of_a_hostile_document_run_nothing(
    tmp_path_factory: pytest.TempPathFactory, words: dict[str, str]
) -> None:
    tmp = tmp_path_factory.mktemp("curl")
    rsdl, schema = hostile_documents(words)
    (tmp / "d.xml").write_bytes(_required(rsdl))
    (tmp / "d.xsd").write_bytes(schema)
    try:
        model = rsdlgen.load(tmp / "d.xml", tmp / "d.xsd")
        site = docs.Site(model)
    except rsdlgen.InputError:  # refused in one located line (tested elsewhere)
        return
    for link in model.links:
        view = site.method_view(link)
        assert all(c.isprintable() or c == "\n" for c in view.curl), view.curl
        if view.python is not None:
            assert all(c.isprintable() or c == "\n" for c in view.python), view.python
            ast.parse(view.python)
        # curl is a function that prints its arguments: the words the shell made of the snippet
        done = bash("curl() { printf '%s\\n' \"$@\"; }\nENGINE=e; X_ID=7\n" + view.curl, tmp)
        assert done.returncode == 0, done.stderr
        assert not (tmp / "SENTINEL").exists(), view.curl


def test_invisible_characters_are_shown_on_the_pages(tmp_path: Path) -> None:
    words = {role: role for role in ROLES}
    words.update(description="safe\u202eexe.txt", type_doc="zero\u200bwidth", value_a="v\u2067x")
    rsdl, schema = hostile_documents(words)
    (tmp_path / "d.xml").write_bytes(rsdl)
    (tmp_path / "d.xsd").write_bytes(schema)
    files = docs.render(rsdlgen.load(tmp_path / "d.xml", tmp_path / "d.xsd"), "docs")
    text = "".join(c if isinstance(c, str) else c.decode() for c in files.values())
    for hidden, shown in [("\u202e", "\\u202e"), ("\u200b", "\\u200b"), ("\u2067", "\\u2067")]:
        assert hidden not in text and shown in text


XML_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff"
    ).filter(lambda c: c in "\t\n\r" or c >= " "),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(XML_TEXT, XML_TEXT, st.sampled_from(["a & b", "q\"uo'te", "<x>", "plain", "tab\there"]))
def test_example_xml_reads_back_as_the_values_it_was_given(
    attribute: str, text: str, other: str
) -> None:
    """An example's XML holds any text and attribute value (quotes, markup, tabs and newlines too) so that a
    parser reads back the very values: examples.py escapes only the values that need it."""
    # written as it is, a carriage return in text is read as a newline (XML's line ends)
    text = text.replace("\r", "")
    node = Node("vm", None, {"id": attribute, "href": other})
    node.child("name", None).text = text
    node.child("description", None).text = other
    read = etree.fromstring(xml_text(node).encode())
    assert read.attrib == {"id": attribute, "href": other}
    assert [(c.tag, c.text or "") for c in read] == [("name", text), ("description", other)]
