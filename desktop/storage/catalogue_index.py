"""What the full-text index holds for one catalogue item, and how item ids are made.

The index (FTS5 ``catalogue_fts``, ``detail=none``, contentless) gets a pre-tokenised
text per item, built here in Python so folding and word splitting are ours, not
SQLite's. One document holds four kinds of tokens:

* ``kaffe``     folded words of the description (but function words such as "och"),
                article number and GTIN that are not also words of the strong fields;
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
from typing import NamedTuple

from desktop.storage.catalogue_cpv import cpv_codes
from desktop.storage.text_fold import FOLD_VERSION, fold_word, folded_text_words, words

INDEX_VERSION = f"{FOLD_VERSION}.6"
STRONG = "_"
EXACT = "="
FACET = "~"
TOKENIZER = "ascii tokenchars '_=~'"

TIER_SHIFT = 40
BUCKET_SHIFT = 32
AGREEMENT_TIER = 0
OTHER_TIER = 1
MAX_BUCKET = 15
# Official PackagingMarkedLabelAccreditationCode codes of the Nordic eco and fair-trade
# labels that the "eco-labelled" filter means (a test checks each is in the shipped list).
ECO_LABELS = frozenset(
    {"SVANEN", "EU_ECO_LABEL", "KRAV_MARK", "DK_ECO", "DEBIO", "EU_ORGANIC_FARMING"}
    | {"FAIR_TRADE_MARK", "BRA_MILJOVAL_LABEL_SWEDISH"}
)

# Heads of Nordic compounds that the CPV labels lack as words of their own.
_EXTRA_HEADS = (
    "blöjor blöja bleer bleier penna pennor penner stol stolar bord papper papir handskar "
    "handsker hansker medel middel sprit dukar duker byxor bukser skor väst tvål sæbe såpe "
    "kräm creme krem bröd brød kaffe mjölk mælk melk påsar poser säckar sække sekker "
    "servetter servietter filter tejp tape lim färg farve farge kritor klossar leksaker "
    "legetøj leker pussel bollar"
)


_HEADS: frozenset[str] | None = None


def compound_heads() -> frozenset[str]:
    """Folded words that end a compound: Nordic CPV label words of 5+ letters, and a few
    more (built from the shipped CPV list once per process, ~0.3 s, unless the store's
    copy was handed over with ``use_compound_heads``)."""
    global _HEADS
    if _HEADS is None:
        heads = {fold_word(w) for w in words(_EXTRA_HEADS)}
        for code in cpv_codes().values():
            for lang in ("sv", "da", "nb"):  # Nordic compounds only ("products" is none)
                heads.update(
                    f for w in words(code.labels.get(lang, "")) if len(f := fold_word(w)) >= 5
                )
        _HEADS = frozenset(heads)
    return _HEADS


def use_compound_heads(heads: Iterable[str]) -> None:
    """Take the head words the store saved when it built its index (a search process
    then needs no CPV file)."""
    global _HEADS
    if _HEADS is None:
        _HEADS = frozenset(heads)


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
    if len(_HEAD_CACHE) > 50_000:
        _HEAD_CACHE.clear()
    _HEAD_CACHE[folded] = found
    return found


@cache
def hex_id(value: str) -> str:
    """A token-safe form of an external id (supplier, agreement)."""
    return value.encode("utf-8").hex()


def supplier_token(supplier_id: str) -> str:
    return f"{FACET}s{hex_id(supplier_id)}"


def agreement_token(agreement_id: str) -> str:
    return f"{FACET}a{hex_id(agreement_id)}"


def cpv_token(code: str) -> str:
    return f"{FACET}c{code}"


ECO_TOKEN = f"{FACET}e"  # facet letters: s supplier, a agreement, c CPV, e eco, k crisis
CRISIS_TOKEN = f"{FACET}k"


_TEXT_WORDS: dict[str, list[tuple[str, bool, str]]] = {}
_TEXT_LIMIT = 2000  # about 10 MB at most


# Function words of descriptions (folded; sv, da, nb, en): found in almost every item,
# they would only make the index bigger. Names, brands and keywords keep every word.
_STOPWORD_TEXT = (
    "och att det som en ett den de i pa av for med till fran om ar har kan ska inte eller "
    "samt utan vid under over efter per alla detta dessa sin sitt sina "
    "og at som en et den det de i pa af for med til fra om er har kan skal ikke eller "
    "samt uden ved under over efter pr alle dette disse sin sit sine "
    "av fra til med uten etter hver denne disse "
    "and the a an of to in on for with from by at is are be or not as it its this that "
    "these those per all"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _text_words(text: str) -> list[tuple[str, bool, str]]:
    """Folded words of a description but function words, each with whether it is
    expandable and its strong form (the last few thousand are kept: a product's
    variants often share theirs)."""
    found = _TEXT_WORDS.get(text)
    if found is None:
        found = [
            (w, w.isalpha() or _expandable(w), STRONG + w)
            for w in dict.fromkeys(folded_text_words(text))
            if w not in STOPWORDS
        ]
        if len(_TEXT_WORDS) >= _TEXT_LIMIT:
            _TEXT_WORDS.clear()
        _TEXT_WORDS[text] = found
    return found


class Document(NamedTuple):
    """An item's index tokens (each once) and those of them kept in the vocabulary."""

    tokens: list[str]
    vocab: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


