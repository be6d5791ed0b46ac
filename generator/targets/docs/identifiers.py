"""Where a long identifier may wrap: after each `/`, `_` and `.` (`<wbr>`), never inside a word.

Browsers break an unspaced string only where the stylesheet lets them break anywhere (`vms/{vm:id}/commit_snapsho`
then `t`); with these points a path wraps between its segments and a name between its words.
"""

from __future__ import annotations

import functools
import re

from markupsafe import Markup, escape

_AFTER = re.compile(r"(?<=.)([/_.])(?=.)")


# cached: pages show the same hrefs and names over and over; typed, as a str and the Markup of the same text
# escape differently
@functools.lru_cache(maxsize=4096, typed=True)
def breakable(text: object) -> Markup:
    """`text`, escaped, with `<wbr>` after each `/`, `_` and `.` between two characters."""
    return Markup(_AFTER.sub(r"\1<wbr>", str(escape(text))))
