"""Issue 21.13: every page of the docs is a file of its own on every file system: type names that differ by
case only or meet once made file-safe are refused in one located line, and device names of Windows are never
file names."""

from __future__ import annotations

from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.errors import InputError
from rsdlgen.targets import docs

RSDL = """<?xml version="1.0"?>
<rsdl href="/api?rsdl" rel="rsdl"><version major="3" minor="6"/><links>
<link href="/api/{collection}" rel="get"><request><http_method>GET</http_method></request>
<response><type>{first}</type></response></link>
</links></rsdl>
"""


def site(
    tmp_path: Path, first: str, second: str, collection: str = "things"
) -> dict[str, str | bytes]:
    types = "".join(
        f'<xs:complexType name="{n}"><xs:sequence><xs:element name="name" type="xs:string" '
        'minOccurs="0"/></xs:sequence></xs:complexType>\n'
        for n in (first, second)
    )
    (tmp_path / "rsdl.xml").write_text(RSDL.format(first=first, collection=collection))
    (tmp_path / "api.xsd").write_text(
        '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
        f"{types}</xs:schema>\n"
    )
    return docs.render(rsdlgen.load(tmp_path / "rsdl.xml", tmp_path / "api.xsd"))


@pytest.mark.parametrize("first, second", [("Cluster", "Clusteré"), ("VM", "Vm"), ("a b", "a-b")])
def test_types_that_would_share_a_page_are_refused_in_one_located_line(
    tmp_path: Path, first: str, second: str
) -> None:
    with pytest.raises(InputError) as refused:
        site(tmp_path, first, second)
    message = str(refused.value)
    assert "\n" not in message and message.startswith(f"{tmp_path / 'api.xsd'}:4: error: types ")
    assert "would share the page" in message


@pytest.mark.parametrize("device", ["CON", "nul", "Aux", "COM1", "lpt9"])
def test_a_device_name_of_windows_is_no_file_name(tmp_path: Path, device: str) -> None:
    files = site(tmp_path, device, "Other", collection=device.lower())
    stems = {Path(path).name.split(".")[0].lower() for path in files}
    assert device.lower() not in stems
    assert f"types/{device}_.html" in files and f"resources/{device.lower()}_.html" in files
    lowered = [path.lower() for path in files]
    assert len(lowered) == len(set(lowered))
