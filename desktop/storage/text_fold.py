"""Word splitting and Nordic diacritics folding for the catalogue search.

``fold_word`` maps a lower-case word to its search key: accents dropped (é → e,
ü → u), the Nordic letters folded (å ä æ → a, ö ø → o) and so are the ASCII spellings
people type without those keys (aa → a, ae → a, oe → o). "blöjor", "blojor" and
"bloejor" fold alike, so do "bröd", "brød", "brod" and "broed". Folding a prefix of a
word gives a prefix of the folded word, which as-you-type prefix search relies on.

The folded index is only as good as this function is stable: a change here must bump
``FOLD_VERSION`` so the store rebuilds its search index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

FOLD_VERSION = 1

_WORD = re.compile(r"[^\W_]+")
_SPECIAL = {
    "æ": "a",
    "ø": "o",
    "œ": "o",
    "ß": "ss",
    "ð": "d",
    "þ": "th",
    "ł": "l",
    "đ": "d",
    "ı": "i",
    "ŀ": "l",
    "ħ": "h",
    "ŧ": "t",
    "ŋ": "n",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code).lower()
        if ch in _SPECIAL:
            table[code] = _SPECIAL[ch]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base and base != chr(code) and base.isascii():
            table[code] = base
    for ch, repl in _SPECIAL.items():
        table[ord(ch)] = repl
    return table


_TABLE = _build_table()
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 50_000


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` (letters and digits; everything else separates)."""
    lowered = text.lower()
    if not lowered.isascii() and not unicodedata.is_normalized("NFC", lowered):
        lowered = unicodedata.normalize("NFC", lowered)
    return _WORD.findall(lowered)


def fold_words(ws: Iterable[str]) -> tuple[str, ...]:
    """``fold_word`` of each word (one cache look-up a word already met)."""
    cache = _CACHE
    return tuple([cache.get(w) or fold_word(w) for w in ws])


def fold_word(word: str) -> str:
    """The search key of one lower-case word (see the module docstring)."""
    folded = _CACHE.get(word)
    if folded is not None:
        return folded
    folded = word if word.isascii() else _combining_free(word.translate(_TABLE))
    if not folded.isalnum():  # NFKD may leave a separator (½ → 1⁄2): keep one token
        folded = "".join(c for c in folded if c.isalnum())
    folded = _fold_digraphs(folded)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[word] = folded
    return folded


def _fold_digraphs(text: str) -> str:
    # aa → a, ae → a, oe → o until none is left. Each rule shortens the text and keeps
    # its first letter, and the rules' overlaps (aaa, aae) end alike, so the order does
    # not matter: folding a text and folding its words one by one agree.
    while "aa" in text or "ae" in text or "oe" in text:
        text = text.replace("aa", "a").replace("ae", "a").replace("oe", "o")
    return text


def folded_text_words(text: str) -> list[str]:
    """``folded_words(text)``, computed on the whole text (faster for long texts)."""
    lowered = text.lower()
    if lowered.isascii():
        return _WORD.findall(_fold_digraphs(lowered))
    if not unicodedata.is_normalized("NFC", lowered):
        lowered = unicodedata.normalize("NFC", lowered)
    lowered = _fold_digraphs(lowered.translate(_TABLE))
    found = _WORD.findall(lowered)
    if lowered.isascii():
        return found
    return [w if w.isascii() else fold_word(w) for w in found]


def _combining_free(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def folded_words(text: str) -> list[str]:
    """``words`` of ``text``, each folded."""
    return [fold_word(w) for w in words(text)]


def has_diacritics(word: str) -> bool:
    """Whether ``word`` is spelled with letters that folding changes (ö, å, é, ...)."""
    return not word.isascii()
