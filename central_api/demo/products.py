"""Deterministic, realistic Nordic catalogue lines for the demo and the benchmarks.

``generate_catalogue`` yields a supplier's range in one category of ``categories.py``:
names in the supplier's language (Swedish by default, Danish or Norwegian variants on
request) with the other Nordic and English names as keywords, brands, descriptions,
units EA/XPK/KGM/LTR with content quantities, Decimal prices (an agreement price below
the list price; an off-agreement web shop above it), GTINs with valid check digits, CPV
codes, eco labels (official PEPPOL label codes) on a share of items, crisis-critical
gloves and sanitiser, image refs.

A product is the same product at every supplier (same GTIN, name, labels, list price):
suppliers pick their assortment from the category's product universe, so web shops
overlap with the agreement suppliers. Everything derives from hashes of the inputs,
never from global random state, so a call gives the same lines on every run.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from central_api.demo.categories import CATEGORIES, CATEGORY_BY_KEY
from central_api.demo.identifiers import gs1_check_digit
from central_api.demo.product_ranges import Names, ProductRange, ProductType, product_ranges
from desktop.domain.catalogue import CatalogueLine, Certificate
from desktop.domain.legacy_codes import official_certificate

LANGUAGES = ("sv", "da", "nb")
PACK_UNIT = "XPK"  # UN/ECE Rec 21 "package", prefixed X as PEPPOL's units list has it
_LINES: tuple[tuple[str, Decimal], ...] = (
    ("", Decimal("1")),
    ("Premium", Decimal("1.25")),
    ("Professional", Decimal("1.15")),
    ("Basic", Decimal("0.8")),
    ("Select", Decimal("1.1")),
    ("Plus", Decimal("1.05")),
)
_PACKS: tuple[tuple[Names | None, int], ...] = (
    (None, 1),
    (("6-pack", "6-pak", "6-pk", "6-pack"), 6),
    (("Storpack", "Storpakning", "Storpakning", "bulk pack"), 3),
)
_ORGANIC: Names = ("Eko", "Øko", "Øko", "organic")
_LABEL_NAMES: dict[str, tuple[str, str, str]] = {
    "NordicSwan": ("Svanen", "Svanemærket", "Svanemerket"),
    "EUEcolabel": ("EU Ecolabel", "EU-Blomsten", "EU Ecolabel"),
    "Organic": ("KRAV", "Ø-mærket", "Debio Ø"),
    "FairTrade": ("Fairtrade", "Fairtrade", "Fairtrade"),
}
_FROM = ("från", "fra", "fra")
_PIECES = ("st", "stk", "stk")
_HOUR = ("per timme", "pr. time", "per time")
_EXTRA: tuple[tuple[str, str, str], ...] = (
    ("Leveranstid 1–3 arbetsdagar.", "Leveringstid 1–3 hverdage.", "Leveringstid 1–3 virkedager."),
    (
        "Förpackad i återvinningsbar kartong.",
        "Pakket i genanvendelig karton.",
        "Pakket i resirkulerbar kartong.",
    ),
    ("Tillverkad i Sverige.", "Fremstillet i Danmark.", "Produsert i Norge."),
    ("Tillverkad inom EU.", "Fremstillet i EU.", "Produsert i EU."),
    (
        "Säkerhetsdatablad finns hos leverantören.",
        "Sikkerhedsdatablad fås hos leverandøren.",
        "Sikkerhetsdatablad fås hos leverandøren.",
    ),
    ("Ingår i standardsortimentet.", "Del af standardsortimentet.", "Del av standardsortimentet."),
)
_CENT = Decimal("0.01")


def _hash(*parts: object) -> int:
    text = "\x1f".join(str(p) for p in parts).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")


def _fraction(h: int, shift: int) -> float:
    return ((h >> shift) & 0xFFFF) / 0x10000


def universe_size(range_: ProductRange) -> int:
    """How many distinct products the category's range holds."""
    return _plain_size(range_) * len(_LINES) * len(_PACKS)


def _plain_size(range_: ProductRange) -> int:
    """Products without a product line or multipack: the first ones of the universe."""
    size = _PLAIN_SIZES.get(range_.key)
    if size is None:
        size = _PLAIN_SIZES[range_.key] = sum(
            len(range_.brands) * max(1, len(t.variants)) * len(t.contents) for t in range_.types
        )
    return size


