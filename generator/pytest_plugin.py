"""The pytest plugin of the mock engine (entry point `pytest11`: `rsdlgen`), as moto's fixtures are for AWS;
beside the stages, as the command line is, since it reads documents (which the runtime `mock` never does).

    def test_inventory(ovirt_engine):               # a real server, started once per session
        api = MyTool(ovirt_engine.url, ovirt_engine.user, ovirt_engine.password, ca_file=ovirt_engine.ca_file)
        ovirt_engine.admin.add_fault("vms", method="GET", status=503, times=2)
        ...

    async def test_in_process(ovirt_engine_app):    # the ASGI app, for httpx.ASGITransport
        transport = httpx.ASGITransport(app=ovirt_engine_app)
        ...                                         # ovirt_engine_app.state.admin: the same admin, in process

Both are reset before each test (the fresh engine and the configured seeds, no recorded request, no fault
rule), in memory: milliseconds, not a server start. The documents are the ini options `rsdlgen_rsdl` and
`rsdlgen_schema` (relative to the ini file), else the project's `[tool.rsdlgen]` documents, else the embedded
default; `rsdlgen_seed` lists seed files (additive fixtures or an inventory), `rsdlgen_tls = true` serves
https with a throwaway CA (`ca_file`), `rsdlgen_transitions = timed|manual` (and
`rsdlgen_transition_seconds`) makes states change as `rsdlgen serve --transitions` does.

This module imports only pytest at import time: the engine's web stack is imported by the fixtures, so the
plugin costs nothing in a test session that does not use them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .mock.admin_client import Admin
    from .mock.app import App
    from .mock.engine import Engine
    from .mock.serve import Certificate
    from .mock.settings import Settings
    from .mock.spec import Spec


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("rsdlgen_rsdl", "RSDL of the ovirt_engine fixtures (default: [tool.rsdlgen]'s)")
    parser.addini("rsdlgen_schema", "XML Schema of the ovirt_engine fixtures, with rsdlgen_rsdl")
    parser.addini("rsdlgen_seed", "seed files the ovirt_engine fixtures load", type="paths")
    parser.addini("rsdlgen_tls", "ovirt_engine serves https with a throwaway CA", type="bool")
    parser.addini("rsdlgen_transitions", "instant (default), timed or manual state changes")
    parser.addini("rsdlgen_transition_seconds", "how long each intermediate state lasts (1)")


@dataclass
class MockEngine:
    """A running mock engine: where it is, how to log in, and its admin API."""

    url: str  # the API root: https://127.0.0.1:PORT/ovirt-engine/api
    user: str
    password: str
    ca_file: str | None  # the CA to trust, with TLS
    admin: Admin
    app: App

    @property
    def engine(self) -> Engine:
        """The in-memory engine behind it (this process's; replaced by each reset)."""
        engine: Engine = self.app.state.server.engine
        return engine


@pytest.fixture(scope="session")
def _rsdlgen_spec(pytestconfig: pytest.Config) -> Spec:
    from .errors import InputError
    from .model.loading import load
    from .project.configuration import configuration
    from .targets.server.spec import server_spec

    base = pytestconfig.inipath.parent if pytestconfig.inipath else pytestconfig.rootpath
    rsdl, schema = (pytestconfig.getini(f"rsdlgen_{name}") for name in ("rsdl", "schema"))
    try:
        if rsdl:
            model = load(base / rsdl, base / schema if schema else None)
        else:
            model = configuration(start=pytestconfig.rootpath).load_model()
    except InputError as exc:
        pytest.fail(f"rsdlgen: {exc}", pytrace=False)
    return server_spec(model)


@pytest.fixture(scope="session")
def _rsdlgen_settings(pytestconfig: pytest.Config) -> Settings:
    from .mock.settings import TRANSITIONS, Settings

    seeds = tuple(str(p) for p in pytestconfig.getini("rsdlgen_seed"))
    for seed in seeds:
        if not Path(seed).is_file():
            pytest.fail(f"rsdlgen_seed: {seed}: no such file", pytrace=False)
    transitions = pytestconfig.getini("rsdlgen_transitions") or "instant"
    if transitions not in TRANSITIONS:
        pytest.fail(
            f"rsdlgen_transitions: {transitions!r} is not one of {', '.join(TRANSITIONS)}",
            pytrace=False,
        )
    seconds = pytestconfig.getini("rsdlgen_transition_seconds") or str(Settings.transition_seconds)
    try:
        duration = float(seconds)
    except ValueError:
        pytest.fail(f"rsdlgen_transition_seconds: {seconds!r} is not a number", pytrace=False)
    return Settings(seed=seeds, transitions=transitions, transition_seconds=duration)


def _app(spec: Spec, settings: Settings, ca_file: str | None = None) -> App:
    from dataclasses import replace

    from .mock.app import create_app
    from .mock.seed import SeedError

    try:
        return create_app(spec, settings=replace(settings, ca_certificate=ca_file))
    except SeedError as exc:
        pytest.fail(f"rsdlgen_seed: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def _rsdlgen_server(
    pytestconfig: pytest.Config, _rsdlgen_spec: Spec, _rsdlgen_settings: Settings
) -> Iterator[MockEngine]:
    from .mock.admin_client import Admin
    from .mock.serve import bind, throwaway_certificate

    sock = bind("127.0.0.1", 0)
    certificate = throwaway_certificate("127.0.0.1") if pytestconfig.getini("rsdlgen_tls") else None
    ca_file = certificate.ca if certificate else None
    app = _app(_rsdlgen_spec, _rsdlgen_settings, ca_file)
    settings = _rsdlgen_settings
    with _serving(app, sock, settings, certificate) as origin:
        admin = Admin(origin, settings.user, settings.password, ca_file=ca_file)
        url = origin + _rsdlgen_spec.api_root
        yield MockEngine(url, settings.user, settings.password, ca_file, admin, app)
        admin.close()


@pytest.fixture
def ovirt_engine(_rsdlgen_server: MockEngine) -> MockEngine:
    """The session's mock engine, reset: `.url`, `.user`, `.password`, `.ca_file`, `.admin`, `.engine`."""
    _rsdlgen_server.app.state.admin.reset()
    return _rsdlgen_server


@pytest.fixture(scope="session")
def _rsdlgen_app(_rsdlgen_spec: Spec, _rsdlgen_settings: Settings) -> App:
    return _app(_rsdlgen_spec, _rsdlgen_settings)


@pytest.fixture
def ovirt_engine_app(_rsdlgen_app: App) -> App:
    """The mock engine as an ASGI app (for `httpx.ASGITransport`), reset; `.state.admin` is its admin API."""
    _rsdlgen_app.state.admin.reset()
    return _rsdlgen_app


@contextmanager
def _serving(
    app: Any, sock: Any, settings: Settings, certificate: Certificate | None
) -> Iterator[str]:
    """The app served as `rsdlgen serve` serves it (its bounds before authentication included), on `sock`
    in a thread."""
    import uvicorn

    from .mock.serve import uvicorn_config

    server = uvicorn.Server(uvicorn_config(app, settings, certificate))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            sock.close()
            pytest.fail("rsdlgen: the mock engine did not start", pytrace=False)
        time.sleep(0.01)
    try:
        yield f"{'https' if certificate else 'http'}://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
