"""`rsdlgen check`: are the committed trees what the configured documents render to today? `--against URL|DIR`:
do the configured documents still describe a live engine's (or a directory's) API?"""

from __future__ import annotations

import argparse
import difflib
import json
import re

from ..errors import InputError, Location
from ..model.diffing import describe, diff, documents_in
from ..model.loading import Model, load
from ..model.selection import select_both
from ..project import building
from ..project.configuration import Configuration
from ..targets.rendering import MANIFEST, Difference
from . import add_document_options, load_model, project, usage
from .diff import add_format_option, add_report_options, gate, limited, report, report_format
from .fetch import add_connection_options, connection_from
from .formats import trees_github, trees_junit, trees_markdown
from .generate import add_target_options, chosen_targets, templates_of
from .output import counted, output

FORMAT = "rsdlgen-check/1"
NOTES = {
    "added": " (generated, missing here)",
    "removed": " (here, no longer generated)",
    "changed": "",
    "refused": " (a symbolic link or special file: neither read nor followed)",
}


def run(args: argparse.Namespace) -> int:
    config = project(args)
    if args.against is not None:
        return check_against(args, config)
    return check_trees(args, config)


def check_trees(args: argparse.Namespace, config: Configuration) -> int:
    shown = output(args)
    chosen = chosen_targets(args, config, args.generated)
    config.require_documents()  # a missing document is the first thing to say
    for settings in chosen:
        if not settings.out.is_dir():
            raise InputError(
                Location(str(settings.out)),
                f"no such directory: the {settings.name} target was never generated here "
                "(run `rsdlgen generate`)",
            )
    model = load_model(args, config)
    results = building.stale(model, chosen, templates_of(args, config), shown.progress)
    up_to_date = not any(found for _, found in results)
    shape = report_format(args)
    if shape in ("github", "junit", "markdown"):
        listed = [
            (r.settings.name, str(r.tree.out), [(d.kind, d.path) for d in found])
            for r, found in results
        ]
        if shape == "github":
            print(trees_github(listed))
        elif shape == "junit":
            print(trees_junit(listed), end="")
        else:
            print(trees_markdown(up_to_date, listed))
        return 0 if up_to_date else 1
    if shape == "json":
        report = {
            "format": FORMAT,
            "documents": describe(model),
            "up_to_date": up_to_date,
            "targets": [
                {
                    "target": rendered.settings.name,
                    "out": str(rendered.tree.out),
                    "files": len(rendered.tree.files),
                    "stale": [{"path": d.path, "kind": d.kind} for d in found],
                }
                for rendered, found in results
            ],
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0 if up_to_date else 1
    if up_to_date:
        counts = ", ".join(
            f"{r.settings.name} {counted(len(r.tree.files), 'file')}" for r, _ in results
        )
        shown.info(f"up to date with {model.rsdl.file} ({counts})")
        return 0
    for rendered, found in results:
        if not found:
            continue
        differ = f"{counted(len(found), 'file')} differ{'s' if len(found) == 1 else ''}"
        print(f"{rendered.tree.out}: {differ} from what {model.rsdl.file} renders")
        for difference in found:
            print(f"  {difference.kind:8} {difference.path}{NOTES[difference.kind]}")
            if args.diff and difference.kind == "changed":
                print("".join(f"    {line}\n" for line in _unified(difference)), end="")
    shown.info("run `rsdlgen generate` with the same options to bring them up to date")
    return 1


def _unified(difference: Difference) -> list[str]:
    if difference.path == MANIFEST:
        return []  # the list of generated files; the added and removed ones say the same
    return list(
        difflib.unified_diff(
            difference.old.decode(errors="replace").splitlines(),
            difference.new.decode(errors="replace").splitlines(),
            f"committed/{difference.path}",
            f"regenerated/{difference.path}",
            lineterm="",
        )
    )


def check_against(args: argparse.Namespace, config: Configuration) -> int:
    if args.generated or args.diff:
        usage(args, "--against compares documents, not trees: run `rsdlgen check` for the trees")
    source = args.against or config.url
    if not source:
        usage(args, "--against needs a URL or a directory (or `url` in the configuration)")
    shape = report_format(args)
    ours = load_model(args, config, selected=False)  # narrowed below, alike with theirs
    theirs: Model
    if re.match(r"^https?://", source):
        from ..drift.fetching import download  # httpx, only when a command fetches

        theirs = download(connection_from(args, source)).model
    else:
        theirs = load(*documents_in(source))
    wrapper = {
        "format": FORMAT,
        "documents": describe(ours),
        "against": {"source": source, **describe(theirs)},
        "match": ours.fingerprint == theirs.fingerprint,
    }
    if ours.fingerprint == theirs.fingerprint:
        if shape == "json":
            print(json.dumps({**wrapper, "diff": None}, indent=2, ensure_ascii=False))
        elif shape == "text":
            print(f"{ours.rsdl.file} matches {source} (fingerprint {ours.fingerprint[:12]}…)")
        else:  # the other formats report the (empty) diff, so CI always gets a file to read
            report(args, *gate(args, diff(ours, theirs), config))
        return 0
    old, new = select_both(ours, theirs, config.selection)
    result = limited(diff(old, new), config.selection)
    checked, fail_on = gate(args, result, config)
    # Documents that differ fail even without an API change (`any`, the default): the generated docstrings
    # and pages would change. Within a selection only the changes count: what lies outside is not known.
    failed = checked.failed(fail_on or "any")
    if fail_on in (None, "any") and not config.selection and not result.changes:
        failed = True
    report(args, checked, fail_on, wrapper)
    if shape == "text":
        what = f"{len(result.changes)} changes, {len(result.breaking)} breaking"
        if not result.changes:
            what = "no change to the API (documentation or formatting only)"
        print(f"{ours.rsdl.file} does not describe {source}: {what}")
    return 1 if failed else 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="fail when the generated trees are stale, or when an engine's API moved under them",
        description="Without --against: render every configured target in memory from the configured "
        "documents and compare with the committed trees (exit 0 identical, 1 stale, 2 bad usage). "
        "With --against URL|DIR: compare the configured documents with a live engine's (or a directory's "
        "rsdl.xml + api.xsd), the fingerprint first, then the semantic diff (exit 1 on a difference).",
    )
    add_document_options(parser)
    add_target_options(
        parser,
        "--generated",
        "the committed tree of one target; with several, DIR/<target> each "
        "(default: as configured, else ./generated/<target>)",
    )
    parser.add_argument("--diff", action="store_true", help="show how each stale file differs")
    parser.add_argument(
        "--against",
        nargs="?",
        const="",
        metavar="URL|DIR",
        help="a live engine's API root, or a directory (no value: the configured url)",
    )
    add_format_option(parser)
    add_report_options(parser, "with --against: ")
    add_connection_options(parser)
    parser.set_defaults(run=run)
