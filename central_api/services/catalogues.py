"""Publishing and serving suppliers' PEPPOL catalogues.

A published catalogue is checked against the UBL schema and the official PEPPOL BIS 3
rules (``check_catalogue``: streamed, a chunk of lines at a time), then read in one
streaming pass for what the server itself requires (the provider is the supplier, every
agreement a line names is one of the municipality's with this supplier on it). Any
fatal or error finding refuses the whole document and nothing is stored; otherwise it
replaces the supplier's previous one, kept gzip-compressed with a strong ETag over the
stored bytes. Warnings never refuse.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.errors import not_found
from central_api.models import AgreementRow, SupplierRow, utcnow
from central_api.models.find import CatalogueDocumentRow
from central_api.schemas.find import CatalogueInfo
from desktop.domain.catalogue import CatalogueLine
from desktop.peppol.catalogue_conformance import check_catalogue as check_official_rules
from desktop.peppol.catalogue_stream import CatalogueStream
from desktop.peppol.catalogue_writer import CatalogueHeader
from desktop.peppol.conformance import Finding, avrop_error
from desktop.peppol.errors import DocumentError, PeppolDocumentError

MAX_UPLOAD_BYTES = 512 * 1024 * 1024  # as sent (gzip or plain XML)
MAX_XML_BYTES = 512 * 1024 * 1024  # once inflated (the reader's own limit)
GZIP_MAGIC = b"\x1f\x8b"
MAX_LISTED_ERRORS = 1000


class CatalogueRejected(Exception):
    """The document is not a valid catalogue for this supplier; nothing was stored."""

    def __init__(self, errors: Sequence[DocumentError | Finding]) -> None:
        super().__init__(errors[0].message if errors else "invalid catalogue")
        self.errors: tuple[Finding, ...] = tuple(
            avrop_error(e) if isinstance(e, DocumentError) else e for e in errors
        )


@dataclass(frozen=True)
class Checked:
    header: CatalogueHeader
    line_count: int


def info_of(row: CatalogueDocumentRow) -> CatalogueInfo:
    return CatalogueInfo(
        supplier_id=row.supplier_id,
        etag=row.etag,
        catalogue_id=row.catalogue_id,
        line_count=row.line_count,
        xml_bytes=row.xml_bytes,
        published_at=row.published_at,
    )


def municipality_supplier(session: Session, municipality_id: str, supplier_id: str) -> SupplierRow:
    supplier = session.get(SupplierRow, supplier_id)
    if supplier is None or supplier.municipality_id != municipality_id:
        raise not_found("Unknown supplier", "supplier_id")
    return supplier


def list_catalogues(session: Session, municipality_id: str) -> list[CatalogueInfo]:
    rows = session.scalars(
        select(CatalogueDocumentRow)
        .where(CatalogueDocumentRow.municipality_id == municipality_id)
        .order_by(CatalogueDocumentRow.supplier_id)
    )
    return [info_of(r) for r in rows]


def stored_catalogue(
    session: Session, municipality_id: str, supplier_id: str
) -> CatalogueDocumentRow:
    municipality_supplier(session, municipality_id, supplier_id)
    row = session.get(CatalogueDocumentRow, supplier_id)
    if row is None:
        raise not_found("This supplier has published no catalogue", "supplier_id")
    return row


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).lower()


def _agreements_of(session: Session, municipality_id: str, supplier_id: str) -> set[str]:
    rows = session.scalars(
        select(AgreementRow).where(AgreementRow.municipality_id == municipality_id)
    )
    return {a.id for a in rows if any(s.supplier_id == supplier_id for s in a.suppliers)}


def _check_lines(
    lines: Iterable[CatalogueLine], allowed: set[str], errors: list[DocumentError]
) -> None:
    for line in lines:
        if line.agreement_id is not None and line.agreement_id not in allowed:
            line_id = (line.line_id or line.seller_item_id).replace("'", "")
            errors.append(
                DocumentError(
                    line.line_id or line.seller_item_id,
                    None,
                    f"/Catalogue[1]/cac:CatalogueLine[cbc:ID='{line_id}']/ReferencedContract/ID",
                    "unknown_agreement",
                    f"agreement {line.agreement_id!r} is not one of this supplier's agreements",
                )
            )


def check_catalogue(
    path: Path, supplier: SupplierRow, agreements: set[str]
) -> tuple[Checked | None, list[DocumentError | Finding]]:
    """Check the document at ``path``: the official rules, then the server's own needs."""
    try:
        verdict = check_official_rules(path, max_bytes=MAX_XML_BYTES)
    except PeppolDocumentError as exc:
        return None, list(exc.errors)
    if not verdict.conforms:
        return None, list(verdict.errors[:MAX_LISTED_ERRORS])
    stream = CatalogueStream(
        path, supplier_id=supplier.id, max_bytes=MAX_XML_BYTES, fail_fast=False
    )
    own: list[DocumentError] = []
    _check_lines(stream.lines(), agreements, own)
    # The rules accepted the document; the reader's own findings about a line (it skips
    # what it cannot use) refuse nothing. Only the header must have been understood.
    errors: list[DocumentError | Finding] = list(own[:MAX_LISTED_ERRORS])
    header = stream.header
    if header is None:
        errors.extend(stream.errors[:MAX_LISTED_ERRORS])
    if header is not None and _digits(header.provider.endpoint_id) != _digits(supplier.endpoint_id):
        errors.insert(
            0,
            DocumentError(
                None,
                None,
                "ProviderParty/EndpointID",
                "wrong_provider",
                f"the catalogue's provider {header.provider.endpoint_id} is not this "
                f"supplier ({supplier.endpoint_id})",
            ),
        )
    if header is None or stream.line_count == 0:
        if not errors:  # the rules accept a catalogue without lines; Avrop has no use for it
            errors.append(
                DocumentError(None, None, "CatalogueLine", "missing", "the catalogue has no lines")
            )
        return None, errors
    return Checked(header, stream.line_count), errors


