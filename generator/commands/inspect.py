"""`rsdlgen inspect`: a summary of what the documents describe, as text or JSON, or their warnings."""

from __future__ import annotations

import argparse
import json

from ..model.diffing import load_side
from ..model.inspection import render_text, render_warnings, summary
from . import add_document_options, project, usage


def run(args: argparse.Namespace) -> int:
    if args.documents:  # as `diff` takes each side: a directory, an RSDL, or an RSDL and its XSD
        if args.rsdl or args.schema or args.no_schema or len(args.documents) > 2:
            usage(args, "give the documents as DIR, RSDL or RSDL XSD, or with --rsdl/--schema")
        model = load_side(args.documents)
    else:
        model = project(args, schema_needed=False).load_model()
    if args.warnings:
        text = render_warnings(model)
        if text:
            print(text)
    elif args.json:
        print(json.dumps(summary(model), indent=2, ensure_ascii=False))
    else:
        print(render_text(summary(model)))
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("inspect", help="summarise what the documents describe")
    parser.add_argument(
        "documents",
        nargs="*",
        metavar="DOCUMENTS",
        help="a directory with rsdl.xml (and api.xsd), an RSDL, or an RSDL and its XSD (as diff takes them)",
    )
    add_document_options(parser)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the summary as JSON")
    mode.add_argument("--warnings", action="store_true", help="list every warning with file:line")
    parser.set_defaults(run=run)
