"""Running the server with uvicorn: `python -m <package>` and `rsdlgen serve`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import uvicorn

from .app import create_app
from .settings import Settings
from .spec import API_ROOT


def run(host: str, port: int, settings: Settings) -> None:
    """Serve until interrupted, after printing the URL and the credentials to use."""
    print(f"mock engine: http://{host}:{port}{API_ROOT}", flush=True)
    print(f"credentials: {settings.user} / {settings.password}", flush=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the generated mock engine.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--user", default=Settings.user)
    parser.add_argument("--password", default=Settings.password)
    args = parser.parse_args(argv)
    run(args.host, args.port, Settings(user=args.user, password=args.password))
