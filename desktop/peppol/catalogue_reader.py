"""Streaming reader of PEPPOL BIS 3 Catalogue documents (see ``catalogue_stream``)."""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType

from desktop.domain.catalogue import CatalogueLine
from desktop.peppol.catalogue_stream import CatalogueStream
from desktop.peppol.catalogue_writer import CatalogueHeader
from desktop.peppol.errors import DocumentError, PeppolDocumentError
from desktop.peppol.safe_xml import DEFAULT_MAX_BYTES, Source


class CatalogueDocument:
    """A catalogue being read: ``header`` now, ``lines`` as they are parsed.

    Iterating ``lines`` raises :class:`PeppolDocumentError` at the first bad line, so
    apply the lines in one transaction. Use as a context manager (or exhaust ``lines``)
    to close a file opened from a path.
    """

    def __init__(
        self,
        header: CatalogueHeader,
        lines: Iterator[CatalogueLine],
        refused_pictures: list[str] | None = None,
    ) -> None:
        self.header = header
        self.lines = lines
        # IDs of the lines whose embedded picture was refused (too large, not a picture),
        # filled in as ``lines`` are read; the lines themselves are kept
        self.refused_pictures: list[str] = refused_pictures if refused_pictures is not None else []

    def __iter__(self) -> Iterator[CatalogueLine]:
        return self.lines

    def close(self) -> None:
        close = getattr(self.lines, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> CatalogueDocument:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def read_catalogue(
    source: Source,
    *,
    supplier_id: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    default_currency: str = "SEK",
) -> CatalogueDocument:
    """Start reading a catalogue: the header is read and checked now, the lines lazily.

    ``source`` is a path, bytes, or a binary stream (gzip is inflated). Every line gets
    ``supplier_id``; lines without a price get ``default_currency``, and lines without an
    agreement of their own the header's. Raises :class:`PeppolDocumentError` (code
    ``peppol_invalid``) at the first problem, here for the header, later for a line.
    """
    stream = CatalogueStream(
        source,
        supplier_id=supplier_id,
        max_bytes=max_bytes,
        default_currency=default_currency,
    )
    lines = stream.lines()
    first = next(lines, None)
    if stream.header is None or first is None:  # cannot happen: each gap raised above
        raise PeppolDocumentError([DocumentError(None, None, "", "missing", "no header")])
    return CatalogueDocument(stream.header, _chain(first, lines), stream.refused_pictures)


def _chain(first: CatalogueLine, rest: Iterator[CatalogueLine]) -> Iterator[CatalogueLine]:
    try:
        yield first
        yield from rest
    finally:
        close = getattr(rest, "close", None)
        if close is not None:
            close()
