"""Link checker: every internal link and anchor of a generated docs site resolves, and nothing is fetched from
the network (no CDN: the site must work offline from `file://`)."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html

import rsdlgen
from rsdlgen.targets import docs
from rsdlgen.targets.rendering import write_tree


def _site_on_disk(model: rsdlgen.Model, out: Path) -> dict[str, str]:
    write_tree(out, docs.render(model, docs.DEFAULT_PACKAGE), docs.USER_OWNED)
    return {
        p.relative_to(out).as_posix(): p.read_text()
        for p in out.rglob("*")
        if p.is_file() and p.suffix in (".html", ".js", ".css")
    }


def _ids(pages: dict[str, html.HtmlElement]) -> dict[str, set[str]]:
    return {path: set(tree.xpath("//@id")) for path, tree in pages.items()}


def broken_links(site: dict[str, str]) -> tuple[list[str], int]:
    """(problems, number of references checked) over every href/src of every page and the search index."""
    pages = {p: html.fromstring(text) for p, text in site.items() if p.endswith(".html")}
    ids = _ids(pages)
    problems: list[str] = []
    checked = 0

    def check(source: str, reference: str, base: str) -> None:
        nonlocal checked
        checked += 1
        parts = urlsplit(reference)
        if parts.scheme == "data":
            return
        if parts.scheme or parts.netloc:
            problems.append(f"{source}: external reference {reference}")
            return
        target = (
            posixpath.normpath(posixpath.join(base, unquote(parts.path))) if parts.path else source
        )
        if target not in site:
            problems.append(f"{source}: {reference} -> no file {target}")
        elif parts.fragment and unquote(parts.fragment) not in ids.get(target, set()):
            problems.append(f"{source}: {reference} -> no id {parts.fragment!r} in {target}")

    for path, tree in pages.items():
        base = posixpath.dirname(path)
        for element, _attribute, reference, _pos in tree.iterlinks():
            if element.tag in ("a", "link", "script", "img"):
                check(path, reference, base)
    script = site["search-index.js"]
    rows = json.loads(script[script.index("[") : script.rindex("]") + 1])
    for row in rows:
        check("search-index.js", row[3], "")
    return problems, checked


def test_ovirt36_site_has_no_broken_link_or_anchor(model36: rsdlgen.Model, tmp_path: Path) -> None:
    site = _site_on_disk(model36, tmp_path)
    assert len([p for p in site if p.startswith("resources/")]) == len(
        [r for r in model36.resources() if r.kind not in ("root", "action")]
    )
    problems, checked = broken_links(site)
    assert not problems, f"{len(problems)} broken references, e.g.:\n" + "\n".join(problems[:20])
    assert checked > 15_000  # the checker did walk the whole site (about 20,000 references)


def test_default_site_has_no_broken_link_or_anchor(
    default_model: rsdlgen.Model, tmp_path: Path
) -> None:
    problems, _ = broken_links(_site_on_disk(default_model, tmp_path))
    assert not problems, "\n".join(problems[:20])


ODD_CORNERS = """<rsdl href="/api?rsdl" rel="rsdl"><links>
<link href="/api" rel="get"><request><http_method>GET</http_method></request></link>
<link href="/api/reload" rel="reload"><request><http_method>POST</http_method></request></link>
<link href="/api/a/start" rel="start"><request><http_method>POST</http_method></request></link>
<link href="/api/a/start/now" rel="now"><request><http_method>POST</http_method></request></link>
<link href="/api/x/y/z" rel="get"><request><http_method>GET</http_method></request></link>
</links></rsdl>
"""


def test_odd_corners_have_pages_and_sections(tmp_path: Path) -> None:
    """Operations on the entry point itself, actions at the root and below an action, bare path steps."""
    rsdl = tmp_path / "odd.xml"
    rsdl.write_text(ODD_CORNERS)
    site = _site_on_disk(rsdlgen.load(rsdl), tmp_path / "site")
    assert sorted(p for p in site if p.endswith(".html")) == [
        "index.html",
        "resources/a.html",
        "resources/x.html",
        "resources/x.y.html",
        "resources/x.y.z.html",
    ]
    index, a = html.fromstring(site["index.html"]), html.fromstring(site["resources/a.html"])
    assert {"get", "reload"} <= set(index.xpath("//section/@id"))
    assert a.xpath("//section/@id") == ["now", "start"]
    problems, _ = broken_links(site)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "reference, problem",
    [
        ("types/Nope.html", "no file types/Nope.html"),
        ("types/VM.html#nope", "no id 'nope' in types/VM.html"),
        ("https://cdn.example.com/x.js", "external reference"),
    ],
)
def test_the_checker_finds_what_it_is_for(
    default_model: rsdlgen.Model, reference: str, problem: str
) -> None:
    site = {k: v for k, v in docs.render(default_model, "docs").items() if isinstance(v, str)}
    site["index.html"] = site["index.html"].replace(
        "</main>", f'<a href="{reference}">x</a></main>'
    )
    problems, _ = broken_links(site)
    assert len(problems) == 1 and problem in problems[0]
