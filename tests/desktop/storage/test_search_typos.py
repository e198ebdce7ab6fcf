"""The item search forgives one slip (from the vocabulary, only when the words as typed
find little), reads no category out of what a CPV label leaves out, and its words-only
mode lists only items naming the words themselves."""

from __future__ import annotations

import pytest

from desktop.storage.catalogue_cpv import included_label_words
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_typos import one_slip_away
from tests.fixtures.catalogue import catalogue_line, register_reference


@pytest.fixture
def search(catalogue_db: Database, catalogue_store: CatalogueStore) -> CatalogueSearch:
    catalogue_store.replace_catalogue(
        "s-test",
        [
            catalogue_line("A1", "Bryggkaffe Mellanrost 500 g", cpv_codes=("15861000",)),
            catalogue_line("A2", "Kaffe Mörkrost 450 g", cpv_codes=("15861000",)),
            catalogue_line("A3", "Blöjor Maxi 40 st", cpv_codes=("33751000",)),
            catalogue_line("A4", "Tangentbord Nordisk", cpv_codes=("30237460",)),
            catalogue_line("A5", "Häftapparat", cpv_codes=("30197320",)),
            catalogue_line("A6", "Kaffa Bönor", cpv_codes=("15861000",)),
        ],
    )
    register_reference(catalogue_db, {"s-test": "Testleverantören AB"}, {"a-x": "Avtal"})
    return CatalogueSearch(catalogue_db)


def names(search: CatalogueSearch, text: str, **options: object) -> list[str]:
    result = search.search(text, **options)  # type: ignore[arg-type]
    return [r.name for r in search.rows(result.fetch_ids(0, 50))]


def test_one_slip_away_holds_every_kind_of_slip() -> None:
    near = set(one_slip_away("kafe"))
    assert {"kaffe", "kafe"[1:], "akfe", "kale"} <= near  # insertion, deletion, swap, change
    assert "kaffee" not in near  # two slips


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ikaffe", "Kaffe"),
        ("kafe", "Kaffe"),
        ("blöjjor", "Blöjor"),
        ("bloojor", "Blöjor"),
        ("blöjjo", "Blöjor"),  # still being typed: a slip in the start of a word
        ("mellanrst", "Mellanrost"),
    ],
)
def test_a_slip_finds_the_word_meant(search: CatalogueSearch, typed: str, meant: str) -> None:
    found = names(search, typed)
    assert found and meant.casefold() in found[0].casefold(), found


def test_a_word_found_as_typed_is_not_mended(search: CatalogueSearch) -> None:
    # "kaffa" is indexed (item A6): the user gets it, not the commoner "kaffe".
    assert names(search, "kaffa") == ["Kaffa Bönor"]


def test_short_words_and_far_slips_are_left_alone(search: CatalogueSearch) -> None:
    assert names(search, "kff") == []  # three letters: too many neighbours to guess
    assert names(search, "xkaffex") == []  # two slips in a five-letter word
    assert names(search, "kaxf") == []  # a start of four letters is not guessed at


def test_words_only_leaves_out_compound_heads(search: CatalogueSearch) -> None:
    assert names(search, "bord") == ["Tangentbord Nordisk"]
    assert names(search, "bord", words_only=True) == []
    assert names(search, "kaffe", words_only=True) == ["Kaffe Mörkrost 450 g"]


def test_what_a_cpv_label_leaves_out_does_not_find_its_items(search: CatalogueSearch) -> None:
    # 30000000 "Office and computing machinery ... except furniture": a keyboard and a
    # stapler are under it, but are not furniture.
    assert names(search, "furniture") == []
    assert names(search, "möbler") == []


def test_included_label_words() -> None:
    words = included_label_words(
        ["Furniture (incl. office furniture), appliances (excl. lighting) and cleaning"]
    )
    assert {"furniture", "appliances", "cleaning"} <= words
    assert "lighting" not in words
    assert "mobler" not in included_label_words(["Kontorsutrustning, exkl. möbler"])
    assert "mobler" not in included_label_words(["Kontorudstyr, herunder ikke møbler"])


def test_put_first_keeps_every_item_once(search: CatalogueSearch) -> None:
    everything = search.search("kaffe").fetch_ids(0, 100)
    assert len(everything) >= 3
    result = search.search("kaffe", limit=1)  # a short head: the rest comes by paging
    pinned = everything[-2:]
    result.put_first(pinned)
    ids = result.fetch_ids(0, 100)
    assert ids[:2] == pinned
    assert sorted(ids) == sorted(everything)
    assert result.count() == len(everything)