def _inflated(upload: Path) -> Path:
    """The upload as plain XML: a gzip upload is inflated beside it (size-capped)."""
    with upload.open("rb") as f:
        if f.read(2) != GZIP_MAGIC:
            return upload
    target = upload.with_suffix(".xml")
    written = 0
    try:
        with gzip.open(upload, "rb") as inflated, target.open("wb") as out:
            while chunk := inflated.read(1024 * 1024):
                written += len(chunk)
                if written > MAX_XML_BYTES:
                    raise CatalogueRejected(
                        [
                            DocumentError(
                                None,
                                None,
                                "",
                                "too_large",
                                "the inflated document is larger than 512 MiB",
                            )
                        ]
                    )
                out.write(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise CatalogueRejected(
            [DocumentError(None, None, "", "gzip_invalid", "the gzip data is damaged or cut short")]
        ) from exc
    return target


def _gzip_file(source: Path, target: Path) -> None:
    # mtime 0: the same document always gives the same bytes (and ETag).
    with (
        source.open("rb") as raw,
        target.open("wb") as sink,
        gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=6, mtime=0) as out,
    ):
        shutil.copyfileobj(raw, out, 1024 * 1024)


def publish_catalogue(
    session: Session,
    municipality_id: str,
    supplier_id: str,
    upload: Path,
    published_by: str,
    now: datetime | None = None,
) -> CatalogueInfo:
    """Validate ``upload`` (XML or gzip) and make it the supplier's catalogue.

    Raises :class:`CatalogueRejected` with the errors; the old catalogue stays.
    """
    supplier = municipality_supplier(session, municipality_id, supplier_id)
    agreements = _agreements_of(session, municipality_id, supplier_id)
    xml = _inflated(upload)
    checked, errors = check_catalogue(xml, supplier, agreements)
    if errors or checked is None:
        raise CatalogueRejected(errors)
    stored = upload.with_suffix(".gz")
    _gzip_file(xml, stored)
    blob = stored.read_bytes()
    xml_bytes = xml.stat().st_size
    row = session.get(CatalogueDocumentRow, supplier_id)
    if row is None:
        row = CatalogueDocumentRow(supplier_id=supplier_id, municipality_id=municipality_id)
        session.add(row)
    row.etag = '"' + hashlib.sha256(blob).hexdigest()[:40] + '"'
    row.xml_gzip = blob
    row.xml_bytes = xml_bytes
    row.line_count = checked.line_count
    row.catalogue_id = checked.header.catalogue_id[:200]
    row.published_at = now or utcnow()
    row.published_by = published_by
    session.commit()
    return info_of(row)


def store_catalogue_bytes(
    session: Session,
    municipality_id: str,
    supplier_id: str,
    gzip_blob: bytes,
    xml_bytes: int,
    line_count: int,
    catalogue_id: str,
    published_by: str,
    now: datetime,
) -> None:
    """Store an already-checked gzip document (the demo seed writes its own)."""
    session.merge(
        CatalogueDocumentRow(
            supplier_id=supplier_id,
            municipality_id=municipality_id,
            etag='"' + hashlib.sha256(gzip_blob).hexdigest()[:40] + '"',
            xml_gzip=gzip_blob,
            xml_bytes=xml_bytes,
            line_count=line_count,
            catalogue_id=catalogue_id,
            published_at=now,
            published_by=published_by,
        )
    )
