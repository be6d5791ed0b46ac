"""How the suite runs: a module whose tests share a module-scoped fixture runs whole on one pytest-xdist worker
(conftest.py), so a costly fixture is built once per run, not once per worker; other tests are handed out one
by one."""

from __future__ import annotations

import os

import pytest

HERE = "tests/test_suite.py"


@pytest.fixture(scope="module")
def shared() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "")


def test_tests_sharing_a_module_fixture_are_one_group(
    shared: str, request: pytest.FixtureRequest
) -> None:
    group = request.node.get_closest_marker("xdist_group")
    assert group is not None and group.args == (HERE,)
    if getattr(request.config.option, "loadgroup", False):  # on a worker of --dist=loadgroup
        # pytest-xdist tells its scheduler a test's group by a suffix of the node id, which pytest 9.2's
        # structured node ids drop (pytest-dev/pytest-xdist#1386): then nothing is grouped
        assert request.node.nodeid.endswith("@" + HERE)


def test_other_tests_are_handed_out_one_by_one(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("xdist_group") is None
    assert "@" not in request.node.nodeid
