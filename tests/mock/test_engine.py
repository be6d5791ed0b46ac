"""The runtime directly: an `Engine` built from a spec in memory and called without HTTP (no app, no package),
and the order and scope of its behaviours."""

from __future__ import annotations

import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock import Call, Engine, Settings
from rsdlgen.mock.behaviours import ON_ACTION, events, exports, run_state, tickets
from rsdlgen.mock.faults import Fault
from tests.support.mock_servers import spec_of

ROOT = "/ovirt-engine/api"


@pytest.fixture
def engine(default_model: rsdlgen.Model) -> Engine:
    return Engine(spec_of(default_model), Settings())


def call(engine: Engine, method: str, path: str, body: str | None = None) -> Call:
    """What the app hands the engine for `method path`: the routed link and the parsed body."""
    segments = path.split("/")
    route = engine.router.route(segments)
    assert route is not None, path
    link = route.links[method][0]
    parsed = etree.fromstring(body) if body is not None else None
    return Call(link, segments, {}, {}, {}, {}, parsed, "admin@internal", ROOT)


def vm(engine: Engine) -> str:
    body = "<vm><name>vm1</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
    reply = engine.handle(call(engine, "POST", "vms", body))
    assert (
        reply.status == 202 and reply.element is not None
    )  # created asynchronously (guide §7.3.11)
    return reply.element.get("id") or ""


def test_an_engine_in_memory_runs_a_vm(engine: Engine) -> None:
    # guide §3.2 (a fresh engine's data center), §3.12 and §15.7.1 (start: up, on a host of its cluster)
    listed = engine.handle(call(engine, "GET", "datacenters")).element
    assert listed is not None and listed[0].findtext("name") == "Default"
    identifier = vm(engine)
    started = engine.handle(call(engine, "POST", f"vms/{identifier}/start", "<action/>"))
    assert started.status == 200 and started.element is not None
    assert started.element.findtext("status/state") == "complete"
    assert [link.get("rel") for link in started.element.iterfind("link")] == ["parent", "replay"]
    shown = engine.handle(call(engine, "GET", f"vms/{identifier}")).element
    assert shown is not None and shown.findtext("status/state") == "up"
    assert shown.find("host") is not None and shown.findtext("display/port") == "5900"
    descriptions = [e.findtext("description") for e in engine.items("events")]
    assert descriptions[-1] == "vm1 was started by admin (Host: hypervisor)."


def test_a_refused_action_leaves_nothing_behind(engine: Engine) -> None:
    # guide §15.7.1: a running VM cannot start again (409); no task is kept, no event recorded
    identifier = vm(engine)
    engine.handle(call(engine, "POST", f"vms/{identifier}/start", "<action/>"))
    tasks, logged = dict(engine.tasks), len(engine.items("events"))
    again = call(engine, "POST", f"vms/{identifier}/start", "<action><async>true</async></action>")
    with pytest.raises(Fault) as refused:
        engine.handle(again)
    assert refused.value.status == 409 and refused.value.detail == "[Cannot run VM. VM is running.]"
    assert engine.tasks == tasks and len(engine.items("events")) == logged


def test_behaviours_run_for_their_rels_in_the_declared_order(engine: Engine) -> None:
    assert [b.run for b in ON_ACTION] == [
        run_state.change_state,
        exports.act,
        events.acted,
        tickets.fill,
    ]
    identifier = vm(engine)
    engine.handle(call(engine, "POST", f"vms/{identifier}/start", "<action/>"))
    ticket = engine.handle(call(engine, "POST", f"vms/{identifier}/ticket", "<action/>")).element
    assert ticket is not None and ticket.findtext("ticket/expiry") == "120"  # guide §15.7.12
    assert ticket.findtext("ticket/value")
    stopped = engine.handle(call(engine, "POST", f"vms/{identifier}/stop", "<action/>")).element
    assert stopped is not None and stopped.find("ticket") is None  # a ticket is the ticket action's
