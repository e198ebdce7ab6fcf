"""Relevance on a demo-size catalogue: what a user types for a need finds an item of the
agreement for that need among the first ten results (agreement suppliers and off-agreement
web shops sell overlapping ranges; names are Swedish with Nordic and English keywords)."""

from __future__ import annotations

import pytest

from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch

NEEDS = [
    # (typed, language, agreement expected in the top ten)
    ("kaffe", "sv", "a-coffee"),
    ("kaff", "sv", "a-coffee"),
    ("blöj", "sv", "a-nappies"),
    ("blöjor", "sv", "a-nappies"),
    ("blojor", "sv", "a-nappies"),
    ("bleer", "da", "a-nappies"),
    ("bleier", "nb", "a-nappies"),
    ("kopipap", "da", "a-copy_paper"),
    ("kopipapir", "nb", "a-copy_paper"),
    ("kopieringspapper", "sv", "a-copy_paper"),
    ("handsprit", "sv", "a-sanitiser"),
    ("håndsprit", "da", "a-sanitiser"),
    ("toalettpapper", "sv", "a-hygiene"),
    ("toiletpapir", "da", "a-hygiene"),
    ("bröd", "sv", "a-bakery"),
    ("brød", "da", "a-bakery"),
    ("bread", "en", "a-bakery"),
    ("handskar", "sv", "a-gloves"),
    ("handsker", "da", "a-gloves"),
    ("engångshandskar", "sv", "a-gloves"),
    ("te", "sv", "a-coffee"),
    ("mjölk", "sv", "a-dairy"),
    ("melk", "nb", "a-dairy"),
    ("pasta", "sv", "a-groceries"),
    ("plåster", "sv", "a-medical"),
    ("diskmedel", "sv", "a-cleaning"),
    ("pussel", "sv", "a-toys"),
    ("kulspetspenna", "sv", "a-office"),
    ("färgpennor", "sv", "a-art"),
    ("förkläde", "sv", "a-workwear"),
    ("äpplen", "sv", "a-fruit"),
    ("apples", "en", "a-fruit"),
]


pytestmark = pytest.mark.usefixtures("no_time_box")


@pytest.mark.parametrize(("typed", "language", "agreement"), NEEDS)
def test_a_need_finds_its_agreement_in_the_top_ten(
    demo_catalogue_db: Database, typed: str, language: str, agreement: str
) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    result = search.search(typed, language=language, limit=10)
    rows = search.rows(result.first_page(10))
    assert agreement in {r.agreement_id for r in rows}, [(r.name, r.agreement_id) for r in rows]


@pytest.mark.parametrize(("typed", "language", "agreement"), NEEDS)
def test_the_first_result_is_on_an_agreement(
    demo_catalogue_db: Database, typed: str, language: str, agreement: str
) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    (row,) = search.rows(search.search(typed, language=language).first_page(1))
    assert row.agreement_id is not None


def test_whole_words_beat_longer_words_that_start_alike(demo_catalogue_db: Database) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    rows = search.rows(search.search("te").first_page(5))
    assert all(r.name.split()[0] == "Te" for r in rows), [r.name for r in rows]
    rows = search.rows(search.search("kaffe").first_page(5))
    assert all("kaffe" in r.name.lower() for r in rows), [r.name for r in rows]
