"""What a fetched picture must be before it is kept: PNG or JPEG by its magic bytes,
within the byte cap, with a sane declared size (read from the header, never decoded)."""

from __future__ import annotations

import base64
import io
import struct
import zlib

import pytest
from PIL import Image

from desktop.domain.picture import (
    MAX_EMBEDDED_CHARS,
    MAX_PICTURE_BYTES,
    cache_name,
    embedded_picture,
    embedded_picture_ref,
    picture_key,
    picture_ref,
    picture_refusal,
    picture_size,
    served_picture_id,
)


def _png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + crc


def _real(fmt: str, size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=fmt)
    return out.getvalue()


def test_real_png_and_jpeg_are_kept_with_their_declared_size() -> None:
    for fmt in ("PNG", "JPEG"):
        data = _real(fmt, (120, 80))
        assert picture_refusal(data) is None
        assert picture_size(data) == (120, 80)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (_png(50_000, 50_000), "too_many_pixels"),
        (_png(5_000, 10), "too_many_pixels"),
        (_png(0, 10), "unreadable"),
        (b"GIF89a" + b"\0" * 20, "wrong_type"),
        (b"<html>not a picture</html>", "wrong_type"),
        (b"", "wrong_type"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_PICTURE_BYTES, "too_large"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 30, "unreadable"),  # JPEG without a size
    ],
)
def test_anything_else_is_refused_with_its_reason(data: bytes, why: str) -> None:
    assert picture_refusal(data) == why


def test_a_jpeg_bomb_header_is_refused() -> None:
    data = bytearray(_real("JPEG", (16, 16)))
    at = data.index(b"\xff\xc0")  # the baseline frame header: height, then width
    data[at + 5 : at + 9] = struct.pack(">HH", 60_000, 60_000)
    assert picture_size(bytes(data)) == (60_000, 60_000)
    assert picture_refusal(bytes(data)) == "too_many_pixels"


def test_only_pictures_the_central_api_serves_are_named_by_id() -> None:
    ref = picture_ref("0123456789abcdef01234567")
    assert ref == "pictures/0123456789abcdef01234567"
    assert served_picture_id(ref) == "0123456789abcdef01234567"
    for other in ("https://images.example.net/a.jpg", "pictures/../x", "k1-back.png", ""):
        assert served_picture_id(other) is None
    with pytest.raises(ValueError):
        picture_ref("../../etc")
    assert cache_name(ref) != cache_name(ref + "0") and len(cache_name(ref)) == 32


def test_embedded_references_are_bounded_and_keyed_by_their_content() -> None:
    data = _png(10, 10)
    text = base64.b64encode(data).decode()
    ref = embedded_picture_ref("image/png", text[:20] + "\n" + text[20:])
    assert ref is not None and embedded_picture(ref) == ("image/png", data)
    assert cache_name(ref) == cache_name(picture_key(ref))  # the thumbnails find it
    assert embedded_picture_ref("image/gif", text) is None
    assert embedded_picture_ref("image/png", "A" * (MAX_EMBEDDED_CHARS + 1)) is None
    assert embedded_picture("data:image/png;base64,not*base64") is None
    assert embedded_picture("pictures/" + "a" * 24) is None
    assert picture_key("pictures/" + "a" * 24) == "pictures/" + "a" * 24
