"""Rendering a project's targets (`project.building`)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rsdlgen.project import building
from rsdlgen.project.configuration import configuration
from rsdlgen.targets import docs as docs_target


def test_rendering_freezes_what_is_loaded_and_leaves_the_collector_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.rsdlgen]\n")
    config = configuration(tmp_path / "pyproject.toml")
    model, docs = config.load_model(), config.target("docs")
    during: list[int] = []
    real = docs_target.render

    def probe(*args: object, **kwargs: object) -> dict[str, str | bytes]:
        during.append(gc.get_freeze_count())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docs_target, "render", probe)
    assert gc.get_freeze_count() == 0  # nothing in this process froze objects
    building.render(model, [docs])
    # the model (and all that is loaded) is skipped by the collector's passes while the targets render
    assert during[0] > 0 and gc.get_freeze_count() == 0
    # a program that froze objects itself keeps them frozen: render does not unfreeze them
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        building.render(model, [docs])
        assert during[1] == frozen and gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
