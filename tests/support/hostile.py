"""Strings written to break out of whatever they are pasted into: Python strings, docstrings, Jinja, HTML."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    '"', "'", '"""', "'''", "\\", "\n", "\r", "\t", "\x00", "\x1b", "{{ 1 }}", "}}", "{% raw %}", "%}",
    "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "²", "é", "名", "\udc80",
    '"; __import__("os").system("x"); "', '""")\nraise SystemExit\n("""',
]  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=8).map(
    "".join
)
