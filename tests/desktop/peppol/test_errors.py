"""Error messages about a document stay short, whatever the exception or parser said."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from desktop.peppol.catalogue_validation import validate_catalogue
from desktop.peppol.check import main as check_main
from desktop.peppol.errors import MESSAGE_MAX, DocumentError, PeppolDocumentError
from desktop.peppol.safe_xml import parse_document
from tests.fixtures.peppol_docs import catalogue_bytes, sample_lines

CATALOGUE_NS = b"urn:oasis:names:specification:ubl:schema:xsd:Catalogue-2"


def _corrupt_gzips() -> dict[str, bytes]:
    whole = gzip.compress(catalogue_bytes(sample_lines(200)))
    body = bytearray(whole)
    body[20:60] = bytes(range(40))  # the deflate stream damaged
    return {
        "cut short": whole[: len(whole) // 2],
        "damaged data": bytes(body),
        "bad checksum": whole[:-8] + b"\0\0\0\0" + whole[-4:],
        "junk after it": whole + bytes(range(256)) * 40,
        # the parser quotes a 20,000-character tag name back in its message
        "long tag name": gzip.compress(
            b'<Catalogue xmlns="' + CATALOGUE_NS + b'"><' + b"a" * 20_000 + b"></b></Catalogue>"
        ),
    }


@pytest.mark.parametrize("name", list(_corrupt_gzips()))
def test_a_corrupt_gzip_gets_a_short_message(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _corrupt_gzips()[name]
    report = validate_catalogue(data)
    assert report.errors and not report.valid
    assert all(len(e.message) <= MESSAGE_MAX for e in report.errors), report.errors
    with pytest.raises(PeppolDocumentError) as caught:
        parse_document(data)
    assert len(caught.value.message) <= MESSAGE_MAX
    assert len(caught.value.errors[0].message) <= MESSAGE_MAX
    path = tmp_path / "catalogue.xml.gz"
    path.write_bytes(data)
    assert check_main([str(path)]) == 2
    printed = json.loads(capsys.readouterr().out)
    assert all(len(e["message"]) <= MESSAGE_MAX for e in printed["errors"])


def test_the_parser_message_is_cut_and_says_so() -> None:
    report = validate_catalogue(_corrupt_gzips()["long tag name"])
    (error,) = report.errors
    assert error.code == "xml_syntax"
    assert error.message.startswith("Opening and ending tag mismatch: aaaa")
    assert len(error.message) == MESSAGE_MAX and error.message.endswith("…")


def test_an_exception_holding_the_whole_file_is_cut() -> None:
    whole = gzip.compress(catalogue_bytes())
    text = f"the gzip data is damaged: {OSError(whole)}"
    assert len(text) > 1000
    error = DocumentError(None, None, "", "gzip_invalid", text)
    assert len(error.message) == MESSAGE_MAX and error.message.startswith("the gzip data")
    refused = PeppolDocumentError([error])
    assert len(refused.message) <= MESSAGE_MAX
    assert DocumentError(None, 3, "Item/Name", "x", "short").message == "short"
