"""A project's jobs: render every chosen target in memory, then write them all or none (`rsdlgen generate`, the
build hook), or compare them with the committed trees (`rsdlgen check`)."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Location, UsageError
from ..model.loading import Model
from ..model.selection import Selection, select
from ..targets import Target, targets
from ..targets.rendering import (
    QUIET,
    Difference,
    Progress,
    Tree,
    check_writable,
    differences,
    write_trees,
)
from .configuration import TargetSettings

if (
    TYPE_CHECKING
):  # mypy checks that the built-in targets satisfy the contract other packages' targets meet
    from ..targets import client, docs, openapi, server

    BUILTIN: tuple[Target, ...] = (client, docs, openapi, server)


@dataclass(frozen=True)
class Rendered:
    settings: TargetSettings
    tree: Tree


def check_separate(chosen: Sequence[TargetSettings]) -> None:
    """Each target needs a directory of its own: a tree inside another one would count as the other's stale
    files, and two trees in one directory would remove each other's files."""
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            if a.out == b.out or a.out in b.out.parents or b.out in a.out.parents:
                inner, outer = (a, b) if b.out in a.out.parents else (b, a)
                raise UsageError(
                    Location(str(inner.out)),
                    f"the {inner.name} target's output is inside the {outer.name} target's "
                    f"({outer.out}): give each target a directory of its own",
                )


@contextmanager
def _loaded_objects_frozen() -> Iterator[None]:
    """Rendering leaves garbage cycles (Jinja's contexts: 88,000 objects for oVirt 3.6's every target), so the
    collector runs, and each of its full passes walked the model and every module loaded, which hold none
    (half of its time). Frozen while the targets render (`gc.freeze`), they are skipped, then unfrozen as they
    were; skipped if the program froze objects itself (unfreezing would release them)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def render(
    model: Model,
    chosen: Sequence[TargetSettings],
    templates: Path | None = None,
    progress: Progress = QUIET,
) -> list[Rendered]:
    """Every chosen target, in memory; each from `model` narrowed to its own selection, if it has one."""
    rendered = []
    models: dict[Selection, Model] = {}
    with _loaded_objects_frozen():
        for settings in chosen:
            target = targets()[settings.name]
            if settings.selection not in models:
                models[settings.selection] = select(model, settings.selection)
            files = target.render(
                models[settings.selection],
                settings.package or "",  # "" for a target that is no Python package
                templates=templates,
                progress=progress,
                options=settings.options,
            )
            rendered.append(Rendered(settings, Tree(settings.out, files, target.USER_OWNED)))
    return rendered


def generate(
    model: Model,
    chosen: Sequence[TargetSettings],
    templates: Path | None = None,
    progress: Progress = QUIET,
) -> list[tuple[Rendered, list[str]]]:
    """Render every chosen target, then write them all (or, on any failure, none); with the paths that changed
    in each."""
    check_separate(chosen)
    for settings in chosen:  # before the rendering, which can take a while
        check_writable(settings.out)
    rendered = render(model, chosen, templates, progress)
    return list(zip(rendered, write_trees([r.tree for r in rendered]), strict=True))


def stale(
    model: Model,
    chosen: Sequence[TargetSettings],
    templates: Path | None = None,
    progress: Progress = QUIET,
) -> list[tuple[Rendered, list[Difference]]]:
    """How each chosen target's committed tree differs from what it renders to now."""
    check_separate(chosen)
    return [(r, differences(r.tree)) for r in render(model, chosen, templates, progress)]
