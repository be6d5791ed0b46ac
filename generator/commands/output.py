"""What a command prints besides its answer: information (hidden by -q), details (shown by -v), warnings, and a
progress bar for long work, only on a terminal and never in CI.

The bar is tqdm's: a small, dependency-free and widely used library that measures rates, sizes itself to the
terminal, and can wait before it appears (`delay`), so quick runs show no bar at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..targets.rendering import QUIET, Progress

BAR_DELAY = 0.5  # seconds of work before a bar appears


class Bar(Progress):
    @contextmanager
    def task(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        from tqdm import (
            tqdm,
        )  # imported when a bar is shown: it costs every other run start-up time

        with tqdm(
            total=total,
            desc=label,
            file=sys.stderr,
            leave=False,
            delay=BAR_DELAY,
            dynamic_ncols=True,
        ) as bar:

            def advance(done: int) -> None:
                bar.update(done)

            yield advance


def add_verbosity(
    parser: argparse.ArgumentParser,
    quiet: str = "print only the answer and errors: no progress, no information",
    verbose: str | None = None,
) -> None:
    """-q, and -v where the command has more to say (`verbose`: what)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-q", "--quiet", dest="verbosity", action="store_const", const=-1, default=0, help=quiet
    )
    if verbose:
        group.add_argument(
            "-v", "--verbose", dest="verbosity", action="store_const", const=1, help=verbose
        )


def counted(number: int, noun: str) -> str:
    """`1 file`, `2 files`."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


class Output:
    def __init__(self, verbosity: int = 0) -> None:
        self.verbosity = verbosity

    def info(self, text: str) -> None:
        if self.verbosity >= 0:
            print(text)

    def detail(self, text: str) -> None:
        if self.verbosity > 0:
            print(text)

    def warning(self, text: str) -> None:
        if self.verbosity >= 0:
            print(f"rsdlgen: warning: {text}", file=sys.stderr)

    @property
    def progress(self) -> Progress:
        """A bar on a terminal; nothing when piped, in CI (`CI` is set there), on a dumb terminal or with -q."""
        shown = (
            self.verbosity >= 0
            and sys.stderr.isatty()
            and not os.environ.get("CI")
            and os.environ.get("TERM") != "dumb"
        )
        return Bar() if shown else QUIET


def output(args: argparse.Namespace) -> Output:
    return Output(getattr(args, "verbosity", 0))
