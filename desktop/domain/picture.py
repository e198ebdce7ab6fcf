"""Item pictures: which catalogue references the central API serves, and where a
fetched picture is kept (plain Python, shared by the server, the sync and the UI).

A catalogue line names its pictures in ``ItemSpecificationDocumentReference`` (PEPPOL
BIS 3 allows an ``ID``, ``DocumentTypeCode``, and an attachment embedded or by
``ExternalReference/URI``). A picture published with the municipality's catalogues is
referenced by the relative URI ``pictures/<id>``, resolved against the central API's
address; the app fetches it with the user's credentials, like a catalogue. A picture
embedded in the catalogue (``Attachment/EmbeddedDocumentBinaryObject``) is referenced by
a ``data:`` URI holding it (``embedded_picture_ref``); one at a supplier's own address by
its absolute ``https://`` URI, fetched without any credentials.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Final

PICTURE_PATH: Final = "pictures/"
PICTURE_ID = re.compile(r"[0-9a-f]{24}")
MAX_PICTURE_BYTES: Final = 1024 * 1024  # a picture larger than this is refused unread
MAX_PICTURE_SIDE: Final = 4096  # pixels; a larger picture is refused, never decoded
PICTURE_TYPES: Final = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


EMBEDDED_PREFIX: Final = "data:"
EMBEDDED_KEY: Final = "embedded:"
# base64 of MAX_PICTURE_BYTES, with room for a line break every 76 characters: a longer
# embedded text is refused before it is decoded
MAX_EMBEDDED_CHARS: Final = (MAX_PICTURE_BYTES + 2) // 3 * 4 * 78 // 76 + 16
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/=]")


def embedded_picture_ref(mime_code: str, base64_text: str) -> str | None:
    """The ``data:`` URI of a picture embedded as base64 text, or None when it is not a
    PNG or JPEG or its text is longer than :data:`MAX_EMBEDDED_CHARS` (never decoded)."""
    if mime_code not in PICTURE_TYPES or len(base64_text) > MAX_EMBEDDED_CHARS:
        return None
    compact = _NOT_BASE64.sub(b"", base64_text.encode("ascii", "ignore")).decode()
    return f"{EMBEDDED_PREFIX}{mime_code};base64,{compact}"


def embedded_picture(ref: str) -> tuple[str, bytes] | None:
    """The type and bytes of an embedded picture's ``data:`` URI; None when ``ref`` is not
    one, or is too long or not base64 (checked before decoding)."""
    if not ref.startswith(EMBEDDED_PREFIX):
        return None
    head, sep, text = ref[len(EMBEDDED_PREFIX) :].partition(";base64,")
    if not sep or head not in PICTURE_TYPES or len(text) > MAX_EMBEDDED_CHARS:
        return None
    try:
        return head, base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def is_external_picture(ref: str) -> bool:
    """Whether ``ref`` is an absolute URI of a picture at a supplier's own address."""
    return ref.startswith(("https://", "http://"))


def picture_key(ref: str) -> str:
    """The short key a picture is recorded and cached under: the reference itself, or for
    an embedded picture a digest of its ``data:`` URI (so a changed picture is another)."""
    if ref.startswith(EMBEDDED_PREFIX):
        return EMBEDDED_KEY + hashlib.sha256(ref.encode()).hexdigest()[:32]
    return ref


def picture_ref(picture_id: str) -> str:
    """The catalogue reference (a relative URI) of a picture the central API serves."""
    if not PICTURE_ID.fullmatch(picture_id):
        raise ValueError(f"not a picture id: {picture_id!r}")
    return PICTURE_PATH + picture_id


def served_picture_id(ref: str) -> str | None:
    """The picture id when ``ref`` names a picture the central API serves, else None."""
    if not ref.startswith(PICTURE_PATH):
        return None
    picture_id = ref[len(PICTURE_PATH) :]
    return picture_id if PICTURE_ID.fullmatch(picture_id) else None


def picture_id_for(*parts: str) -> str:
    """A stable picture id from what the picture shows."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]


def cache_name(ref: str) -> str:
    """The file name a fetched picture (and its thumbnails' stem) is kept under; the
    same for a reference and its :func:`picture_key`."""
    return hashlib.sha256(picture_key(ref).encode()).hexdigest()[:32]


def picture_type(head: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the magic bytes; None for anything else."""
    return next((t for t, magic in PICTURE_TYPES.items() if head.startswith(magic)), None)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first SOF marker of a JPEG, if within ``data``."""
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            width = int.from_bytes(data[at + 7 : at + 9], "big")
            return width, height
        at += 2 + length
    return None


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Width and height a PNG or JPEG declares in its header (never decoded)."""
    kind = picture_type(data)
    if kind == "image/png" and len(data) >= 24 and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if kind == "image/jpeg":
        return _jpeg_size(data)
    return None


def picture_refusal(data: bytes) -> str | None:
    """Why a fetched picture is refused (``wrong_type``, ``too_large``, ``too_many_pixels``,
    ``unreadable``), or None when it may be kept and decoded."""
    if picture_type(data) is None:
        return "wrong_type"
    if len(data) > MAX_PICTURE_BYTES:
        return "too_large"
    size = picture_size(data)
    if size is None or min(size) < 1:
        return "unreadable"
    if max(size) > MAX_PICTURE_SIDE:
        return "too_many_pixels"
    return None
