"""The report formats of `rsdlgen diff`, `rsdlgen check --against` and `rsdlgen check`, for the CI systems that
read them (`--format text|json|markdown|github|junit`):

- `github`: GitHub Actions workflow commands, `::error` for each breaking change (or stale file) and `::warning`
  for every other change, so they show as annotations on the pull request;
- `junit`: a JUnit XML report (one test case per change group, or per target; a failure for breaking changes
  or stale files), which CI systems render as test results;
- `markdown`: a summary a bot can post on a pull request: breaking changes first, then the counts per group,
  then every change in collapsible details.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..errors import one_line
from ..model.diffing import GROUPS, KINDS, Change, Diff
from ..project.accepted import Gate

FORMATS = ("text", "json", "markdown", "github", "junit")


def _line(change: Change) -> str:
    values = f" [{change.old} -> {change.new}]" if change.kind == "changed" and change.old else ""
    item = f": {change.item}" if change.item else ""
    return one_line(f"{change.kind} {change.subject}{item}{values} ({change.reason})")


def _file(result: Diff, change: Change) -> str:
    """The document a change is in: the new one (the old one for what was removed), its schema for types."""
    side = result.old if change.kind == "removed" else result.new
    if change.group in ("types", "enums") and side.schema is not None:
        return side.schema.file
    return side.rsdl.file


# --- GitHub workflow commands -------------------------------------------------------------------------------


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, file: str | None = None, title: str | None = None) -> str:
    """`::error file=F,title=T::message`, escaped as the Actions runner reads it."""
    properties = ",".join(f"{k}={_property(v)}" for k, v in (("file", file), ("title", title)) if v)
    return f"::{kind}{' ' + properties if properties else ''}::{_data(message)}"


def diff_github(gate: Gate) -> str:
    out = []
    for change in gate.result.changes:
        if gate.is_accepted(change):
            kind, title = "notice", f"Accepted breaking change ({change.group})"
        elif change.breaking:
            kind, title = "error", f"Breaking change ({change.group})"
        else:
            kind, title = "warning", f"API change ({change.group})"
        message = f"{_line(change)} [{change.id}]"
        out.append(command(kind, message, _file(gate.result, change), title))
    for stale in gate.stale:
        message = f"accepted break {stale} matches no breaking change any more: remove it"
        out.append(command("warning", message, gate.file, "Stale accepted break"))
    summary = gate.result.summary()
    out.append(
        f"{summary['changes']} changes, {summary['breaking']} breaking"
        f" ({len(gate.breaking)} not accepted)"
    )
    return "\n".join(out)


# --- JUnit XML ----------------------------------------------------------------------------------------------


def _junit(suite_name: str, what: str, cases: Sequence[tuple[str, list[str], list[str]]]) -> str:
    """A `<testsuites>` of one suite: a test case per (name, failures, other lines); a failure says how many
    `what` it has."""
    failures = sum(bool(failed) for _, failed, _ in cases)
    suites = etree.Element("testsuites", name="rsdlgen", tests=str(len(cases)))
    suites.set("failures", str(failures))
    suite = etree.SubElement(suites, "testsuite", name=suite_name, tests=str(len(cases)))
    for key in ("failures", "errors", "skipped"):
        suite.set(key, str(failures if key == "failures" else 0))
    suite.set("time", "0")
    for name, failed, other in cases:
        case = etree.SubElement(suite, "testcase", classname="rsdlgen", name=name, time="0")
        if failed:
            failure = etree.SubElement(case, "failure", message=f"{len(failed)} {what}", type=what)
            failure.text = "\n".join(failed)
        if other:
            etree.SubElement(case, "system-out").text = "\n".join(other)
    return etree.tostring(
        suites, pretty_print=True, xml_declaration=True, encoding="UTF-8"
    ).decode()


def diff_junit(gate: Gate) -> str:
    cases = []
    for group, title in GROUPS.items():
        mine = [c for c in gate.result.changes if c.group == group]
        failed = [f"{_line(c)} [{c.id}]" for c in mine if c.breaking and not gate.is_accepted(c)]
        other = [
            f"{'accepted: ' if gate.is_accepted(c) else ''}{_line(c)} [{c.id}]"
            for c in mine
            if not c.breaking or gate.is_accepted(c)
        ]
        other += [f"stale accepted break {s}" for s in gate.stale if group == "links"]
        cases.append((f"{group}: {title}", failed, other))
    return _junit("rsdlgen diff", "breaking changes", cases)


def trees_junit(results: Sequence[tuple[str, str, list[tuple[str, str]]]]) -> str:
    """`rsdlgen check`: a test case per target (name, out, [(kind, path)]), failing on stale files."""
    cases: list[tuple[str, list[str], list[str]]] = [
        (f"{name} ({out})", [f"{kind} {path}" for kind, path in stale], [])
        for name, out, stale in results
    ]
    return _junit("rsdlgen check", "stale files", cases)


# --- Markdown -----------------------------------------------------------------------------------------------


def _code(text: str) -> str:
    """Inline code that holds anything (a backtick in a name included) on one line."""
    text = one_line(text).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _md_item(change: Change, gate: Gate) -> str:
    item = f" {_code(change.item)}" if change.item else ""
    values = ""
    if change.kind == "changed" and change.old is not None:
        values = f" ({_code(str(change.old))} → {_code(str(change.new))})"
    accepted = " — accepted" if gate.is_accepted(change) else ""
    reason = one_line(change.reason).replace("<", "&lt;")
    return (
        f"- {change.kind} {_code(change.subject)}{item}{values}: {reason}{accepted} `{change.id}`"
    )


def diff_markdown(gate: Gate) -> str:
    result = gate.result
    summary = result.summary()
    breaking = gate.breaking
    head = "no breaking change" if not breaking else f"{len(breaking)} breaking changes"
    out = [
        f"### rsdlgen diff: {head}",
        "",
        f"{_code(result.old.rsdl.file)} → {_code(result.new.rsdl.file)}: {summary['changes']} changes, "
        f"{summary['breaking']} breaking ({summary['breaking'] - len(breaking)} accepted), "
        f"{summary['non_breaking']} non-breaking.",
    ]
    if breaking:
        out += ["", "#### Breaking", "", *(_md_item(c, gate) for c in breaking)]
    if gate.stale:
        out += ["", "#### Stale accepted breaks", ""]
        out += [f"- `{s}` matches no breaking change any more" for s in gate.stale]
    out += ["", "| group | changes | breaking | " + " | ".join(KINDS) + " |"]
    out += ["| --- | ---: | ---: | " + " | ".join("---:" for _ in KINDS) + " |"]
    for group, title in GROUPS.items():
        counts = summary["groups"][group]
        cells = " | ".join(str(counts[k]) for k in ("changes", "breaking", *KINDS))
        out.append(f"| {title} | {cells} |")
    for group, title in GROUPS.items():
        mine = [c for c in result.changes if c.group == group]
        if mine:
            out += ["", f"<details><summary>{title}: {len(mine)} changes</summary>", ""]
            out += [_md_item(c, gate) for c in mine]
            out += ["", "</details>"]
    if result.notes:
        out += ["", *(f"> note: {one_line(n)}" for n in result.notes)]
    return "\n".join(out)


def trees_markdown(
    up_to_date: bool, results: Sequence[tuple[str, str, list[tuple[str, str]]]]
) -> str:
    out = [f"### rsdlgen check: {'up to date' if up_to_date else 'stale generated files'}", ""]
    out += ["| target | directory | stale files |", "| --- | --- | ---: |"]
    out += [f"| {name} | {_code(where)} | {len(stale)} |" for name, where, stale in results]
    for name, _, stale in results:
        if stale:
            out += ["", f"<details><summary>{name}: {len(stale)} stale files</summary>", ""]
            out += [f"- {kind} {_code(path)}" for kind, path in stale]
            out += ["", "</details>"]
    return "\n".join(out)


def trees_github(results: Sequence[tuple[str, str, list[tuple[str, str]]]]) -> str:
    out = []
    for name, where, stale in results:
        for kind, path in stale:
            message = f"{kind}: {path} in {where}; run `rsdlgen generate` and commit the result"
            out.append(
                command("error", message, f"{where}/{path}", f"Stale generated file ({name})")
            )
    return "\n".join(out) or "generated trees up to date"
