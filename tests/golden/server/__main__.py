"""`python -m small_mock [--host H] [--port P] [--user U] [--password P]` runs the mock engine."""

from .serve import main

main()
