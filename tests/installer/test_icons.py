"""The installers' icons: PNG sizes for Linux, a Windows .ico and a macOS .icns, all
rendered from resources/icons/avrop.svg by ``python -m tools.make_icons``."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from tools import make_icons

ICONS = Path(__file__).resolve().parents[2] / "installer" / "icons"


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_sizes_are_square_and_not_blank(size: int) -> None:
    image = QImage(str(ICONS / f"avrop-{size}.png"))
    assert image.size() == QSize(size, size)
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255  # the tile, not a transparent square


def test_ico_holds_each_size_as_an_image_windows_reads() -> None:
    data = (ICONS / "avrop.ico").read_bytes()
    _reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (kind, count) == (1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = QImage.fromData(QByteArray(data[offset : offset + length]), "PNG")
        assert image.width() == (width or 256)
        sizes.append(image.width())
    assert tuple(sizes) == make_icons.ICO_SIZES
    assert (ICONS / "avrop.ico").stat().st_size > 256


def test_icns_holds_the_mac_sizes() -> None:
    data = (ICONS / "avrop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        found[kind] = QImage.fromData(QByteArray(data[offset + 8 : offset + length])).width()
        offset += length
    assert found == make_icons.ICNS_TYPES


def test_icons_are_the_app_svg_rendered() -> None:
    renderer = QSvgRenderer(str(make_icons.SOURCE))
    fresh = QImage.fromData(QByteArray(make_icons.render_png(renderer, 64)), "PNG")
    shipped = QImage(str(ICONS / "avrop-64.png"))
    assert fresh.convertToFormat(QImage.Format.Format_ARGB32) == shipped.convertToFormat(
        QImage.Format.Format_ARGB32
    )
