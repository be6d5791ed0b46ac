"""An add whose body is the collection's own type (the RSDL's `GlusterBricks` on `POST .../bricks`) adds each
item it holds and answers that collection, as the RSDL's response type says: the generated client checks the
answer's root element against it, so a lone `<brick>` was an error there."""

from __future__ import annotations

from lxml import etree

import rsdlgen
from rsdlgen.mock.app import create_app
from rsdlgen.mock.seed import CLUSTER
from rsdlgen.targets.server.spec import server_spec
from tests.support.mock_servers import in_process

XML = {"Content-Type": "application/xml", "Accept": "application/xml", "Expect": "201-created"}
VOLUME = (
    b"<gluster_volume><name>v</name><volume_type>distribute</volume_type><bricks><brick>"
    b"<server_id>a</server_id><brick_dir>/a</brick_dir></brick></bricks></gluster_volume>"
)
BRICKS = (
    b"<bricks><brick><server_id>b</server_id><brick_dir>/b</brick_dir></brick>"
    b"<brick><server_id>c</server_id><brick_dir>/c</brick_dir></brick></bricks>"
)


def test_an_add_of_a_collection_adds_each_item_and_answers_the_collection(
    model36: rsdlgen.Model,
) -> None:
    with in_process(create_app(server_spec(model36)), "/ovirt-engine/api") as client:
        volume = client.post(f"clusters/{CLUSTER}/glustervolumes", content=VOLUME, headers=XML)
        assert volume.status_code == 201, volume.text
        bricks = (
            f"clusters/{CLUSTER}/glustervolumes/{etree.fromstring(volume.content).get('id')}/bricks"
        )
        answer = client.post(bricks, content=BRICKS, headers=XML)
        assert answer.status_code == 201, answer.text
        added = etree.fromstring(answer.content)
        assert added.tag == "bricks"
        assert [b.findtext("brick_dir") for b in added.findall("brick")] == ["/b", "/c"]
        listed = etree.fromstring(client.get(bricks, headers=XML).content)
        ids = {b.get("id") for b in listed.findall("brick")}
        assert {b.get("id") for b in added.findall("brick")} <= ids
