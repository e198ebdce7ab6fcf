"""Item pictures: which catalogue references the central API serves, and where a
fetched picture is kept (plain Python, shared by the server, the sync and the UI).

A catalogue line names its pictures in ``ItemSpecificationDocumentReference`` (PEPPOL
BIS 3 allows an ``ID``, ``DocumentTypeCode``, and an attachment embedded or by
``ExternalReference/URI``). A picture published with the municipality's catalogues is
referenced by the relative URI ``pictures/<id>``, resolved against the central API's
address; the app fetches it with the user's credentials, like a catalogue.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

PICTURE_PATH: Final = "pictures/"
PICTURE_ID = re.compile(r"[0-9a-f]{24}")
MAX_PICTURE_BYTES: Final = 1024 * 1024  # a picture larger than this is refused unread
MAX_PICTURE_SIDE: Final = 4096  # pixels; a larger picture is refused, never decoded
PICTURE_TYPES: Final = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


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
    """The file name a fetched picture (and its thumbnails' stem) is kept under."""
    return hashlib.sha256(ref.encode()).hexdigest()[:32]


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
