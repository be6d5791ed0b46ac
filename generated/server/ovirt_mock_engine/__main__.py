"""`python -m ovirt_mock_engine [--host H] [--port P] [--user U] [--password P]` runs the mock engine."""

from .serve import main

main()
