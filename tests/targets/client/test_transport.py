"""The generated client against a real HTTP server on loopback (tests/support/client_test_server.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.client_packages import package
from tests.support.client_test_server import Engine, serve


@pytest.fixture
def engine() -> Engine:
    engine = Engine()
    for name in ("web1", "web2", "web3", "db1"):
        engine.add_vm(name)
    return engine


@pytest.fixture
def api(engine: Engine) -> Iterator[Any]:
    sdk = package("default")
    with serve(engine) as url, sdk.API(url, engine.user, engine.password) as api:
        yield api


def test_list_search_and_max(api: Any, engine: Engine) -> None:
    assert [vm.name for vm in api.vms.list()] == ["web1", "web2", "web3", "db1"]
    assert [vm.name for vm in api.vms.list(query="name=web*", max=2)] == ["web1", "web2"]
    method, path, _, _ = engine.requests[-1]
    assert (method, path) == ("GET", "/ovirt-engine/api/vms;max=2?search=name%3Dweb%2A")


def test_get_by_id_and_by_name(api: Any) -> None:
    by_name = api.vms.get(name="web2")
    assert by_name.id == "vm2" and by_name.memory == 1073741824 and by_name.status.state == "down"
    assert api.vms.get(id="vm3").name == "web3"
    assert api.vms.get(id="nope") is None
    assert api.vms.get(name="nope") is None


def test_add_with_expect_created(api: Any, engine: Engine) -> None:
    sdk = package("default")
    vm = api.vms.add(sdk.types.VM(name="new", memory=512), expect="201-created")
    assert (vm.id, vm.name, vm.memory) == ("vm5", "new", 512)
    _, _, headers, body = engine.requests[-1]
    assert headers["Expect"] == "201-created" and headers["Content-Type"] == "application/xml"
    assert body == b"<vm><name>new</name><memory>512</memory></vm>"


def test_update_and_delete_with_body(api: Any, engine: Engine) -> None:
    sdk = package("default")
    vm = api.vms.get(id="vm1")
    vm.memory = 2048
    updated = vm.update()
    assert updated.memory == 2048 and engine.vms["vm1"].findtext("memory") == "2048"
    updated.delete(sdk.types.Action(force=True), async_=False)
    method, path, _, body = engine.requests[-1]
    assert (method, path) == ("DELETE", "/ovirt-engine/api/vms/vm1;async=false")
    assert body == b"<action><force>true</force></action>" and "vm1" not in engine.vms


def test_action_and_sub_collection(api: Any, engine: Engine) -> None:
    sdk = package("default")
    vm = api.vms.get(id="vm1")
    result = vm.start()
    assert result.status.state == "complete" and engine.vms["vm1"].findtext("status/state") == "up"
    nic = vm.nics.add(sdk.types.NIC(name="nic1", interface="virtio"))
    assert nic.id == "nic1"
    assert [n.name for n in api.vms.entity("vm1").nics.list()] == ["nic1"]
    assert engine.requests[-1][1] == "/ovirt-engine/api/vms/vm1/nics"


def test_fault_raises_typed_error_without_credentials(api: Any, engine: Engine) -> None:
    sdk = package("default")
    vm = api.vms.get(id="vm1")
    element = sdk.element_of(vm)
    element.append(element.makeelement("id"))  # an immutable field, as in guide §7.4.9
    with pytest.raises(sdk.RequestError) as caught:
        vm.update()
    assert caught.value.status == 409
    assert caught.value.reason == "Broken immutability constraint"
    assert caught.value.detail == "Attempt to set immutable field: id"
    assert engine.password not in str(caught.value) and engine.password not in repr(api)


def test_session_reuse_and_relogin(api: Any, engine: Engine) -> None:
    for _ in range(3):
        api.vms.list()
    assert engine.logins == 1
    headers = [h for _, _, h, _ in engine.requests]
    assert "Authorization" in headers[0] and headers[0]["Prefer"] == "persistent-auth"
    assert all("Authorization" not in h and "JSESSIONID=" in h["Cookie"] for h in headers[1:])
    assert all(h["Version"] == "3" for h in headers)
    engine.sessions.clear()  # the session expires on the server
    assert len(api.vms.list()) == 4
    assert engine.logins == 2


def test_without_persistent_auth_every_request_logs_in(engine: Engine) -> None:
    sdk = package("default")
    with (
        serve(engine) as url,
        sdk.API(url, engine.user, engine.password, persistent_auth=False) as api,
    ):
        api.vms.list()
        api.vms.list()
    assert engine.logins == 2 and not engine.sessions
    assert all("Cookie" not in h for _, _, h, _ in engine.requests)


def test_wrong_password_is_a_401_without_the_password(engine: Engine) -> None:
    sdk = package("default")
    with (
        serve(engine) as url,
        sdk.API(url, engine.user, "wrong-secret") as api,
        pytest.raises(sdk.RequestError) as caught,
    ):
        api.vms.list()
    assert caught.value.status == 401 and "wrong-secret" not in str(caught.value)


def test_202_accepted_creation_and_async_action_are_waited_on(api: Any, engine: Engine) -> None:
    sdk = package("default")
    vm = api.vms.add(sdk.types.VM(name="slow"))
    engine.vms["vm5"].find("memory").text = "2048"  # changed on the server while it was being made
    done = api.wait(vm, interval=0.01, timeout=5)
    assert engine.polls["/ovirt-engine/api/vms/vm5/creation_status/c1"] == 2
    assert engine.requests[-1][:2] == ("GET", "/ovirt-engine/api/vms/vm5")  # fetched again
    assert type(done) is type(vm) and (done.id, done.name, done.memory) == ("vm5", "slow", 2048)
    assert done.nics.list() == []  # an entity bound to its path, as `add` returned
    started = vm.start(sdk.types.Action(async_=True))
    assert started.status.state == "pending"
    finished = api.wait(started, interval=0.01, timeout=5)
    assert type(finished) is type(started) and finished.status.state == "complete"


def test_wait_needs_something_to_poll_and_to_fetch_again(api: Any) -> None:
    sdk = package("default")
    with pytest.raises(ValueError, match="no creation status"):
        api.wait(sdk.types.VM(name="plain"))
    unbound = sdk.parse_xml(
        '<vm><name>x</name><link rel="creation_status" href="/ovirt-engine/api/vms/vm1/creation_status/c1"/></vm>'
    )
    with pytest.raises(ValueError, match="no href"):
        api.wait(unbound, interval=0.01, timeout=5)


def test_wait_times_out(api: Any, engine: Engine) -> None:
    sdk = package("default")
    vm = api.vms.add(sdk.types.VM(name="slow"))
    with pytest.raises(sdk.WaitTimeout):
        api.wait(vm, interval=0.05, timeout=0.01)


def test_unreachable_server_and_logs_carry_no_credentials(caplog: pytest.LogCaptureFixture) -> None:
    sdk = package("default")
    caplog.set_level(logging.DEBUG)
    with (
        sdk.API("http://127.0.0.1:9/ovirt-engine/api", "admin", "hunter2", timeout=2) as api,
        pytest.raises(sdk.ConnectionError) as caught,
    ):
        api.vms.list()
    assert "hunter2" not in str(caught.value) and "hunter2" not in caplog.text
    assert "aHVudGVyMg" not in caplog.text  # nor its base64 form


def test_tls_against_a_server_with_a_self_signed_certificate(
    engine: Engine, certificate: tuple[Path, Path]
) -> None:
    sdk = package("default")
    with serve(engine, certificate) as url:
        with (
            sdk.API(url, engine.user, engine.password) as api,
            pytest.raises(sdk.ConnectionError) as caught,
        ):
            api.vms.list()
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
        # issue 22 item 11: with the way out
        assert str(caught.value).endswith(
            ": pass the engine's CA certificate as ca_file= (or insecure=True)"
        )
        with sdk.API(url, engine.user, engine.password, ca_file=str(certificate[0])) as api:
            assert [vm.name for vm in api.vms.list()] == ["web1", "web2", "web3", "db1"]
        with sdk.API(url, engine.user, engine.password, insecure=True) as api:
            assert api.vms.get(name="db1") is not None


def test_tls_is_verified_unless_insecure() -> None:
    sdk = package("default")
    secure = sdk.API("https://engine.test", "u", "p")
    insecure = sdk.API("https://engine.test", "u", "p", insecure=True)
    assert secure._connection._tls.verify_mode.name == "CERT_REQUIRED"
    assert insecure._connection._tls.verify_mode.name == "CERT_NONE"
    assert secure._connection.url == "https://engine.test/ovirt-engine/api"


def context(api: Any) -> Any:
    return api._connection._tls


def test_the_ca_bundle_is_loaded_for_https_only_and_once_per_settings(
    certificate: tuple[Path, Path],
) -> None:
    """Loading the CA bundle costs tens of milliseconds: an http:// URL never loads it, and APIs with the same
    TLS settings share one context."""
    sdk = package("default")
    plain = context(sdk.API("http://engine.test", "u", "p"))
    assert plain.cert_store_stats()["x509_ca"] == 0
    assert plain.verify_mode.name == "CERT_REQUIRED"  # trusts nothing: a handshake could only fail
    assert context(sdk.AsyncAPI("http://other.test", "u", "p", ca_file="/nowhere")) is plain

    secure = context(sdk.API("https://engine.test", "u", "p"))
    assert secure.cert_store_stats()["x509_ca"] > 0
    assert context(sdk.AsyncAPI("https://other.test", "v", "q")) is secure
    own_ca = context(sdk.API("https://engine.test", "u", "p", ca_file=str(certificate[0])))
    assert own_ca is not secure and own_ca.cert_store_stats()["x509_ca"] == 1
    assert context(sdk.API("https://engine.test", "u", "p", insecure=True)) is not secure
