"""Nothing from a document becomes code: every value a `.py.j2` template prints must be `Python`, made by a
Python-safe filter (literal, doctext, docstring, name), by `python()` from such parts, or by a macro.
"""

from __future__ import annotations

import ast

import jinja2
import pytest
from hypothesis import given, settings

from rsdlgen.errors import InputError
from rsdlgen.targets.rendering import (
    Python,
    UnsafeTemplateValue,
    docstring,
    doctext,
    environment,
    literal,
    name,
    package_name,
    python,
)
from tests.conftest import examples
from tests.support.hostile import HOSTILE_TEXT


def render(source: str, **context: object) -> str:
    env = environment("client")
    env.loader = jinja2.DictLoader({"module.py.j2": source, "page.html": source})
    return env.get_template("module.py.j2").render(context)


def test_a_plain_string_is_refused_naming_the_template() -> None:
    with pytest.raises(
        UnsafeTemplateValue, match=r"module\.py\.j2: .*literal, doctext, docstring or name"
    ):
        render('API_ROOT = "{{ root }}"\n', root='"; __import__("os").system("true"); "')


@pytest.mark.parametrize(
    "source",
    [
        "X = {{ a ~ b | literal }}\n",  # concatenation makes a plain str again
        "X = {{ '1' if flag else '2' }}\n",  # template constants are not exempt
        "X = {{ none }}\n",
        "{% set code %}{{ a | literal }}{% endset %}X = {{ code }}\n",  # only macros are
    ],
)
def test_ways_around_the_filters_are_refused(source: str) -> None:
    with pytest.raises(UnsafeTemplateValue):
        render(source, a="x", b="y", flag=True, none=None)


def test_filters_macros_and_numbers_pass() -> None:
    source = (
        "{% macro pair(k, v) %}{{ k | name }}={{ v | literal }}{% endmacro %}"
        'def f({{ pair("a", x) }}, b={{ 3 }}, c={{ True }}):\n'
        "    {{ doc | docstring(4) }}\n"
        '    return "{{ x | doctext }}", {{ items | literal }}\n'
    )
    text = render(source, x='a"b\\c', doc='say """hi""" \\', items=["p", ["q", "r"]])
    tree = ast.parse(text)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert ast.get_docstring(function) == 'say """hi""" \\'
    assert ast.literal_eval(function.args.defaults[0]) == 'a"b\\c'
    returned = function.body[-1]
    assert isinstance(returned, ast.Return) and returned.value is not None
    assert ast.literal_eval(returned.value) == ('a"b\\c', ("p", ("q", "r")))


def test_html_templates_stay_autoescaped() -> None:
    env = environment("docs")
    env.loader = jinja2.DictLoader({"page.html": "<p>{{ text }}</p>"})
    assert env.get_template("page.html").render(text="</p><script>x</script>") == (
        "<p>&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;</p>"
    )


@settings(max_examples=examples(300), deadline=None)
@given(HOSTILE_TEXT)
def test_literal_and_text_filters_round_trip_anything(text: str) -> None:
    assert ast.literal_eval(literal(text)) == text
    for quote in ('"', '"""'):
        assert ast.literal_eval(f"{quote}{doctext(text)}{quote}") == text
    module = ast.parse(f"def f():\n    {docstring(text, 4)}\n")
    assert isinstance(module.body[0], ast.FunctionDef)
    documented = ast.get_docstring(module.body[0], clean=False) or ""
    # rewrapped (long words too): the same characters but for whitespace, nothing more
    assert "".join(documented.split()) == "".join(text.split())


@pytest.mark.parametrize(
    "bad", ["", "a b", "class", "None", "x-y", "1a", "a;b", "MAC²", "a..b", "é"]
)
def test_name_accepts_only_ascii_identifiers_that_are_no_keyword(bad: str) -> None:
    with pytest.raises(UnsafeTemplateValue):
        name(bad)
    assert name("types.VM") == "types.VM" and isinstance(name("_svc"), Python)


def test_python_fragments_take_only_python_parts() -> None:
    assert python("_svc.join(self._path, {})", literal("a'b")) == '_svc.join(self._path, "a\'b")'
    with pytest.raises(UnsafeTemplateValue):
        python("types.{}", "VM; import os")  # type: ignore[arg-type]


@pytest.mark.parametrize("package", ["a b", "../evil", "x..y", "x.1", "import", "a.class", ""])
def test_a_package_name_that_is_no_identifier_is_refused(package: str) -> None:
    with pytest.raises(InputError, match=r"--package: error: .* is not a Python package name"):
        package_name(package)


def test_a_dotted_package_name_is_accepted() -> None:
    assert package_name("mysdk.bindings") == "mysdk.bindings"
