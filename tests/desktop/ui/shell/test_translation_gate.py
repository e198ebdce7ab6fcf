"""The translation gate: no entry of sv, da or nb is left as the English source.

A translation identical to its source is either forgotten or a word that really is the
same in that language. The second kind is listed here, each with the reason, and with
the languages it holds for; everything else identical fails. (Missing and unfinished
entries fail in ``test_translations.py``: lupdate's diff and the empty-text check.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.desktop.ui.shell.test_translations import _messages
from tools.i18n_build import LANGUAGES, ts_file

ALL = frozenset(LANGUAGES)

# source -> (languages where it stays as it is, why)
SAME_IN_TRANSLATION: dict[str, tuple[frozenset[str], str]] = {
    "Avrop": (ALL, "the product's name"),
    "OK": (ALL, "the button word in all four languages"),
    "GTIN:": (ALL, "GS1's identifier, written so everywhere"),
    "CPV": (ALL, "the EU's Common Procurement Vocabulary, an acronym"),
    "Fairtrade": (ALL, "a label's registered name"),
    "Bra Miljöval": (ALL, "a Swedish label's registered name"),
    "kg": (ALL, "SI unit symbol"),
    "g": (ALL, "SI unit symbol"),
    "ml": (ALL, "SI unit symbol"),
    "Status": (ALL, "the same word in sv, da and nb"),
    "Status: %1": (ALL, "the same word in sv, da and nb"),
    "Person": (ALL, "the same word in sv, da and nb"),
    "Type": (frozenset({"da", "nb"}), "the same word in da and nb (the file dialog's column)"),
    "Budget": (frozenset({"sv", "da"}), "the same word in sv and da (nb: budsjett)"),
    "Budget %1": (frozenset({"sv", "da"}), "the same word in sv and da (nb: budsjett)"),
    "Period": (frozenset({"sv"}), "the same word in sv (da, nb: periode)"),
    "Support": (frozenset({"sv", "da"}), "the everyday sv and da word for IT help"),
}


def _has_words(source: str) -> bool:
    """False for pure layout such as ``%1 — %2``: placeholders and punctuation only."""
    return bool(re.search(r"[^\W\d_]", re.sub(r"%L?[n\d]", "", source)))


def identical_entries(path: Path, language: str) -> list[tuple[str, str]]:
    """(context, source) of each entry whose translation, or a numerus form, is the source."""
    found = []
    for (context, source), texts in _messages(path).items():
        if not _has_words(source) or not any(t == source for t in texts):
            continue
        allowed = SAME_IN_TRANSLATION.get(source)
        if allowed is None or language not in allowed[0]:
            found.append((context, source))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_left_in_english(language: str) -> None:
    assert identical_entries(ts_file(language), language) == []


def test_the_list_of_same_words_is_short_and_used() -> None:
    """Each listed word is still in the sources, and the list stays a short list."""
    sources = {source for language in LANGUAGES for _c, source in _messages(ts_file(language))}
    assert len(SAME_IN_TRANSLATION) <= 20
    assert set(SAME_IN_TRANSLATION) <= sources


def test_an_identical_entry_fails_the_gate(tmp_path: Path) -> None:
    """Copying a source into its translation is caught; a listed word is not."""
    text = ts_file("sv").read_text(encoding="utf-8")
    forgotten = text.replace(
        "<source>Online</source>\n        <translation>Ansluten</translation>",
        "<source>Online</source>\n        <translation>Online</translation>",
    )
    assert forgotten != text
    copy = tmp_path / "avrop_sv.ts"
    copy.write_text(forgotten, encoding="utf-8")
    assert identical_entries(copy, "sv") == [("AppStatusBar", "Online")]
    # Words listed for Swedish only are not waved through for Danish.
    read_as_danish = identical_entries(copy, "da")
    assert ("SpendColumns", "Period") in read_as_danish
