"""Issue 21.14: the OpenAPI target writes a valid 3.1 description for any document that loads: type names
OpenAPI does not allow as component keys are mapped (`Clusteré`), and a `{` in an href's literal segment is
percent-encoded rather than read as an undeclared path template (`${...}`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openapi_spec_validator import OpenAPIV31SpecValidator

import rsdlgen
from rsdlgen.errors import InputError
from rsdlgen.targets import openapi
from tests.support.hostile import HOSTILE_TEXT, ROLES, hostile_documents

WORDS = st.one_of(
    HOSTILE_TEXT,
    st.sampled_from(["Clusteré", "${HOME}", "{x}", "a}b", "名前", "a b", "Cluster_u00e9_"]),
)


def errors(rsdl: bytes, schema: bytes, folder: Path) -> list[str] | None:
    (folder / "d.xml").write_bytes(rsdl)
    (folder / "d.xsd").write_bytes(schema)
    try:
        model = rsdlgen.load(folder / "d.xml", folder / "d.xsd")
        described = openapi.document(model)
    except InputError:  # refused in one located line: tested elsewhere
        return None
    return [str(e).splitlines()[0] for e in OpenAPIV31SpecValidator(described).iter_errors()]


@pytest.mark.parametrize(
    "words",
    [
        {"type": "Clusteré", "enum": "Réseau"},
        {"collection": "${ENGINE_SECRET}", "action": "{x}"},
        {"root": "/{v}", "collection": "a b"},
    ],
)
def test_the_cases_of_the_issue_validate(tmp_path: Path, words: dict[str, str]) -> None:
    assert errors(*hostile_documents(words), tmp_path) == []


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.fixed_dictionaries({role: WORDS for role in ROLES}))
def test_any_document_that_loads_describes_valid_openapi(
    tmp_path_factory: pytest.TempPathFactory, words: dict[str, str]
) -> None:
    found = errors(*hostile_documents(words), tmp_path_factory.mktemp("openapi"))
    assert found in (None, []), found