_STRONG_INFO: dict[str, tuple[str, bool, tuple[str, ...]]] = {}
_PLAIN_INFO: dict[str, tuple[str, bool]] = {}
_INFO_LIMIT = 50_000  # words kept (the caches here stay within some 10 MB each)


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _expandable(folded: str) -> bool:
    """Long numbers (article numbers, GTINs) stay out of the vocabulary: they match as
    typed or by a plain prefix query."""
    return len(folded) - len(folded.translate(_NO_DIGITS)) < 4


def _plain_info(word: str) -> tuple[str, bool]:
    info = _PLAIN_INFO.get(word)
    if info is None:
        folded = fold_word(word)
        info = (folded, folded.isalpha() or _expandable(folded))
        if len(_PLAIN_INFO) > _INFO_LIMIT:
            _PLAIN_INFO.clear()
        _PLAIN_INFO[word] = info
    return info


def _strong_info(word: str) -> tuple[str, bool, tuple[str, ...]]:
    """(folded word, expandable, its strong tokens) of a word of the strong fields."""
    info = _STRONG_INFO.get(word)
    if info is None:
        folded, keep = _plain_info(word)
        tokens = [STRONG + folded]
        head = compound_head(folded)
        if head is not None:
            tokens.append(STRONG + head)
        if not word.isascii():
            tokens.append(EXACT + word)
        info = (folded, keep, tuple(tokens))
        if len(_STRONG_INFO) > _INFO_LIMIT:
            _STRONG_INFO.clear()
        _STRONG_INFO[word] = info
    return info


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
) -> Document:
    """The index tokens of one item (see the module docstring)."""
    return document_of_texts(
        f"{name} {brand} {' '.join(keywords)}",
        description,
        f"{seller_item_id} {gtin or ''}",
        facet_tokens(supplier_id, agreement_id, cpv_codes, eco, crisis),
    )


def facet_tokens(
    supplier_id: str, agreement_id: str | None, cpv_codes: Iterable[str], eco: bool, crisis: bool
) -> list[str]:
    facets = [supplier_token(supplier_id), *(cpv_token(c) for c in cpv_codes)]
    if agreement_id:
        facets.append(agreement_token(agreement_id))
    if eco:
        facets.append(ECO_TOKEN)
    if crisis:
        facets.append(CRISIS_TOKEN)
    return facets


def document_of_texts(
    strong_text: str, description: str, identifiers: str, facets: list[str]
) -> Document:
    """``document`` from the strong fields' text (name, brand, keywords), the
    description, the article number and GTIN, and the facet tokens."""
    known = _STRONG_INFO.get
    tokens: list[str] = []
    vocab: list[str] = []
    seen: set[str] = set()
    for word in words(strong_text):
        _, keep, strong = known(word) or _strong_info(word)
        for token in strong:
            if token not in seen:
                seen.add(token)
                tokens.append(token)
                if keep:
                    vocab.append(token)
    # Plain tokens: words found only outside the strong fields (those are searched
    # through their strong tokens in every class).
    for word, keep, strong_form in _text_words(description):
        if strong_form not in seen:
            seen.add(word)
            tokens.append(word)
            if keep:
                vocab.append(word)
    for word in folded_text_words(identifiers):
        if word not in seen:
            seen.add(word)
            tokens.append(word)
            if word.isalpha():  # article numbers and GTINs are matched as typed
                vocab.append(word)
    tokens += facets
    vocab += facets
    return Document(tokens, vocab)


def tier_of(agreement_id: str | None) -> int:
    return AGREEMENT_TIER if agreement_id else OTHER_TIER


def bucket_of(name: str) -> int:
    """Static rank inside a tier: names of few words (generic products) first."""
    return min(len(name.split()), MAX_BUCKET)


def band_base(tier: int, bucket: int) -> int:
    return (tier << TIER_SHIFT) | (bucket << BUCKET_SHIFT)


def band_of(item_id: int) -> int:
    return item_id >> BUCKET_SHIFT


def tier_range(tier: int) -> tuple[int, int]:
    """The lowest and highest item id of a tier."""
    return tier << TIER_SHIFT, ((tier + 1) << TIER_SHIFT) - 1
