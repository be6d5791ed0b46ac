"""The tables this server runs from (`spec.json`, generated data: do not edit) and its source documents."""

from rsdlgen.mock import Spec

SPEC = Spec.from_package(__package__)
API_ROOT = SPEC.api_root
FINGERPRINT = SPEC.fingerprint  # sha256 over the source documents
