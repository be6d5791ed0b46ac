"""What the engine refuses to remove (`behaviours/protection`): built-in entities and entities still in use
get the engine's 409 with its message, and stay, so nothing is left pointing at a removed entity. The engine
is built in memory from the default documents' spec and driven in process. Each test cites the guide section
or the ovirt-engine message it follows."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.app import create_app
from rsdlgen.mock.seed import ADMIN, CLUSTER, DATA_CENTER, HOST, ZERO
from rsdlgen.targets.server.spec import server_spec
from tests.conftest import OVIRT36
from tests.support.mock_servers import in_process

ROOT = "/ovirt-engine/api"
XML = {"Content-Type": "application/xml", "Accept": "application/xml", "Expect": "201-created"}


@pytest.fixture
def client(default_model: rsdlgen.Model) -> Iterator[httpx.Client]:
    with in_process(create_app(server_spec(default_model)), ROOT) as client:
        yield client


def refused(client: httpx.Client, path: str, detail: str) -> None:
    """DELETE `path` answers 409 with the engine's message, and the entity is still there."""
    answer = client.delete(path, headers=XML)
    assert answer.status_code == 409, answer.text
    fault = etree.fromstring(answer.content)
    assert (fault.findtext("reason"), fault.findtext("detail")) == (
        "Operation Failed",
        f"[{detail}]",
    )
    assert client.get(path, headers=XML).status_code == 200


def post(client: httpx.Client, path: str, body: str) -> etree._Element:
    answer = client.post(path, content=body, headers=XML)
    assert answer.status_code == 201, answer.text
    return etree.fromstring(answer.content)


def test_the_root_tag_cannot_be_deleted(client: httpx.Client) -> None:
    # guide §24.4.1: "The root tag cannot be deleted nor assigned a parent tag."
    refused(client, f"/tags/{ZERO}", "Cannot remove Tag. The root tag cannot be deleted.")


def test_the_root_tag_cannot_be_assigned_a_parent(client: httpx.Client) -> None:
    # guide §24.4.1, as above: the update is refused and the root tag keeps no parent
    other = post(client, "/tags", "<tag><name>Finance</name></tag>")
    body = f'<tag><parent><tag id="{other.get("id")}"/></parent></tag>'
    answer = client.put(f"/tags/{ZERO}", content=body, headers=XML)
    assert answer.status_code == 409, answer.text
    assert etree.fromstring(answer.content).findtext("detail") == (
        "[Cannot update Tag. The root tag cannot be assigned a parent tag.]"
    )
    root = etree.fromstring(client.get(f"/tags/{ZERO}", headers=XML).content)
    assert root.find("parent") is None
    # another tag may be given a parent
    child = client.put(
        f"/tags/{other.get('id')}",
        content=f'<tag><parent><tag id="{ZERO}"/></parent></tag>',
        headers=XML,
    )
    assert child.status_code == 200, child.text


def test_a_delete_protected_vm_is_not_removed(client: httpx.Client) -> None:
    # guide §15.1 `delete_protected`: "the virtual machine cannot be deleted";
    # ACTION_TYPE_FAILED_DELETE_PROTECTION_ENABLED
    vm = post(
        client,
        "/vms",
        "<vm><name>kept</name><cluster><name>Default</name></cluster><template><name>Blank</name>"
        "</template><delete_protected>true</delete_protected></vm>",
    )
    path = f"/vms/{vm.get('id')}"
    refused(
        client,
        path,
        "Cannot remove VM. Delete protection is enabled. In order to delete, disable Delete "
        "protection first.",
    )
    off = "<vm><delete_protected>false</delete_protected></vm>"
    assert client.put(path, content=off, headers=XML).status_code == 200
    assert client.delete(path).status_code == 204


def test_the_blank_template_is_not_removed(client: httpx.Client) -> None:
    # VMT_CANNOT_REMOVE_BLANK_TEMPLATE
    refused(
        client,
        f"/templates/{ZERO}",
        "Cannot remove Template. Removing Blank Template is not allowed.",
    )


