"""The pytest plugin (`rsdlgen.pytest_plugin`, entry point pytest11): the sample project
tests/fixtures/mock_user tests its tool with `ovirt_engine` (https, over a socket) and `ovirt_engine_app` (in
process), as a user would; each test starts from a reset engine (one adds a VM, the next sees none).
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import ROOT

pytest_plugins = ["pytester"]
SAMPLE = ROOT / "tests" / "fixtures" / "mock_user"


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    shutil.copytree(SAMPLE, pytester.path, dirs_exist_ok=True)
    return pytester


def test_the_sample_project_passes_with_the_plugin(project: pytest.Pytester) -> None:
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


@pytest.mark.e2e
def test_the_sample_project_passes_as_a_user_runs_it(project: pytest.Pytester) -> None:
    """In a pytest of its own: the plugin found through its entry point, nothing passed with -p."""
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


def test_a_seed_that_does_not_load_fails_the_fixture_in_one_line(project: pytest.Pytester) -> None:
    (project.path / "seed.xml").write_text("<fixture><hosts><vm/></hosts></fixture>")
    result = project.runpytest("-p", "no:cacheprovider", "tests/test_in_process.py")
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*rsdlgen_seed: *seed.xml: hosts: <vm> where <host> belongs*"])
