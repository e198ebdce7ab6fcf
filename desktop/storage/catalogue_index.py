"""What the full-text index holds for one catalogue item, and how item ids are made.

The index (FTS5 ``catalogue_fts``, ``detail=none``, contentless) gets a pre-tokenised
text per item, built here in Python so folding and word splitting are ours, not
SQLite's. One document holds four kinds of tokens:

* ``kaffe``     folded words of every searched field: name, brand, keywords,
                description, article number, GTIN;
* ``_kaffe``    folded words of the *strong* fields (name, brand, keywords) again, plus
                the heads of compound words ("engångshandskar" → ``_handskar``);
* ``=blöjor``   strong words spelled with diacritics, unfolded (exact-match ranking);
* ``~s…``       facets: supplier, agreement, CPV code, eco label, crisis stock.

Item ids (the FTS rowids) encode a static rank: ``tier << 40 | bucket << 32 | seq``,
tier 0 for agreement items, bucket from the name's length (short, generic names
first). Scanning a match in rowid order therefore meets the best static candidates
first. An item keeps its id while its tier and bucket stay the same.

The document must be rebuilt identically to delete it from the contentless index, so
everything it depends on is stored with the item or static (``INDEX_VERSION`` covers
the code and the vocabulary).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from desktop.storage.catalogue_cpv import cpv_codes
from desktop.storage.text_fold import FOLD_VERSION, fold_word, words

INDEX_VERSION = f"{FOLD_VERSION}.1"
STRONG = "_"
EXACT = "="
FACET = "~"
TOKENIZER = "ascii tokenchars '_=~'"
PREFIX_LENGTHS = "2 3 4"

TIER_SHIFT = 40
BUCKET_SHIFT = 32
AGREEMENT_TIER = 0
OTHER_TIER = 1
MAX_BUCKET = 15
ECO_LABELS = frozenset({"NordicSwan", "EUEcolabel", "Organic", "FairTrade"})

# Heads of Nordic compounds that the CPV labels lack as words of their own.
_EXTRA_HEADS = (
    "blöjor blöja bleer bleier penna pennor penner stol stolar bord papper papir handskar "
    "handsker hansker medel middel sprit dukar duker byxor bukser skor väst tvål sæbe såpe "
    "kräm creme krem bröd brød kaffe mjölk mælk melk påsar poser säckar sække sekker "
    "servetter servietter filter tejp tape lim färg farve farge kritor klossar leksaker "
    "legetøj leker pussel bollar"
)


@cache
def compound_heads() -> frozenset[str]:
    """Folded words that end a compound: CPV label words of 5+ letters, and a few more."""
    heads = {fold_word(w) for w in words(_EXTRA_HEADS)}
    for code in cpv_codes().values():
        for lang in ("sv", "da", "nb", "en"):
            heads.update(f for w in words(code.labels.get(lang, "")) if len(f := fold_word(w)) >= 5)
    return frozenset(heads)


_HEAD_CACHE: dict[str, str | None] = {}


def compound_head(folded: str) -> str | None:
    """The longest known head word that ``folded`` ends with, leaving 3+ letters before."""
    if folded in _HEAD_CACHE:
        return _HEAD_CACHE[folded]
    heads = compound_heads()
    found = None
    for start in range(3, len(folded) - 3):
        if folded[start:] in heads:
            found = folded[start:]
            break
    if len(_HEAD_CACHE) > 200_000:
        _HEAD_CACHE.clear()
    _HEAD_CACHE[folded] = found
    return found


def hex_id(value: str) -> str:
    """A token-safe form of an external id (supplier, agreement)."""
    return value.encode("utf-8").hex()


def supplier_token(supplier_id: str) -> str:
    return f"{FACET}s{hex_id(supplier_id)}"


def agreement_token(agreement_id: str) -> str:
    return f"{FACET}a{hex_id(agreement_id)}"


def cpv_token(code: str) -> str:
    return f"{FACET}c{code}"


ECO_TOKEN = f"{FACET}eco"
CRISIS_TOKEN = f"{FACET}crisis"


def document(
    *,
    name: str,
    brand: str,
    keywords: Iterable[str],
    description: str,
    seller_item_id: str,
    gtin: str | None,
    supplier_id: str,
    agreement_id: str | None,
    cpv_codes: Iterable[str],
    eco: bool,
    crisis: bool,
) -> list[str]:
    """The index tokens of one item, each once (see the module docstring)."""
    strong_words = words(" ".join((name, brand, *keywords)))
    plain: dict[str, None] = {}
    strong: dict[str, None] = {}
    exact: dict[str, None] = {}
    for word in strong_words:
        folded = fold_word(word)
        plain[folded] = None
        strong[STRONG + folded] = None
        if not word.isascii():
            exact[EXACT + word] = None
        head = compound_head(folded)
        if head is not None:
            strong[STRONG + head] = None
    for word in words(" ".join((description, seller_item_id, gtin or ""))):
        plain[fold_word(word)] = None
    facets = [supplier_token(supplier_id), *(cpv_token(c) for c in cpv_codes)]
    if agreement_id:
        facets.append(agreement_token(agreement_id))
    if eco:
        facets.append(ECO_TOKEN)
    if crisis:
        facets.append(CRISIS_TOKEN)
    return [*plain, *strong, *exact, *facets]


def expandable(tokens: list[str]) -> list[str]:
    """The tokens that go into the vocabulary (``catalogue_terms``): all but long numbers
    (article numbers, GTINs), which match as typed or by a plain prefix query."""
    return [t for t in tokens if t.isalpha() or t[0] == FACET or _few_digits(t)]


def _few_digits(token: str) -> bool:
    return sum(c.isdigit() for c in token) < 4


def tier_of(agreement_id: str | None) -> int:
    return AGREEMENT_TIER if agreement_id else OTHER_TIER


def bucket_of(name: str) -> int:
    """Static rank inside a tier: names of few words (generic products) first."""
    return min(len(words(name)), MAX_BUCKET)


def band_base(tier: int, bucket: int) -> int:
    return (tier << TIER_SHIFT) | (bucket << BUCKET_SHIFT)


def band_of(item_id: int) -> int:
    return item_id >> BUCKET_SHIFT


def tier_range(tier: int) -> tuple[int, int]:
    """The lowest and highest item id of a tier."""
    return tier << TIER_SHIFT, ((tier + 1) << TIER_SHIFT) - 1