def test_a_cluster_with_hosts_or_vms_is_not_removed(client: httpx.Client) -> None:
    # RemoveClusterCommand.validate: VDS_CANNOT_REMOVE_CLUSTER_VDS_DETECTED, then
    # VM_CANNOT_REMOVE_CLUSTER_VMS_DETECTED; an empty cluster goes
    cluster = post(
        client,
        "/clusters",
        f'<cluster><name>c2</name><cpu id="Intel Penryn Family"/><data_center id="{DATA_CENTER}"/>'
        "</cluster>",
    )
    path = f"/clusters/{cluster.get('id')}"
    moved = f'<host><cluster id="{cluster.get("id")}"/></host>'
    assert client.put(f"/hosts/{HOST}", content=moved, headers=XML).status_code == 200
    refused(client, path, "Cannot remove Cluster. Cluster contains one or more Hosts")
    back = f'<host><cluster id="{CLUSTER}"/></host>'
    assert client.put(f"/hosts/{HOST}", content=back, headers=XML).status_code == 200
    vm = post(
        client,
        "/vms",
        "<vm><name>v</name><cluster><name>c2</name></cluster><template><name>Blank</name></template></vm>",
    )
    refused(
        client, path, "Cannot remove Cluster. One or more VMs are still assigned to the Cluster"
    )
    assert client.delete(f"/vms/{vm.get('id')}").status_code == 204
    assert client.delete(path).status_code == 204


def test_a_data_center_with_storage_is_not_removed(client: httpx.Client) -> None:
    # RemoveStoragePoolCommand.validate: ERROR_CANNOT_REMOVE_ACTIVE_STORAGE_POOL (the Default one is up),
    # ERROR_CANNOT_REMOVE_POOL_WITH_ACTIVE_DOMAINS, ERROR_CANNOT_REMOVE_STORAGE_POOL_WITH_NONMASTER_DOMAINS
    refused(client, f"/datacenters/{DATA_CENTER}", "Cannot remove an active Data Center.")
    dc = post(
        client, "/datacenters", "<data_center><name>dc2</name><local>false</local></data_center>"
    )
    path = f"/datacenters/{dc.get('id')}"
    domains = []
    for name in ("d1", "d2"):
        body = (
            f"<storage_domain><name>{name}</name><type>data</type><storage><type>nfs</type>"
            f"<address>10.0.0.1</address><path>/{name}</path></storage>"
            "<host><name>hypervisor</name></host></storage_domain>"
        )
        domain = post(client, "/storagedomains", body)
        post(client, f"{path}/storagedomains", f'<storage_domain id="{domain.get("id")}"/>')
        domains.append(domain.get("id"))
    activated = client.post(
        f"{path}/storagedomains/{domains[0]}/activate", content="<action/>", headers=XML
    )
    assert activated.status_code == 200, activated.text
    refused(
        client,
        path,
        "Cannot remove Data Center which contains active/locked Storage Domains.\n-Please deactivate "
        "all domains and wait for tasks to finish before removing the Data Center.",
    )
    client.post(f"{path}/storagedomains/{domains[0]}/deactivate", content="<action/>", headers=XML)
    refused(
        client,
        path,
        "Cannot remove Data Center while there are more than one Storage Domains attached.",
    )


@pytest.fixture(scope="module")
def ovirt36() -> rsdlgen.Model:
    """oVirt 3.6's documents: they serve DELETE on users and roles, which the default ones do not (405)."""
    return rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")


def test_the_admin_user_is_not_removed(ovirt36: rsdlgen.Model) -> None:
    # RemoveUserCommand.validate: USER_CANNOT_REMOVE_ADMIN_USER
    with in_process(create_app(server_spec(ovirt36)), ROOT) as client:
        refused(client, f"/users/{ADMIN}", "Cannot remove internal admin user or its permissions.")


def test_the_superuser_role_is_not_removed(ovirt36: rsdlgen.Model) -> None:
    # predefined roles are read-only: ACTION_TYPE_FAILED_ROLE_IS_READ_ONLY
    with in_process(create_app(server_spec(ovirt36)), ROOT) as client:
        roles = etree.fromstring(client.get("/roles", headers=XML).content)
        superuser = next(r for r in roles if r.findtext("name") == "SuperUser")
        refused(
            client, f"/roles/{superuser.get('id')}", "Cannot remove Role. The Role is Read-Only."
        )
