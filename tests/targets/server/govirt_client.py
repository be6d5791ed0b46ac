"""What remote-viewer does through libgovirt, and more; run by the system Python (`/usr/bin/python3`, where
Debian's `gir1.2-govirt-1.0` and `python3-gi` are), not the venv's. `test_libgovirt.py` runs it.

Usage: govirt_client.py HOST:PORT USER PASSWORD CA_FILE VM_NAME ISO_DOMAIN. It prints one JSON object: what
libgovirt read, and for each step that failed, libgovirt's error (`{"error": [domain, code, message]}`).
"""

from __future__ import annotations

import base64
import json
import ssl
import sys
import tempfile
import urllib.request
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree

import gi

gi.require_version("GoVirt", "1.0")
from gi.repository import GLib, GoVirt  # noqa: E402

ENDPOINT, USER, PASSWORD, CA_FILE, VM_NAME, ISO_DOMAIN = sys.argv[1:7]


def attempt(step: Callable[[], Any]) -> Any:
    try:
        return step()
    except GLib.Error as error:
        return {"error": [error.domain, error.code, error.message]}


def proxy(password: str, **properties: Any) -> GoVirt.Proxy:
    made = GoVirt.Proxy.new(
        ENDPOINT
    )  # a host[:port]: libgovirt adds https:// and /ovirt-engine/api
    made.set_property("username", USER)
    made.set_property("password", password)
    for name, value in properties.items():
        made.set_property(name.replace("_", "-"), value)
    return made


def nick(value: Any) -> str:
    return value.value_nick


def vm_view(vm: GoVirt.Vm) -> dict[str, Any]:
    display = vm.get_property("display")
    return {
        "id": vm.get_property("guid"),
        "state": nick(vm.get_property("state")),
        "host_id": vm.get_property("host-id"),
        "cluster_id": vm.get_property("cluster-id"),
        "display": {
            "type": nick(display.get_property("type")),
            "address": display.get_property("address"),
            "port": display.get_property("port"),
            "secure_port": display.get_property("secure-port"),
            "monitors": display.get_property("monitor-count"),
            "ticket": display.get_property("ticket"),
            "expiry": display.get_property("expiry"),
        },
    }


def rest_view(href: str) -> dict[str, Any]:
    """What the REST API itself shows of a VM now (v3 XML), to hold libgovirt's reading against."""
    request = urllib.request.Request(f"https://{ENDPOINT}{href}")
    request.add_header(
        "Authorization", "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    )
    with urllib.request.urlopen(
        request, context=ssl.create_default_context(cafile=CA_FILE)
    ) as answer:
        vm = ElementTree.fromstring(answer.read())
    host = vm.find("host")
    return {
        "state": vm.findtext("status/state"),
        "host_id": host.get("id") if host is not None else None,
        "address": vm.findtext("display/address"),
        "port": int(vm.findtext("display/port") or 0),
        "secure_port": int(vm.findtext("display/secure_port") or 0),
    }


def names(collection: GoVirt.Collection | None, connection: GoVirt.Proxy) -> Any:
    """The resources of a collection by name (their ids), or None when libgovirt offers no collection."""
    if collection is None:
        return None
    fetched = attempt(lambda: collection.fetch(connection))
    if isinstance(fetched, dict):
        return fetched
    return {name: r.get_property("guid") for name, r in collection.get_resources().items()}


def main() -> None:
    report: dict[str, Any] = {}

    # The CA as remote-viewer gets it: libgovirt reads <base>/ca.crt through GIO, which needs gvfs for
    # https. Without gvfs the bytes come from the same URL here, into a file given as `ssl-ca-file`, as
    # fetch_ca_certificate() does with what it read (PyGObject cannot pass the `ca-cert` byte array).
    fetching = proxy(PASSWORD)
    report["fetch_ca_certificate"] = attempt(fetching.fetch_ca_certificate)
    unverified = ssl.create_default_context()  # trust on first use, as fetching a CA is
    unverified.check_hostname, unverified.verify_mode = False, ssl.CERT_NONE
    with urllib.request.urlopen(f"https://{ENDPOINT}/ca.crt", context=unverified) as answer:
        ca_bytes = answer.read()
    report["ca_crt"] = ca_bytes.decode()
    with tempfile.NamedTemporaryFile(suffix=".crt") as fetched:
        fetched.write(ca_bytes)
        fetched.flush()

        # Without a CA libgovirt refuses the server; with a wrong password it reports the engine's 401.
        report["no_ca"] = attempt(lambda: proxy(PASSWORD).fetch_api())
        report["wrong_password"] = attempt(lambda: proxy("wrong", ssl_ca_file=CA_FILE).fetch_api())

        # Given the server's CA file directly.
        direct = proxy(PASSWORD, ssl_ca_file=CA_FILE)
        api = direct.fetch_api()
        report["api_name"] = api.get_property("name")
        report["hosts_by_ca_file"] = names(api.get_hosts(), direct)

        # Given the CA fetched from the server: the rest of the scenario.
        connection = proxy(PASSWORD, ssl_ca_file=fetched.name)
        api = connection.fetch_api()
        connection.fetch_vms()
        report["proxy_vms"] = sorted(v.get_property("name") for v in connection.get_vms())
        vm = connection.lookup_vm(VM_NAME)
        report["down"] = vm_view(vm)
        report["start"] = attempt(lambda: vm.start(connection))
        vm.refresh(connection)
        report["up"] = vm_view(vm)
        report["up_rest"] = rest_view(vm.get_property("href"))
        report["ticket"] = attempt(lambda: vm.get_ticket(connection))
        report["after_ticket"] = vm_view(vm)
        report["stop"] = attempt(lambda: vm.stop(connection))
        vm.refresh(connection)
        report["stopped"] = vm_view(vm)
        report["searched_vms"] = names(api.search_vms(f"name={VM_NAME[:2]}*"), connection)

        domains = api.get_storage_domains()
        domains.fetch(connection)
        report["storage_domains"] = {
            name: {
                "id": domain.get_property("guid"),
                "type": nick(domain.get_property("type")),
                "storage_type": nick(domain.get_property("storage-type")),
            }
            for name, domain in domains.get_resources().items()
        }
        report["iso_files"] = names(domains.lookup_resource(ISO_DOMAIN).get_files(), connection)

        report["clusters"] = names(api.get_clusters(), connection)
        report["hosts"] = names(api.get_hosts(), connection)
        data_centers = api.get_data_centers()
        report["data_centers"] = names(data_centers, connection)
        cluster = api.get_clusters().lookup_resource("Default")
        # a reference libgovirt makes from the cluster's link
        cluster_dc = cluster.get_data_center()
        cluster_dc.refresh(connection)
        report["cluster_data_center"] = [
            cluster_dc.get_property("guid"),
            cluster_dc.get_property("name"),
        ]
        report["cluster_hosts"] = names(cluster.get_hosts(), connection)
        host = api.get_hosts().lookup_resource("hypervisor")
        host_cluster = host.get_cluster()
        host_cluster.refresh(connection)
        report["host_cluster"] = [
            host_cluster.get_property("guid"),
            host_cluster.get_property("name"),
        ]
        data_center = data_centers.lookup_resource("Default")
        report["data_center_clusters"] = names(data_center.get_clusters(), connection)
        report["data_center_storage_domains"] = names(data_center.get_storage_domains(), connection)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
