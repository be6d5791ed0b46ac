"""rsdlgen: code generation from oVirt RSDL + XSD documents."""

from .errors import InputError
from .model.loading import Model, load

__all__ = ["InputError", "Model", "load"]
__version__ = "0.1.0"
