"""rsdlgen: code generation from oVirt RSDL + XSD documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:
    from .model.loading import Model, load

__all__ = ["InputError", "Model", "load"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`Model` and `load`, imported when first used: the pytest plugin (`rsdlgen.pytest_plugin`), which
    every test session with rsdlgen installed imports, costs no document reader until its fixtures run.
    """
    if name in ("Model", "load"):
        from .model import loading

        return getattr(loading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