_PLAIN_SIZES: dict[str, int] = {}


def _decode(range_: ProductRange, k: int) -> tuple[ProductType, int, int, int, int, int]:
    """Product ``k``: (type, brand, variant, line, size, pack). Low ``k`` are plain."""
    tier, k = divmod(k, _plain_size(range_))
    pack, line = divmod(tier, len(_LINES))
    for t in range_.types:
        n = len(range_.brands) * max(1, len(t.variants)) * len(t.contents)
        if k < n:
            k, brand = divmod(k, len(range_.brands))
            size, variant = divmod(k, max(1, len(t.variants)))
            return t, brand, variant, line, size, pack
        k -= n
    raise IndexError(k)


def _size_text(quantity: Decimal, unit: str, lang: int) -> str:
    if unit == "KGM":
        return f"{quantity * 1000:.0f} g" if quantity < 1 else f"{_num(quantity, lang)} kg"
    if unit == "LTR":
        return f"{quantity * 1000:.0f} ml" if quantity < 1 else f"{_num(quantity, lang)} l"
    if unit == "HUR":
        return _HOUR[lang]
    return "" if quantity == 1 else f"{_num(quantity, lang)} {_PIECES[lang]}"


def _num(value: Decimal, lang: int) -> str:
    return format(value.normalize(), "f").replace(".", ",")


@cache
def _company_prefix(category: str, brand: str) -> str:
    h = _hash("gtin", category, brand)
    return ("73", "73", "73", "57", "70", "40")[h % 6] + f"{(h >> 8) % 100000:05d}"


def _gtin(category: str, brand: str, k: int) -> str:
    body = f"{_company_prefix(category, brand)}{k % 100000:05d}"
    return body + gs1_check_digit(body)


def _product_line(
    range_: ProductRange,
    category: str,
    k: int,
    cycle: int,
    lang: int,
    supplier_id: str,
    agreement_id: str | None,
    discount: float,
) -> CatalogueLine:
    t, b, v, ln, s, p = _decode(range_, k)
    h = _hash("product", category, k)
    brand = range_.brands[b]
    variant = t.variants[v] if t.variants else None
    line_name, line_factor = _LINES[ln]
    pack_names, pack = _PACKS[p]
    quantity, content_unit = Decimal(t.contents[s][0]), t.contents[s][1]
    labels = (
        [range_.labels[(h >> 40) % len(range_.labels)]]
        if (range_.labels and _fraction(h, 16) < range_.eco_share)
        else []
    )
    if "Organic" in labels and "FairTrade" in range_.labels and h % 3 == 0:
        labels.append("FairTrade")

    parts = [brand] if h % 3 == 0 else []
    parts.append(t.names[lang])
    if "Organic" in labels:
        parts.append(_ORGANIC[lang])
    parts += [variant[lang]] if variant else []
    parts += [line_name] if line_name else []
    if h % 3 != 0:  # every name says its brand: products of two brands never look alike
        parts.append(brand)
    parts.append(_size_text(quantity, content_unit, lang))
    parts += [pack_names[lang]] if pack_names else []
    parts += [f"modell {cycle + 1}"] if cycle else []
    name = " ".join(x for x in parts if x)

    base_lo, base_hi = t.price
    # Bigger sizes cost less per content unit; floats only to pick a price, then Decimal.
    size_factor = (float(quantity) / float(t.contents[0][0])) ** 0.85
    base = base_lo + (base_hi - base_lo) * _fraction(h, 0)
    list_price = Decimal(f"{base * size_factor:.2f}") * line_factor * pack
    list_price = (list_price * Decimal("0.95" if pack > 1 else "1")).quantize(_CENT, ROUND_HALF_UP)
    hs = _hash("price", supplier_id, k)
    if agreement_id is not None:
        cut = max(0.02, discount + (_fraction(hs, 0) - 0.5) * 0.06)
        price = (list_price * Decimal(1 - cut)).quantize(_CENT, ROUND_HALF_UP)
        list_or_none: Decimal | None = list_price
    else:
        price = (list_price * Decimal(1 + 0.15 * _fraction(hs, 0))).quantize(_CENT, ROUND_HALF_UP)
        list_or_none = None

    other = [t.names[i] for i in range(4) if i != lang and t.names[i] != t.names[lang]]
    group = CATEGORY_BY_KEY[category].names[LANGUAGES[lang]]
    keywords = tuple(dict.fromkeys([*other, group]))
    labels_text = [_LABEL_NAMES[x][lang] for x in labels]
    kind = f", {variant[lang][:1].lower()}{variant[lang][1:]}." if variant else "."
    sentences = [
        f"{t.names[lang]} {_FROM[lang]} {brand}{kind}",
        range_.blurb[lang],
        _EXTRA[(h >> 24) % len(_EXTRA)][lang],
    ]
    if labels_text:
        sentences.append(", ".join(labels_text) + ".")
    has_gtin = t.unit != "HUR" and _fraction(h, 48) < (
        0.6 if category in {"bakery", "fruit"} else 0.95
    )
    gtin = _gtin(category, brand, k) if has_gtin else None
    seller_item_id = f"{_prefix(supplier_id)}{_cat_index(category):02d}{k:05d}" + (
        f"-{cycle}" if cycle else ""
    )
    return CatalogueLine(
        supplier_id=supplier_id,
        seller_item_id=seller_item_id,
        line_id=seller_item_id,
        name=name,
        gtin=gtin,
        description=" ".join(sentences),
        keywords=keywords,
        brand=brand,
        unit_code=PACK_UNIT if pack > 1 else t.unit,
        content_quantity=quantity * pack if content_unit != t.unit or pack > 1 else None,
        content_unit_code=content_unit if content_unit != t.unit or pack > 1 else None,
        price=price,
        list_price=list_or_none,
        min_order_quantity=Decimal(2) if category == "bakery" and h % 4 == 0 else None,
        cpv_codes=(t.cpv,),
        certificates=tuple(
            official_certificate(Certificate(x, _LABEL_NAMES[x][lang])) for x in labels
        ),
        image_refs=(f"https://images.example.net/avrop/{gtin or seller_item_id}.jpg",)
        if h % 5
        else (),
        agreement_id=agreement_id,
        crisis_critical=t.crisis_critical,
    )


