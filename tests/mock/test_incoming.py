"""The request headers as the engine reads them (`rsdlgen.mock.incoming.Headers`): any case, first value."""

from __future__ import annotations

from rsdlgen.mock.incoming import Headers


def test_headers_are_found_in_any_case_and_a_repeated_one_is_its_first_value() -> None:
    headers = Headers(
        [(b"accept", b"application/json"), (b"All-Content", b"true"), (b"accept", b"x")]
    )
    assert headers["Accept"] == headers.get("ACCEPT") == "application/json"
    assert headers.get("all-content") == "true" and "All-CONTENT" in headers
    assert headers.get("expect") is None and headers.get("expect", "") == ""
    assert "expect" not in headers and 1 not in headers
    assert dict(headers) == {"accept": "application/json", "all-content": "true"}
