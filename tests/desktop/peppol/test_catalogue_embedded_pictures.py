"""Pictures embedded in catalogue lines (``ItemSpecificationDocumentReference/Attachment/
EmbeddedDocumentBinaryObject``): written so that the XSD and the official PEPPOL rules
pass, read back to the same ``data:`` reference, and an over-size or non-picture blob
refused before it is decoded, counted, the line and the rest of the catalogue kept."""

from __future__ import annotations

import base64
import io
from dataclasses import replace

from lxml import etree
from PIL import Image

from desktop.domain.picture import (
    MAX_PICTURE_BYTES,
    embedded_picture,
    embedded_picture_ref,
    picture_key,
    picture_refusal,
)
from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.conformance import check_document
from tests.fixtures.official_rules import rule_errors
from tests.fixtures.peppol_docs import catalogue_bytes, sample_header, sample_lines


def real_png(size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 140, 90)).save(out, format="PNG")
    return out.getvalue()


def embedded_ref(data: bytes, mime: str = "image/png") -> str:
    ref = embedded_picture_ref(mime, base64.b64encode(data).decode())
    assert ref is not None
    return ref


def _read(data: bytes) -> tuple[list[tuple[str, ...]], list[str]]:
    with read_catalogue(data, supplier_id="s") as document:
        refs = [line.image_refs for line in document.lines]
        return refs, document.refused_pictures


def test_an_embedded_picture_is_written_conforming_and_read_back() -> None:
    picture = real_png()
    ref = embedded_ref(picture)
    lines = sample_lines(3)
    lines[1] = replace(lines[1], image_refs=(ref,))
    data = catalogue_bytes(lines, sample_header())
    binary = etree.fromstring(data).find(f".//{u.cbc('EmbeddedDocumentBinaryObject')}")
    assert binary is not None and binary.get("mimeCode") == "image/png"
    assert base64.b64decode(binary.text or "") == picture
    assert rule_errors(data) == []
    assert check_document(data).conforms, check_document(data).errors
    refs, refused = _read(data)
    assert refs[1] == (ref,) and refused == []
    decoded = embedded_picture(refs[1][0])
    assert decoded == ("image/png", picture) and picture_refusal(picture) is None
    assert picture_key(ref).startswith("embedded:") and len(picture_key(ref)) < 50


def test_a_changed_picture_gets_another_key() -> None:
    assert picture_key(embedded_ref(real_png())) != picture_key(embedded_ref(real_png((41, 30))))


def _with_blob(data: bytes, text: str, mime: str = "image/png") -> bytes:
    """``data`` with the first line's embedded picture replaced by ``text``."""
    root = etree.fromstring(data)
    binary = root.find(f".//{u.cbc('EmbeddedDocumentBinaryObject')}")
    assert binary is not None
    binary.text = text
    binary.set("mimeCode", mime)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_an_over_size_or_foreign_blob_is_refused_counted_and_the_rest_kept() -> None:
    good = embedded_ref(real_png())
    lines = [replace(line, image_refs=(good,)) for line in sample_lines(3)]
    data = catalogue_bytes(lines, sample_header())
    huge = "AAAA" * (MAX_PICTURE_BYTES // 3 + 30_000)  # decodes to more than the cap
    for text, mime in ((huge, "image/png"), (base64.b64encode(b"%PDF-1.7").decode(), "x/y")):
        refs, refused = _read(_with_blob(data, text, mime))
        assert refs == [(), (good,), (good,)]  # the line is kept, without its picture
        assert refused == [lines[0].line_id or lines[0].seller_item_id]