@cache
def _prefix(supplier_id: str) -> str:
    h = _hash("prefix", supplier_id)
    return chr(65 + h % 26) + chr(65 + (h >> 8) % 26)


_CATEGORY_INDEX = {c.key: i for i, c in enumerate(CATEGORIES)}


def _cat_index(category: str) -> int:
    return _CATEGORY_INDEX[category]


def generate_catalogue(
    supplier_id: str,
    category_key: str,
    agreement_id: str | None,
    count: int,
    seed: int = 0,
    *,
    language: str = "sv",
) -> Iterator[CatalogueLine]:
    """``count`` lines of ``supplier_id``'s range in ``category_key``, deterministically.

    With an ``agreement_id`` the prices are the agreement's (a supplier-wide discount on
    the list price, which is kept as ``list_price``); without one (a web shop) they are
    above the list price. ``language`` is the supplier's: ``sv``, ``da`` or ``nb``.
    """
    range_ = product_ranges()[category_key]
    lang = LANGUAGES.index(language)
    rng = random.Random(f"{seed}:{supplier_id}:{category_key}")
    discount = rng.uniform(0.10, 0.36)
    size = universe_size(range_)
    # Small suppliers sell mostly plain products (low ``k``); big ones reach further.
    picks = rng.sample(range(min(size, max(2 * count, _plain_size(range_)))), min(count, size))
    for i in range(count):
        cycle, at = divmod(i, size)
        yield _product_line(
            range_,
            category_key,
            picks[at] if cycle == 0 else at,
            cycle,
            lang,
            supplier_id,
            agreement_id,
            discount,
        )


def generate_webshop_catalogue(
    supplier_id: str,
    count: int,
    seed: int = 0,
    *,
    categories: Sequence[str] | None = None,
    language: str = "sv",
) -> Iterator[CatalogueLine]:
    """An off-agreement web shop's mixed range: ``count`` lines over several categories."""
    keys = list(categories or [c.key for c in CATEGORIES if c.in_ecommerce])
    share, rest = divmod(count, len(keys))
    for i, key in enumerate(keys):
        yield from generate_catalogue(
            supplier_id, key, None, share + (1 if i < rest else 0), seed, language=language
        )
