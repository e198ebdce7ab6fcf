"""The CPV 2008 code list with its Nordic labels, as shipped in ``resources/``.

Source: ``resources/standards/cpv/cpv_2008_nordic.csv`` (Publications Office of the EU
and DFØ, CC BY 4.0; see the licence files beside it). The store copies it into its
``cpv_label`` table (migration ``0002``); the search index reads it from here.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CPV_LANGUAGES: tuple[str, ...] = ("en", "sv", "da", "nb", "fi")


def cpv_file() -> Path:
    """The shipped CSV (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "standards" / "cpv" / "cpv_2008_nordic.csv"


@dataclass(frozen=True)
class CpvCode:
    code: str  # 8 digits
    level: str  # division, group, class, category, subcategory
    parent: str | None
    labels: dict[str, str]  # language → label


def read_cpv(path: Path | None = None) -> Iterator[CpvCode]:
    """Every code of the list, in file order."""
    with (path or cpv_file()).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            labels = {lang: row[lang] for lang in CPV_LANGUAGES if row.get(lang)}
            yield CpvCode(row["code"], row["level"], row["parent"] or None, labels)


@cache
def cpv_codes() -> dict[str, CpvCode]:
    """The list as a dict by code (read once per process)."""
    return {c.code: c for c in read_cpv()}


def significant_prefix(code: str) -> str:
    """The digits that place ``code`` in the tree: 15800000 → 158, 15811100 → 158111."""
    return code.rstrip("0")[:8].ljust(2, "0")


def label_words(code: CpvCode) -> list[str]:
    """Folded words of a code's labels in every language, with compound heads."""
    # Imported here: catalogue_index imports this module.
    from desktop.storage.catalogue_index import compound_head
    from desktop.storage.text_fold import fold_word, words

    found: dict[str, None] = {}
    for label in code.labels.values():
        for word in words(label):
            folded = fold_word(word)
            found[folded] = None
            head = compound_head(folded)
            if head is not None:
                found[head] = None
    return list(found)


# Words that open what a label leaves out ("Office equipment except furniture"): a
# search for "furniture" must not find what such a code covers. Folded; en, sv, da, nb.
EXCLUSION_WORDS = frozenset(
    {"except", "excl", "excluding", "utom", "exkl", "undtagen", "ekskl", "ikke"}
    | {"bortsett", "unntatt", "utenom"}
)


def included_label_words(labels: Iterable[str]) -> frozenset[str]:
    """Folded words (and compound heads) of labels, leaving out what follows an exclusion
    word: to the closing parenthesis when it stands in one, else to the label's end."""
    from desktop.storage.catalogue_index import compound_head
    from desktop.storage.text_fold import fold_word

    found: set[str] = set()
    for label in labels:
        for part in re.split(r"(\([^)]*\))", label.lower()):
            for word in re.findall(r"[^\W_]+", part):
                folded = fold_word(word)
                if folded in EXCLUSION_WORDS:
                    break  # the rest of this part is left out
                found.add(folded)
                head = compound_head(folded)
                if head is not None:
                    found.add(head)
    return frozenset(found)
