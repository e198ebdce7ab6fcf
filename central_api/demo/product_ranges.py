"""The product ranges the demo suppliers sell, per category of ``categories.py``.

The data is in ``product_ranges.txt`` beside this file (one product type a line, its
variants below it); ``products.py`` turns it into catalogue lines. Names come as
``sv|da|nb|en``. A type's range is every combination of brand, variant, product line
and content size, so each category holds thousands of distinct products.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

Names = tuple[str, str, str, str]  # sv, da, nb, en


@dataclass(frozen=True)
class ProductType:
    names: Names
    cpv: str
    unit: str  # the orderable unit: EA, XPK, KGM, LTR (HUR for services)
    contents: tuple[tuple[str, str], ...]  # (content quantity, unit); the first is the base size
    price: tuple[int, int]  # SEK for the base size, before any agreement discount
    variants: tuple[Names, ...] = ()
    crisis_critical: bool = False


@dataclass
class ProductRange:
    key: str
    eco_share: float  # share of items carrying one of ``labels``
    labels: tuple[str, ...]  # certificate type codes that occur in the range
    brands: list[str] = field(default_factory=list)
    blurb: tuple[str, str, str] = ("", "", "")  # a description sentence, sv/da/nb
    types: list[ProductType] = field(default_factory=list)


def _names(text: str) -> Names:
    parts = [p.strip() for p in text.split("|")]
    if len(parts) != 4:
        raise ValueError(f"product_ranges.txt: {text!r} needs sv|da|nb|en")
    return parts[0], parts[1], parts[2], parts[3]


def _type(line: str) -> ProductType:
    fields = [f.strip() for f in line.split(";")]
    names, cpv, unit, contents, prices = fields[:5]
    lo, hi = (int(p) for p in prices.split("-"))
    sizes = tuple((q, u) for q, u in (c.split() for c in contents.split(",")))
    return ProductType(
        _names(names), cpv, unit, sizes, (lo, hi), crisis_critical="crisis" in fields[5:]
    )


def parse_ranges(text: str) -> dict[str, ProductRange]:
    """Parse the ``product_ranges.txt`` format (see its header)."""
    ranges: dict[str, ProductRange] = {}
    current: ProductRange | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            key, _, rest = line[1:].partition("]")
            opts = dict(o.split("=", 1) for o in rest.split())
            labels = tuple(x for x in opts.get("labels", "").split(",") if x)
            current = ranges[key] = ProductRange(key, float(opts.get("eco", "0")), labels)
        elif current is None:
            raise ValueError(f"product_ranges.txt: {line!r} before any [category]")
        elif line.startswith("brands:"):
            current.brands.extend(b.strip() for b in line[7:].split(","))
        elif line.startswith("blurb:"):
            sv, da, nb = (s.strip() for s in line[6:].split("|"))
            current.blurb = (sv, da, nb)
        elif line.startswith("="):
            last = current.types[-1]
            current.types[-1] = ProductType(
                last.names,
                last.cpv,
                last.unit,
                last.contents,
                last.price,
                (*last.variants, _names(line[1:])),
                last.crisis_critical,
            )
        else:
            current.types.append(_type(line))
    return ranges


@cache
def product_ranges() -> dict[str, ProductRange]:
    """Every category's product range, keyed by category key."""
    text = resources.files("central_api.demo").joinpath("product_ranges.txt").read_text("utf-8")
    return parse_ranges(text)
