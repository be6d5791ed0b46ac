"""Both colour schemes of the docs meet WCAG 2 AA contrast (4.5:1 for text), computed from style.css's variables.

style.css declares each colour once as `--name: light-dark(LIGHT, DARK)`; the pairs below are the text colour and
background of every place the stylesheet puts text on a coloured surface.
"""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

AA = 4.5
# (text, background): where the stylesheet sets the one on the other
PAIRS = [
    *[
        ("fg", bg) for bg in ("bg", "panel", "mark")
    ],  # body text, sidebar, :target rows and the current page
    *[("muted", bg) for bg in ("bg", "panel", "mark")],  # notes, kinds, reasons, side headings
    *[("accent", bg) for bg in ("bg", "panel", "mark")],  # links
    # outlined badges (required, changed, settable, added, removed) and the Try it answer's status
    *[(verb, bg) for verb in ("get", "post", "put", "delete") for bg in ("bg", "panel")],
    # method badges, the breaking badge, the options badge
    *[("on-verb", verb) for verb in ("get", "post", "put", "delete", "muted")],
    ("top-fg", "top-bg"),  # the header bar
    ("code-fg", "code-bg"),  # the examples column's code blocks
    ("bg", "accent"),  # the Try it panel's Send button
]
NOT_TEXT = {"line"}  # borders only


def _schemes() -> dict[str, tuple[str, str]]:
    css = files("rsdlgen.templates").joinpath("docs", "style.css").read_text()
    root = re.search(r":root \{(.*?)\}", css, re.S)
    assert root, "style.css has no :root block"
    declared = dict(re.findall(r"--([\w-]+):\s*([^;]+);", root.group(1)))
    pairs = {}
    for name, value in declared.items():
        found = re.fullmatch(r"light-dark\((#[0-9a-fA-F]{6}),\s*(#[0-9a-fA-F]{6})\)", value.strip())
        assert found, f"--{name}: {value} is not light-dark(#rrggbb, #rrggbb)"
        pairs[name] = (found.group(1), found.group(2))
    return pairs


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(
        4.48, abs=0.01
    )  # the classic just-fails grey


@pytest.mark.parametrize("scheme", [0, 1], ids=["light", "dark"])
def test_every_text_colour_meets_aa_on_its_backgrounds_in_both_schemes(scheme: int) -> None:
    colours = _schemes()
    failing = [
        f"--{fg} on --{bg}: {contrast(colours[fg][scheme], colours[bg][scheme]):.2f}"
        for fg, bg in PAIRS
        if contrast(colours[fg][scheme], colours[bg][scheme]) < AA
    ]
    assert failing == []


def test_every_colour_variable_is_checked() -> None:
    """A colour added to the stylesheet without a pair here would go unchecked."""
    used = {name for pair in PAIRS for name in pair}
    assert set(_schemes()) - NOT_TEXT == used
