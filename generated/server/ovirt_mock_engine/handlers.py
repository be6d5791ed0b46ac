"""One method per link of rsdl.xml, named after its path and rel.

A method receives the `Call` (link, concrete path, matrix and query parameters, headers, parsed body, user),
then the placeholder values of the path in order, then as keywords the parsed body and the URL parameters
converted to their RSDL types. The body has already been checked against the link's overloads. Every method
defaults to the in-memory mock engine; subclass `Handlers`, override what should behave differently, and pass
the subclass to `create_app(handlers=...)`: the generator never writes your code, so regeneration keeps it.
"""

from __future__ import annotations

from rsdlgen import mock
from rsdlgen.mock import Call, Element, Reply


class Handlers(mock.Handlers):
    async def capabilities_list(
        self,
        call: Call,
    ) -> Reply:
        """GET capabilities: get the capabilities of every supported compatibility level"""
        return self.engine.handle(call)

    async def capabilities_get(
        self,
        call: Call,
        capability_id: str,
    ) -> Reply:
        """GET capabilities/{capability:id}: get the capabilities of one compatibility level"""
        return self.engine.handle(call)

    async def datacenters_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET datacenters: get a list of data centers"""
        return self.engine.handle(call)

    async def datacenters_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters: add a new data center"""
        return self.engine.handle(call)

    async def datacenters_get(
        self,
        call: Call,
        datacenter_id: str,
    ) -> Reply:
        """GET datacenters/{datacenter:id}: get the data center"""
        return self.engine.handle(call)

    async def datacenters_update(
        self,
        call: Call,
        datacenter_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT datacenters/{datacenter:id}: update the specified data center"""
        return self.engine.handle(call)

    async def datacenters_delete(
        self,
        call: Call,
        datacenter_id: str,
        *,
        body: Element | None,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE datacenters/{datacenter:id}: delete the specified data center"""
        return self.engine.handle(call)

    async def datacenters_storagedomains_list(
        self,
        call: Call,
        datacenter_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/storagedomains: get a list of storage domains attached to
        the data center
        """
        return self.engine.handle(call)

    async def datacenters_storagedomains_add(
        self,
        call: Call,
        datacenter_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters/{datacenter:id}/storagedomains: add a new storage domain attachment
        (attach a storage domain to the data center)
        """
        return self.engine.handle(call)

    async def datacenters_storagedomains_get(
        self,
        call: Call,
        datacenter_id: str,
        storagedomain_id: str,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/storagedomains/{storagedomain:id}: get the attached
        storage domain
        """
        return self.engine.handle(call)

    async def datacenters_storagedomains_delete(
        self,
        call: Call,
        datacenter_id: str,
        storagedomain_id: str,
        *,
        body: Element | None,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE datacenters/{datacenter:id}/storagedomains/{storagedomain:id}: detach the storage
        domain from the data center
        """
        return self.engine.handle(call)

    async def datacenters_storagedomains_activate(
        self,
        call: Call,
        datacenter_id: str,
        storagedomain_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters/{datacenter:id}/storagedomains/{storagedomain:id}/activate: activate the
        attached storage domain in the data center
        """
        return self.engine.handle(call)

    async def datacenters_storagedomains_deactivate(
        self,
        call: Call,
        datacenter_id: str,
        storagedomain_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters/{datacenter:id}/storagedomains/{storagedomain:id}/deactivate: deactivate
        the attached storage domain in the data center
        """
        return self.engine.handle(call)

    async def datacenters_networks_list(
        self,
        call: Call,
        datacenter_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/networks: get a list of networks of the data center"""
        return self.engine.handle(call)

    async def datacenters_networks_add(
        self,
        call: Call,
        datacenter_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters/{datacenter:id}/networks: add a new network in the data center"""
        return self.engine.handle(call)

    async def datacenters_networks_get(
        self,
        call: Call,
        datacenter_id: str,
        network_id: str,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/networks/{network:id}: get the data center network"""
        return self.engine.handle(call)

    async def datacenters_networks_update(
        self,
        call: Call,
        datacenter_id: str,
        network_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT datacenters/{datacenter:id}/networks/{network:id}: update the specified data center
        network
        """
        return self.engine.handle(call)

    async def datacenters_networks_delete(
        self,
        call: Call,
        datacenter_id: str,
        network_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE datacenters/{datacenter:id}/networks/{network:id}: delete the specified network"""
        return self.engine.handle(call)

    async def datacenters_quotas_list(
        self,
        call: Call,
        datacenter_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/quotas: get a list of quotas of the data center"""
        return self.engine.handle(call)

    async def datacenters_quotas_add(
        self,
        call: Call,
        datacenter_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters/{datacenter:id}/quotas: add a new quota"""
        return self.engine.handle(call)

    async def datacenters_quotas_get(
        self,
        call: Call,
        datacenter_id: str,
        quota_id: str,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/quotas/{quota:id}: get the quota"""
        return self.engine.handle(call)

    async def datacenters_quotas_delete(
        self,
        call: Call,
        datacenter_id: str,
        quota_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE datacenters/{datacenter:id}/quotas/{quota:id}: delete the specified quota"""
        return self.engine.handle(call)

    async def datacenters_clusters_list(
        self,
        call: Call,
        datacenter_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/clusters: get a list of clusters of the data center"""
        return self.engine.handle(call)

    async def datacenters_clusters_get(
        self,
        call: Call,
        datacenter_id: str,
        cluster_id: str,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/clusters/{cluster:id}: get the data center cluster"""
        return self.engine.handle(call)

    async def datacenters_permissions_list(
        self,
        call: Call,
        datacenter_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/permissions: get a list of permissions on the data center"""
        return self.engine.handle(call)

    async def datacenters_permissions_add(
        self,
        call: Call,
        datacenter_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST datacenters/{datacenter:id}/permissions: add a new permission on the data center"""
        return self.engine.handle(call)

    async def datacenters_permissions_get(
        self,
        call: Call,
        datacenter_id: str,
        permission_id: str,
    ) -> Reply:
        """GET datacenters/{datacenter:id}/permissions/{permission:id}: get the data center
        permission
        """
        return self.engine.handle(call)

    async def datacenters_permissions_delete(
        self,
        call: Call,
        datacenter_id: str,
        permission_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE datacenters/{datacenter:id}/permissions/{permission:id}: delete the specified data
        center permission
        """
        return self.engine.handle(call)

    async def clusters_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET clusters: get a list of clusters"""
        return self.engine.handle(call)

    async def clusters_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST clusters: add a new cluster"""
        return self.engine.handle(call)

    async def clusters_get(
        self,
        call: Call,
        cluster_id: str,
    ) -> Reply:
        """GET clusters/{cluster:id}: get the cluster"""
        return self.engine.handle(call)

    async def clusters_update(
        self,
        call: Call,
        cluster_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT clusters/{cluster:id}: update the specified cluster"""
        return self.engine.handle(call)

    async def clusters_delete(
        self,
        call: Call,
        cluster_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE clusters/{cluster:id}: delete the specified cluster"""
        return self.engine.handle(call)

    async def clusters_networks_list(
        self,
        call: Call,
        cluster_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET clusters/{cluster:id}/networks: get a list of networks associated with the cluster"""
        return self.engine.handle(call)

    async def clusters_networks_add(
        self,
        call: Call,
        cluster_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST clusters/{cluster:id}/networks: add a new network association (attach a network to
        the cluster)
        """
        return self.engine.handle(call)

    async def clusters_networks_get(
        self,
        call: Call,
        cluster_id: str,
        network_id: str,
    ) -> Reply:
        """GET clusters/{cluster:id}/networks/{network:id}: get the cluster network"""
        return self.engine.handle(call)

    async def clusters_networks_update(
        self,
        call: Call,
        cluster_id: str,
        network_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT clusters/{cluster:id}/networks/{network:id}: update the specified cluster network"""
        return self.engine.handle(call)

    async def clusters_networks_delete(
        self,
        call: Call,
        cluster_id: str,
        network_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE clusters/{cluster:id}/networks/{network:id}: delete the specified cluster network
        association
        """
        return self.engine.handle(call)

    async def clusters_permissions_list(
        self,
        call: Call,
        cluster_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET clusters/{cluster:id}/permissions: get a list of permissions on the cluster"""
        return self.engine.handle(call)

    async def clusters_permissions_add(
        self,
        call: Call,
        cluster_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST clusters/{cluster:id}/permissions: add a new permission on the cluster"""
        return self.engine.handle(call)

    async def clusters_permissions_get(
        self,
        call: Call,
        cluster_id: str,
        permission_id: str,
    ) -> Reply:
        """GET clusters/{cluster:id}/permissions/{permission:id}: get the cluster permission"""
        return self.engine.handle(call)

    async def clusters_permissions_delete(
        self,
        call: Call,
        cluster_id: str,
        permission_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE clusters/{cluster:id}/permissions/{permission:id}: delete the specified cluster
        permission
        """
        return self.engine.handle(call)

    async def networks_list(
        self,
        call: Call,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET networks: get a list of logical networks"""
        return self.engine.handle(call)

    async def networks_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST networks: add a new logical network"""
        return self.engine.handle(call)

    async def networks_get(
        self,
        call: Call,
        network_id: str,
    ) -> Reply:
        """GET networks/{network:id}: get the logical network"""
        return self.engine.handle(call)

    async def networks_update(
        self,
        call: Call,
        network_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT networks/{network:id}: update the specified logical network"""
        return self.engine.handle(call)

    async def networks_delete(
        self,
        call: Call,
        network_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE networks/{network:id}: delete the specified logical network"""
        return self.engine.handle(call)

    async def networks_vnicprofiles_list(
        self,
        call: Call,
        network_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET networks/{network:id}/vnicprofiles: get a list of VNIC profiles of the network"""
        return self.engine.handle(call)

    async def networks_vnicprofiles_add(
        self,
        call: Call,
        network_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST networks/{network:id}/vnicprofiles: add a new VNIC profile"""
        return self.engine.handle(call)

    async def networks_vnicprofiles_get(
        self,
        call: Call,
        network_id: str,
        vnicprofile_id: str,
    ) -> Reply:
        """GET networks/{network:id}/vnicprofiles/{vnicprofile:id}: get the VNIC profile"""
        return self.engine.handle(call)

    async def networks_vnicprofiles_delete(
        self,
        call: Call,
        network_id: str,
        vnicprofile_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE networks/{network:id}/vnicprofiles/{vnicprofile:id}: delete the specified VNIC
        profile
        """
        return self.engine.handle(call)

    async def hosts_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET hosts: get a list of hosts"""
        return self.engine.handle(call)

    async def hosts_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts: add a new host"""
        return self.engine.handle(call)

    async def hosts_get(
        self,
        call: Call,
        host_id: str,
    ) -> Reply:
        """GET hosts/{host:id}: get the host"""
        return self.engine.handle(call)

    async def hosts_update(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT hosts/{host:id}: update the specified host"""
        return self.engine.handle(call)

    async def hosts_delete(
        self,
        call: Call,
        host_id: str,
        *,
        async_: bool | None = None,
        force: bool | None = None,
    ) -> Reply:
        """DELETE hosts/{host:id}: delete the specified host"""
        return self.engine.handle(call)

    async def hosts_install(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/install: install VDSM and related software on the host"""
        return self.engine.handle(call)

    async def hosts_activate(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/activate: activate the host for use"""
        return self.engine.handle(call)

    async def hosts_deactivate(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/deactivate: deactivate the host to perform maintenance tasks"""
        return self.engine.handle(call)

    async def hosts_approve(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/approve: approve a pre-installed host for use in a cluster"""
        return self.engine.handle(call)

    async def hosts_fence(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/fence: control the power management device of the host"""
        return self.engine.handle(call)

    async def hosts_commitnetconfig(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/commitnetconfig: persist the current network configuration of the
        host
        """
        return self.engine.handle(call)

    async def hosts_forceselectspm(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/forceselectspm: manually set the host as storage pool manager (SPM)"""
        return self.engine.handle(call)

    async def hosts_iscsidiscover(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/iscsidiscover: discover iSCSI targets reachable from the host"""
        return self.engine.handle(call)

    async def hosts_iscsilogin(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/iscsilogin: log the host into an iSCSI target"""
        return self.engine.handle(call)

    async def hosts_nics_list(
        self,
        call: Call,
        host_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET hosts/{host:id}/nics: get a list of network interfaces of the host"""
        return self.engine.handle(call)

    async def hosts_nics_get(
        self,
        call: Call,
        host_id: str,
        nic_id: str,
    ) -> Reply:
        """GET hosts/{host:id}/nics/{nic:id}: get the host network interface"""
        return self.engine.handle(call)

    async def hosts_tags_list(
        self,
        call: Call,
        host_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET hosts/{host:id}/tags: get a list of tags associated with the host"""
        return self.engine.handle(call)

    async def hosts_tags_add(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/tags: add a new tag association (tag the host)"""
        return self.engine.handle(call)

    async def hosts_tags_get(
        self,
        call: Call,
        host_id: str,
        tag_id: str,
    ) -> Reply:
        """GET hosts/{host:id}/tags/{tag:id}: get the host tag"""
        return self.engine.handle(call)

    async def hosts_tags_delete(
        self,
        call: Call,
        host_id: str,
        tag_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE hosts/{host:id}/tags/{tag:id}: delete the specified host tag association"""
        return self.engine.handle(call)

    async def hosts_permissions_list(
        self,
        call: Call,
        host_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET hosts/{host:id}/permissions: get a list of permissions on the host"""
        return self.engine.handle(call)

    async def hosts_permissions_add(
        self,
        call: Call,
        host_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST hosts/{host:id}/permissions: add a new permission on the host"""
        return self.engine.handle(call)

    async def hosts_permissions_get(
        self,
        call: Call,
        host_id: str,
        permission_id: str,
    ) -> Reply:
        """GET hosts/{host:id}/permissions/{permission:id}: get the host permission"""
        return self.engine.handle(call)

    async def hosts_permissions_delete(
        self,
        call: Call,
        host_id: str,
        permission_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE hosts/{host:id}/permissions/{permission:id}: delete the specified host permission"""
        return self.engine.handle(call)

    async def cpuprofiles_list(
        self,
        call: Call,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET cpuprofiles: get a list of CPU profiles"""
        return self.engine.handle(call)

    async def cpuprofiles_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST cpuprofiles: add a new CPU profile"""
        return self.engine.handle(call)

    async def cpuprofiles_get(
        self,
        call: Call,
        cpuprofile_id: str,
    ) -> Reply:
        """GET cpuprofiles/{cpuprofile:id}: get the CPU profile"""
        return self.engine.handle(call)

    async def cpuprofiles_update(
        self,
        call: Call,
        cpuprofile_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT cpuprofiles/{cpuprofile:id}: update the specified CPU profile"""
        return self.engine.handle(call)

    async def cpuprofiles_delete(
        self,
        call: Call,
        cpuprofile_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE cpuprofiles/{cpuprofile:id}: delete the specified CPU profile"""
        return self.engine.handle(call)

    async def storagedomains_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET storagedomains: get a list of storage domains"""
        return self.engine.handle(call)

    async def storagedomains_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST storagedomains: add a new storage domain"""
        return self.engine.handle(call)

    async def storagedomains_get(
        self,
        call: Call,
        storagedomain_id: str,
    ) -> Reply:
        """GET storagedomains/{storagedomain:id}: get the storage domain"""
        return self.engine.handle(call)

    async def storagedomains_update(
        self,
        call: Call,
        storagedomain_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT storagedomains/{storagedomain:id}: update the specified storage domain"""
        return self.engine.handle(call)

    async def storagedomains_delete(
        self,
        call: Call,
        storagedomain_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE storagedomains/{storagedomain:id}: delete the specified storage domain"""
        return self.engine.handle(call)

    async def storagedomains_files_list(
        self,
        call: Call,
        storagedomain_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET storagedomains/{storagedomain:id}/files: get a list of files (ISO and floppy images)
        of the storage domain
        """
        return self.engine.handle(call)

    async def storagedomains_files_get(
        self,
        call: Call,
        storagedomain_id: str,
        file_id: str,
    ) -> Reply:
        """GET storagedomains/{storagedomain:id}/files/{file:id}: get the file"""
        return self.engine.handle(call)

    async def vms_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET vms: get a list of virtual machines"""
        return self.engine.handle(call)

    async def vms_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST vms: add a new virtual machine"""
        return self.engine.handle(call)

    async def vms_get(
        self,
        call: Call,
        vm_id: str,
    ) -> Reply:
        """GET vms/{vm:id}: get the virtual machine"""
        return self.engine.handle(call)

    async def vms_update(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT vms/{vm:id}: update the specified virtual machine"""
        return self.engine.handle(call)

    async def vms_delete(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element | None,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}: delete the specified virtual machine"""
        return self.engine.handle(call)

    async def vms_start(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/start: start the virtual machine"""
        return self.engine.handle(call)

    async def vms_stop(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/stop: force the virtual machine to power off"""
        return self.engine.handle(call)

    async def vms_shutdown(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/shutdown: send a shutdown request to the virtual machine"""
        return self.engine.handle(call)

    async def vms_suspend(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/suspend: save the virtual machine state to disk and stop it"""
        return self.engine.handle(call)

    async def vms_reboot(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/reboot: send a reboot request to the virtual machine"""
        return self.engine.handle(call)

    async def vms_migrate(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/migrate: migrate the virtual machine to another host"""
        return self.engine.handle(call)

    async def vms_cancelmigration(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/cancelmigration: stop an ongoing migration of the virtual machine"""
        return self.engine.handle(call)

    async def vms_export(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/export: export the virtual machine to an export storage domain"""
        return self.engine.handle(call)

    async def vms_ticket(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/ticket: generate a time-limited display access ticket"""
        return self.engine.handle(call)

    async def vms_detach(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/detach: detach the virtual machine from its pool"""
        return self.engine.handle(call)

    async def vms_logon(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/logon: enable user logon from an external console"""
        return self.engine.handle(call)

    async def vms_freezefilesystems(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/freezefilesystems: freeze the guest filesystems through the guest agent"""
        return self.engine.handle(call)

    async def vms_thawfilesystems(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/thawfilesystems: thaw the guest filesystems through the guest agent"""
        return self.engine.handle(call)

    async def vms_nics_list(
        self,
        call: Call,
        vm_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET vms/{vm:id}/nics: get a list of network interfaces of the virtual machine"""
        return self.engine.handle(call)

    async def vms_nics_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/nics: add a new virtual network interface"""
        return self.engine.handle(call)

    async def vms_nics_get(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/nics/{nic:id}: get the virtual network interface"""
        return self.engine.handle(call)

    async def vms_nics_update(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT vms/{vm:id}/nics/{nic:id}: update the specified virtual network interface"""
        return self.engine.handle(call)

    async def vms_nics_delete(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}/nics/{nic:id}: delete the specified virtual network interface"""
        return self.engine.handle(call)

    async def vms_nics_activate(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/nics/{nic:id}/activate: plug the network interface into the virtual
        machine
        """
        return self.engine.handle(call)

    async def vms_nics_deactivate(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/nics/{nic:id}/deactivate: unplug the network interface from the virtual
        machine
        """
        return self.engine.handle(call)

    async def vms_disks_list(
        self,
        call: Call,
        vm_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET vms/{vm:id}/disks: get a list of disks of the virtual machine"""
        return self.engine.handle(call)

    async def vms_disks_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/disks: add a new disk"""
        return self.engine.handle(call)

    async def vms_disks_get(
        self,
        call: Call,
        vm_id: str,
        disk_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/disks/{disk:id}: get the virtual machine disk"""
        return self.engine.handle(call)

    async def vms_disks_update(
        self,
        call: Call,
        vm_id: str,
        disk_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT vms/{vm:id}/disks/{disk:id}: update the specified virtual machine disk"""
        return self.engine.handle(call)

    async def vms_disks_delete(
        self,
        call: Call,
        vm_id: str,
        disk_id: str,
        *,
        body: Element | None,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}/disks/{disk:id}: delete the specified virtual machine disk"""
        return self.engine.handle(call)

    async def vms_disks_activate(
        self,
        call: Call,
        vm_id: str,
        disk_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/disks/{disk:id}/activate: activate (hot plug) the disk"""
        return self.engine.handle(call)

    async def vms_disks_deactivate(
        self,
        call: Call,
        vm_id: str,
        disk_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/disks/{disk:id}/deactivate: deactivate (hot unplug) the disk"""
        return self.engine.handle(call)

    async def vms_cdroms_list(
        self,
        call: Call,
        vm_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET vms/{vm:id}/cdroms: get a list of CD-ROM devices of the virtual machine"""
        return self.engine.handle(call)

    async def vms_cdroms_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/cdroms: add a new CD-ROM with an ISO image attached"""
        return self.engine.handle(call)

    async def vms_cdroms_get(
        self,
        call: Call,
        vm_id: str,
        cdrom_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/cdroms/{cdrom:id}: get the CD-ROM device"""
        return self.engine.handle(call)

    async def vms_cdroms_update(
        self,
        call: Call,
        vm_id: str,
        cdrom_id: str,
        *,
        body: Element,
        current: bool | None = None,
    ) -> Reply:
        """PUT vms/{vm:id}/cdroms/{cdrom:id}: update the specified CD-ROM device (change or eject the
        ISO image)
        """
        return self.engine.handle(call)

    async def vms_cdroms_delete(
        self,
        call: Call,
        vm_id: str,
        cdrom_id: str,
    ) -> Reply:
        """DELETE vms/{vm:id}/cdroms/{cdrom:id}: delete the specified CD-ROM device"""
        return self.engine.handle(call)

    async def vms_snapshots_list(
        self,
        call: Call,
        vm_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET vms/{vm:id}/snapshots: get a list of snapshots of the virtual machine"""
        return self.engine.handle(call)

    async def vms_snapshots_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/snapshots: add a new snapshot"""
        return self.engine.handle(call)

    async def vms_snapshots_get(
        self,
        call: Call,
        vm_id: str,
        snapshot_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/snapshots/{snapshot:id}: get the snapshot"""
        return self.engine.handle(call)

    async def vms_snapshots_delete(
        self,
        call: Call,
        vm_id: str,
        snapshot_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}/snapshots/{snapshot:id}: delete the specified snapshot"""
        return self.engine.handle(call)

    async def vms_tags_list(
        self,
        call: Call,
        vm_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET vms/{vm:id}/tags: get a list of tags associated with the virtual machine"""
        return self.engine.handle(call)

    async def vms_tags_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/tags: add a new tag association (tag the virtual machine)"""
        return self.engine.handle(call)

    async def vms_tags_get(
        self,
        call: Call,
        vm_id: str,
        tag_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/tags/{tag:id}: get the virtual machine tag"""
        return self.engine.handle(call)

    async def vms_tags_delete(
        self,
        call: Call,
        vm_id: str,
        tag_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}/tags/{tag:id}: delete the specified virtual machine tag association"""
        return self.engine.handle(call)

    async def vms_permissions_list(
        self,
        call: Call,
        vm_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET vms/{vm:id}/permissions: get a list of permissions on the virtual machine"""
        return self.engine.handle(call)

    async def vms_permissions_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/permissions: add a new permission on the virtual machine"""
        return self.engine.handle(call)

    async def vms_permissions_get(
        self,
        call: Call,
        vm_id: str,
        permission_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/permissions/{permission:id}: get the virtual machine permission"""
        return self.engine.handle(call)

    async def vms_permissions_delete(
        self,
        call: Call,
        vm_id: str,
        permission_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}/permissions/{permission:id}: delete the specified virtual machine
        permission
        """
        return self.engine.handle(call)

    async def disks_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET disks: get a list of disks"""
        return self.engine.handle(call)

    async def disks_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST disks: add a new floating disk"""
        return self.engine.handle(call)

    async def disks_get(
        self,
        call: Call,
        disk_id: str,
    ) -> Reply:
        """GET disks/{disk:id}: get the disk"""
        return self.engine.handle(call)

    async def disks_delete(
        self,
        call: Call,
        disk_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE disks/{disk:id}: delete the specified disk"""
        return self.engine.handle(call)

    async def templates_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET templates: get a list of templates"""
        return self.engine.handle(call)

    async def templates_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST templates: add a new template"""
        return self.engine.handle(call)

    async def templates_get(
        self,
        call: Call,
        template_id: str,
    ) -> Reply:
        """GET templates/{template:id}: get the template"""
        return self.engine.handle(call)

    async def templates_update(
        self,
        call: Call,
        template_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT templates/{template:id}: update the specified template"""
        return self.engine.handle(call)

    async def templates_delete(
        self,
        call: Call,
        template_id: str,
        *,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE templates/{template:id}: delete the specified template"""
        return self.engine.handle(call)

    async def templates_export(
        self,
        call: Call,
        template_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST templates/{template:id}/export: export the template to an export storage domain"""
        return self.engine.handle(call)

    async def templates_disks_list(
        self,
        call: Call,
        template_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET templates/{template:id}/disks: get a list of disks of the template"""
        return self.engine.handle(call)

    async def templates_disks_get(
        self,
        call: Call,
        template_id: str,
        disk_id: str,
    ) -> Reply:
        """GET templates/{template:id}/disks/{disk:id}: get the template disk"""
        return self.engine.handle(call)

    async def templates_nics_list(
        self,
        call: Call,
        template_id: str,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET templates/{template:id}/nics: get a list of network interfaces of the template"""
        return self.engine.handle(call)

    async def templates_nics_get(
        self,
        call: Call,
        template_id: str,
        nic_id: str,
    ) -> Reply:
        """GET templates/{template:id}/nics/{nic:id}: get the template network interface"""
        return self.engine.handle(call)

    async def tags_list(
        self,
        call: Call,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET tags: get a list of tags"""
        return self.engine.handle(call)

    async def tags_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST tags: add a new tag"""
        return self.engine.handle(call)

    async def tags_get(
        self,
        call: Call,
        tag_id: str,
    ) -> Reply:
        """GET tags/{tag:id}: get the tag"""
        return self.engine.handle(call)

    async def tags_update(
        self,
        call: Call,
        tag_id: str,
        *,
        body: Element,
    ) -> Reply:
        """PUT tags/{tag:id}: update the specified tag"""
        return self.engine.handle(call)

    async def tags_delete(
        self,
        call: Call,
        tag_id: str,
    ) -> Reply:
        """DELETE tags/{tag:id}: delete the specified tag"""
        return self.engine.handle(call)

    async def events_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        from_: int | None = None,
    ) -> Reply:
        """GET events: get a list of events, optionally only those after a given event id"""
        return self.engine.handle(call)

    async def events_get(
        self,
        call: Call,
        event_id: str,
    ) -> Reply:
        """GET events/{event:id}: get the event"""
        return self.engine.handle(call)

    async def users_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET users: get a list of users"""
        return self.engine.handle(call)

    async def users_get(
        self,
        call: Call,
        user_id: str,
    ) -> Reply:
        """GET users/{user:id}: get the user"""
        return self.engine.handle(call)

    async def roles_list(
        self,
        call: Call,
        *,
        max: int | None = None,
    ) -> Reply:
        """GET roles: get a list of roles"""
        return self.engine.handle(call)

    async def roles_get(
        self,
        call: Call,
        role_id: str,
    ) -> Reply:
        """GET roles/{role:id}: get the role"""
        return self.engine.handle(call)
