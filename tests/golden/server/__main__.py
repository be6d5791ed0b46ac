"""`python -m small_mock [--host H] [--port P] [--user U] [--password P]` runs the mock engine."""

from rsdlgen.mock.serve import main

from .handlers import Handlers
from .spec import SPEC

main(SPEC, Handlers)
