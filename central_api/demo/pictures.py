"""The demo's item pictures: one generated PNG per product, no stock photos.

Each picture is drawn from what the product is: its category (background colour and a
simple shape), its name (shortened) and its pack size. Seeding stores only this recipe
(``picture_recipe``, about a millisecond of drawing saved per picture at start-up); the
server draws a picture the first time it is asked for and keeps the bytes. Drawing is
deterministic (same recipe, same bytes), so the ETag is taken over the recipe and stays
the same from one seeding to the next. Pillow draws; the central API never imports Qt.
"""

from __future__ import annotations

import hashlib
import io
import json
import textwrap
from dataclasses import replace
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from central_api.demo.categories import CATEGORIES
from desktop.domain.catalogue import CatalogueLine
from desktop.domain.picture import picture_id_for, picture_ref

SIDE = 128  # pixels, square: the item pane's size
DRAWING_VERSION = 1  # part of each recipe: a new drawing gives new ETags
COLOURS = 24  # a small palette keeps the PNG small and quick to write
_SHAPES = ("circle", "square", "triangle", "diamond", "hexagon")
_UNIT_TEXT = {"EA": "st", "H87": "st", "KGM": "kg", "GRM": "g", "LTR": "l", "MLT": "ml"}
_TOP, _RADIUS = 10, 28  # the shape: from the top, and its half-width
_SMALLER = {"KGM": "GRM", "LTR": "MLT"}
_CATEGORY_INDEX = {c.key: i for i, c in enumerate(CATEGORIES)}


def _colour(category: str) -> tuple[int, int, int]:
    """A calm, distinct background per category (from a hash of its key)."""
    h = hashlib.sha256(category.encode()).digest()
    return (90 + h[0] % 120, 90 + h[1] % 120, 90 + h[2] % 120)


FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSansCondensed-Bold.ttf"


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    """DejaVu (shipped in ``resources/fonts``): it has every Nordic letter."""
    return ImageFont.truetype(str(FONT), size)


def pack_text(line: CatalogueLine) -> str:
    """The pack size a picture shows: "120 st", "500 g", "1 kg"."""
    quantity, unit = line.content_quantity, line.content_unit_code
    if quantity is None or unit is None:
        return "1 " + _UNIT_TEXT.get(line.unit_code, "st")
    if unit in _SMALLER and quantity < 1:
        quantity, unit = quantity * 1000, _SMALLER[unit]
    return f"{quantity.normalize():f} {_UNIT_TEXT.get(unit, unit.lower())}"


def picture_id(category: str, line: CatalogueLine) -> str:
    """The product's picture id: the same product (category, name, pack) shares one."""
    return picture_id_for(category, line.name, pack_text(line), line.unit_code)


def _shape(draw: ImageDraw.ImageDraw, kind: str, fill: tuple[int, int, int]) -> None:
    c, r = SIDE // 2, _RADIUS
    top, mid, bottom = _TOP, _TOP + r, _TOP + 2 * r
    box = (c - r, top, c + r, bottom)
    if kind == "circle":
        draw.ellipse(box, fill=fill)
    elif kind == "square":
        draw.rounded_rectangle(box, radius=8, fill=fill)
    elif kind == "triangle":
        draw.polygon([(c, top), (c + r, bottom), (c - r, bottom)], fill=fill)
    elif kind == "diamond":
        draw.polygon([(c, top), (c + r, mid), (c, bottom), (c - r, mid)], fill=fill)
    else:
        q = r // 2
        points = [(c - q, top), (c + q, top), (c + r, mid), (c + q, bottom), (c - q, bottom)]
        draw.polygon([*points, (c - r, mid)], fill=fill)


def _name_lines(name: str, width: int = 19, most: int = 4) -> list[str]:
    """The name in at most ``most`` lines; a longer one keeps its end (often the brand)."""
    lines = textwrap.wrap(name, width)
    if len(lines) <= most:
        return lines
    rest = " ".join(lines[most - 1 :])
    return [*lines[: most - 1], "…" + rest[-(width - 1) :]]


def picture_recipe(category: str, line: CatalogueLine) -> str:
    """What the product's picture shows, as stored until it is first asked for (JSON)."""
    recipe = {"v": DRAWING_VERSION, "category": category, "name": line.name}
    return json.dumps({**recipe, "pack": pack_text(line)}, ensure_ascii=False, sort_keys=True)


def draw_recipe(recipe: str) -> bytes:
    """The PNG a ``picture_recipe`` describes (``ValueError`` if it is not one)."""
    try:
        fields = json.loads(recipe)
        return _draw(str(fields["category"]), str(fields["name"]), str(fields["pack"]))
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a picture recipe: {recipe[:80]!r}") from exc


def draw_picture(category: str, line: CatalogueLine) -> bytes:
    """The product's PNG: category colour and shape, short name, pack size."""
    return _draw(category, line.name, pack_text(line))


def _draw(category: str, name: str, pack: str) -> bytes:
    background = _colour(category)
    image = Image.new("RGB", (SIDE, SIDE), background)
    draw = ImageDraw.Draw(image)
    index = _CATEGORY_INDEX.get(category, 0)
    light = tuple(min(255, v + 70) for v in background)
    _shape(draw, _SHAPES[index % len(_SHAPES)], (light[0], light[1], light[2]))
    centre = (SIDE // 2, _TOP + _RADIUS)
    draw.text(centre, pack, fill=(20, 20, 20), font=_font(13), anchor="mm")
    for n, text in enumerate(_name_lines(name)):
        draw.text((6, 70 + n * 14), text, fill=(255, 255, 255), font=_font(11))
    out = io.BytesIO()
    small = image.quantize(COLOURS, method=Image.Quantize.FASTOCTREE)
    small.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def with_picture(category: str, line: CatalogueLine) -> CatalogueLine:
    """``line`` referencing its product's picture (served at ``/pictures/<id>``)."""
    return replace(line, image_refs=(picture_ref(picture_id(category, line)),))
