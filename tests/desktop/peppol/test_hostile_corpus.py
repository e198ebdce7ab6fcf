"""Hostile input is refused safely: a clear error code, no crash, no network, no blow-up.

The files are in ``corpus/`` (made by ``corpus/make_corpus.py``); every file there must
have a row in ``EXPECTED``.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.catalogue_validation import validate_catalogue
from desktop.peppol.conformance import check_document
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.safe_xml import CHUNK_SIZE, pull_parser
from tests.fixtures.peppol_docs import catalogue_bytes

CORPUS = Path(__file__).parent / "corpus"

EXPECTED: dict[str, str] = {
    "xxe_file.xml": "xml_doctype",
    "xxe_http.xml": "xml_doctype",
    "xxe_parameter_entity.xml": "xml_doctype",
    "billion_laughs.xml": "xml_doctype",
    "external_dtd.xml": "xml_doctype",
    "doctype_after_comment.xml": "xml_doctype",
    "undeclared_entity.xml": "xml_entity",
    "xinclude.xml": "xml_xinclude",
    "truncated.xml": "xml_syntax",
    "empty.xml": "xml_syntax",
    "not_xml.xml": "xml_syntax",
    "wrong_root_invoice.xml": "wrong_document",
    "wrong_namespace.xml": "wrong_document",
    "no_namespace.xml": "wrong_document",
    "utf8_declared_latin1_bytes.xml": "xml_encoding",
    "utf16.xml": "xml_encoding",
    "deep_nesting.xml": "xml_too_deep",
    "huge_text_node.xml.gz": "element_too_large",
    "gzip_bomb.xml.gz": "element_too_large",
    "gzip_truncated.xml.gz": "gzip_invalid",
}


def test_every_corpus_file_has_an_expectation() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.suffix != ".py" and p.is_file()}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reader_refuses_with_the_expected_code(name: str) -> None:
    with (
        pytest.raises(PeppolDocumentError) as caught,
        read_catalogue(CORPUS / name, supplier_id="s-1") as doc,
    ):
        list(doc)
    assert caught.value.code == "peppol_invalid"
    assert [e.code for e in caught.value.errors] == [EXPECTED[name]]
    assert caught.value.errors[0].message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validation_reports_the_same_single_error(name: str) -> None:
    report = validate_catalogue(CORPUS / name)
    assert [e.code for e in report.errors] == [EXPECTED[name]]
    assert not report.valid


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_conformance_check_refuses_the_same_way(name: str) -> None:
    """The official-rules check reads through the same safeguards: unsafe bytes raise;
    a readable document of the wrong kind is checked and does not conform."""
    if EXPECTED[name] == "wrong_document":
        assert not check_document(CORPUS / name).conforms
        return
    with pytest.raises(PeppolDocumentError) as caught:
        check_document(CORPUS / name)
    # the whole-document parser meets a huge text node before any per-element limit
    same = {"element_too_large": {"element_too_large", "xml_huge_text"}}
    assert caught.value.errors[0].code in same.get(EXPECTED[name], {EXPECTED[name]})
    assert len(caught.value.errors) == 1


class _Endless(io.RawIOBase):
    """A stream that never ends; counts what was taken from it."""

    def __init__(self, head: bytes) -> None:
        self.head = head
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        data = self.head[: len(buffer)] if self.taken < len(self.head) else b" " * len(buffer)
        buffer[: len(data)] = data
        self.taken += len(data)
        return len(data)


def test_size_limit_is_enforced_while_reading() -> None:
    data = catalogue_bytes()
    stream = _Endless(data[: data.index(b"<cac:CatalogueLine>")])
    with pytest.raises(PeppolDocumentError) as caught:
        read_catalogue(stream, supplier_id="s-1", max_bytes=200_000)
    assert [e.code for e in caught.value.errors] == ["too_large"]
    assert stream.taken <= 200_000 + CHUNK_SIZE


def test_size_limit_counts_inflated_bytes_of_gzip() -> None:
    data = catalogue_bytes()
    packed = gzip.compress(data)
    limit = (len(packed) + len(data)) // 2
    with pytest.raises(PeppolDocumentError) as caught:
        read_catalogue(packed, supplier_id="s-1", max_bytes=limit)
    assert [e.code for e in caught.value.errors] == ["too_large"]


def test_endless_header_is_cut_off_without_waiting_for_the_size_limit() -> None:
    stream = _Endless(catalogue_bytes()[:800].rsplit(b"<", 1)[0])
    report = validate_catalogue(stream)
    assert [e.code for e in report.errors] == ["element_too_large"]
    assert stream.taken <= 8 * 1024 * 1024 + 2 * CHUNK_SIZE


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, list[bytes]]]:
    """A loopback TCP server that records every connection made to it."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(0.5)
                seen.append(conn.recv(1024))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server, seen
    stop.set()
    thread.join(timeout=2)
    server.close()


@pytest.mark.parametrize(
    "trap",
    [
        '<!DOCTYPE Catalogue [<!ENTITY x SYSTEM "{url}">]>',
        '<!DOCTYPE Catalogue SYSTEM "{url}">',
        '<!DOCTYPE Catalogue [<!ENTITY % p SYSTEM "{url}"> %p;]>',
    ],
)
def test_no_network_access_is_made(listener: tuple[socket.socket, list[bytes]], trap: str) -> None:
    server, seen = listener
    url = f"http://127.0.0.1:{server.getsockname()[1]}/evil"
    data = catalogue_bytes().replace(b"?>\n", b"?>\n" + trap.format(url=url).encode(), 1)
    assert url.encode() in data
    report = validate_catalogue(data)
    assert [e.code for e in report.errors] == ["xml_doctype"]
    # and the same bytes through a plain lxml parse with our parser options: still no call
    parser = pull_parser()
    parser.feed(data)
    with contextlib.suppress(etree.XMLSyntaxError):  # only the network matters here
        parser.close()
    threading.Event().wait(0.3)
    assert seen == []


def test_external_entity_never_reads_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    trap = f'<!DOCTYPE Catalogue [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'.encode()
    data = catalogue_bytes().replace(b"?>\n", b"?>\n" + trap, 1).replace(b"nr 1<", b"&x;<")
    report = validate_catalogue(data)
    assert [e.code for e in report.errors] == ["xml_doctype"]
    assert "TOP-SECRET" not in repr(report)
