"""Reading untrusted XML safely: size limits while reading, no DTDs, no entities, no network.

Every document Avrop reads goes through :class:`ByteChunks` (which opens the source,
inflates gzip, counts bytes, inspects the prolog) and a parser from :func:`pull_parser`.
A ``<!DOCTYPE`` is refused outright, so no entity can be declared, expanded or fetched;
XInclude is never processed and its namespace is refused. Any ASCII-compatible encoding
the XML declaration names is read (libxml2 decodes it); UTF-16/32 are refused.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, cast

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.errors import DocumentError, PeppolDocumentError

CHUNK_SIZE = 64 * 1024
MAX_PROLOG = 64 * 1024
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_XINCLUDE = u.XINCLUDE_NS.encode()
_ENCODING_RE = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
_PROBE = "<?xml encoding='x'?><a/>"

Source = Path | str | bytes | IO[bytes]


def fail(code: str, message: str, *, field: str = "", xml_line: int | None = None) -> None:
    """Raise a one-error :class:`PeppolDocumentError` about the document as a whole."""
    raise PeppolDocumentError([DocumentError(None, xml_line, field, code, message)])


class _Prepended:
    """A stream of ``head`` followed by the rest of ``raw`` (to put back sniffed bytes)."""

    def __init__(self, head: bytes, raw: IO[bytes]) -> None:
        self._head = head
        self._raw = raw

    def read(self, size: int = -1, /) -> bytes:
        if self._head:
            cut = len(self._head) if size < 0 else size
            data, self._head = self._head[:cut], self._head[cut:]
            return data
        return self._raw.read(size)

    def seek(self, offset: int, /) -> int:
        raise io.UnsupportedOperation("a document stream is read once, forward")


class ByteChunks:
    """The decoded bytes of a document in chunks, refused as soon as a limit is crossed.

    ``source`` is a path, the bytes themselves, or a binary stream (not closed here).
    Gzip input is inflated and ``max_bytes`` counts the inflated bytes, so a gzip bomb
    stops at the limit. Errors are raised as :class:`PeppolDocumentError`.
    """

    def __init__(self, source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self._source = source
        self.max_bytes = max_bytes
        self.bytes_read = 0
        self._owned: IO[bytes] | None = None
        self.root_tag: str | None = None  # known once the first chunk is out

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def _open(self) -> Any:
        source = self._source
        if isinstance(source, bytes):
            return io.BytesIO(source)
        if isinstance(source, (str, Path)):
            try:
                self._owned = open(source, "rb")  # noqa: SIM115 - closed by close()
            except OSError as exc:
                fail("unreadable", f"cannot open the file: {exc.strerror or exc}")
            return self._owned
        return source

    def __iter__(self) -> Iterator[bytes]:
        try:
            stream = self._open()
            head = self._read(stream)
            if head.startswith(_GZIP_MAGIC):
                stream = gzip.GzipFile(fileobj=_Prepended(head, stream), mode="rb")
                head = self._read(stream)
            prolog, prolog_done, tail = b"", False, b""
            chunk = head
            while chunk:
                self.bytes_read += len(chunk)
                if self.bytes_read > self.max_bytes:
                    fail("too_large", f"the document is larger than {self.max_bytes} bytes")
                if not prolog_done:
                    prolog += chunk
                    root_at = check_prolog(prolog)
                    prolog_done = root_at >= 0
                    if prolog_done:
                        self.root_tag = root_tag(prolog, root_at)
                if _XINCLUDE in tail + chunk[: len(_XINCLUDE)] or _XINCLUDE in chunk:
                    fail("xml_xinclude", "XInclude is not allowed in a PEPPOL document")
                tail = chunk[-len(_XINCLUDE) :]
                yield chunk
                chunk = self._read(stream)
            if not prolog_done:
                fail("xml_syntax", "the document is empty or has no root element")
        finally:
            self.close()

    def _read(self, stream: Any) -> bytes:
        try:
            data: bytes = stream.read(CHUNK_SIZE)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            fail("gzip_invalid", f"the gzip data is damaged or cut short: {str(exc)[:100]}")
        except OSError as exc:
            fail("unreadable", f"cannot read the document: {str(exc)[:100]}")
        return data


def check_prolog(data: bytes) -> int:
    """The offset of the root tag once ``data`` holds the whole prolog, else -1; raise if refused.

    Accepted: an optional UTF-8 byte order mark, an XML declaration naming an
    ASCII-compatible encoding (or none), comments, processing instructions and white
    space; then the root tag.
    """
    if data.startswith((b"\xfe\xff", b"\xff\xfe", b"\x00", b"<\x00")):
        fail("xml_encoding", "the document is not UTF-8 (UTF-16/32 found)")
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if data.startswith(b"<?xml", pos):
        end = data.find(b"?>", pos)
        if end < 0:
            return _incomplete(data)
        match = _ENCODING_RE.search(data, pos, end)
        if match and not ascii_compatible(match.group(1).decode("ascii", "replace")):
            name = match.group(1).decode("ascii", "replace")
            fail("xml_encoding", f"the document declares encoding {name!r}, which is not read")
        pos = end + 2
    while True:
        while pos < len(data) and data[pos] in b" \t\r\n":
            pos += 1
        if pos >= len(data):
            return _incomplete(data)
        if data.startswith(b"<!--", pos):
            end = data.find(b"-->", pos + 4)
            if end < 0:
                return _incomplete(data)
            pos = end + 3
        elif data.startswith(b"<?", pos):
            end = data.find(b"?>", pos + 2)
            if end < 0:
                return _incomplete(data)
            pos = end + 2
        elif data.startswith(b"<!", pos):
            fail("xml_doctype", "a DOCTYPE (DTD or entity declaration) is not allowed")
        else:
            return pos  # the root element (or junk the parser will report)


def ascii_compatible(encoding: str) -> bool:
    """True when ``encoding`` is known and writes XML markup as ASCII does (Latin-1, UTF-8…)."""
    try:
        return codecs.encode(_PROBE, encoding) == _PROBE.encode("ascii")
    except (LookupError, ValueError, UnicodeError):
        return False


def _incomplete(data: bytes) -> int:
    if len(data) > MAX_PROLOG:
        fail("xml_syntax", "the document has no root element in its first 64 KiB")
    return -1


_START_TAG_RE = re.compile(rb"""<[^\s/>!?]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>""")


def root_tag(data: bytes, offset: int) -> str | None:
    """The Clark name of the root element whose start tag is at ``offset`` of ``data``.

    The root declares every namespace it uses itself, so its start tag alone, closed
    and parsed, names it. None if the tag is not complete or not readable here.
    """
    match = _START_TAG_RE.match(data, offset)
    if match is None:
        return None
    tag = match.group(0)
    if not tag.endswith(b"/>"):
        tag = tag[:-1] + b"/>"
    try:
        return str(etree.fromstring(tag, pull_parser()).tag)
    except etree.XMLSyntaxError:
        return None


def pull_parser(
    events: tuple[Literal["start", "end"], ...] = (), tag: str | None = None
) -> etree.XMLPullParser:
    """An incremental parser that never loads a DTD, expands an entity or uses the network."""
    return etree.XMLPullParser(
        events=events,
        tag=tag,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def syntax_error(exc: etree.XMLSyntaxError) -> DocumentError:
    """A :class:`DocumentError` for a parser error, with a code for the common causes."""
    message, line = str(exc.msg or exc), exc.lineno or None
    if line is None:  # e.g. "no element found" at the end: the log has the real cause
        fatal = [e for e in cast("Iterable[Any]", exc.error_log) if e.line > 0]
        if fatal:
            message, line = fatal[-1].message, fatal[-1].line
    lowered = message.lower()
    if "depth" in lowered:
        code = "xml_too_deep"
    elif "text node too long" in lowered or "huge text" in lowered:
        code = "xml_huge_text"
    elif "encoding" in lowered or "utf-8" in lowered or "char 0x" in lowered:
        code = "xml_encoding"
    elif "entity" in lowered:
        code = "xml_entity"
    else:
        code = "xml_syntax"
    return DocumentError(None, line, "", code, message)


def parse_document(source: Source, max_bytes: int = 16 * 1024 * 1024) -> etree._Element:
    """Parse a small document (an order, an order response) whole, with every safeguard."""
    parser = pull_parser()
    try:
        for chunk in ByteChunks(source, max_bytes):
            parser.feed(chunk)
        return parser.close()
    except etree.XMLSyntaxError as exc:
        raise PeppolDocumentError([syntax_error(exc)]) from None


def xml_line(el: etree._Element) -> int | None:
    """The line of ``el`` in the XML text (lxml-stubs leave ``sourceline`` untyped)."""
    return cast("int | None", el.sourceline)
