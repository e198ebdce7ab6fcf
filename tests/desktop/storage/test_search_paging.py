"""SearchResult paging on a demo-size catalogue: every match once, in rank order, with a
first page that is ready at once and a head that a time box may cut short."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from desktop.storage import search_head
from desktop.storage.catalogue_index import OTHER_TIER, tier_range
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch, SearchFilters
from desktop.storage.text_fold import folded_words

QUERIES = ["kaffe", "k", "st", "bröd", "papper a4", "te", "blo", "handsk", "mjölk lätt", "s p"]


pytestmark = pytest.mark.usefixtures("no_time_box")


def all_ids(search: CatalogueSearch, text: str, **options: object) -> list[int]:
    result = search.search(text, **options)  # type: ignore[arg-type]
    total = result.count()
    ids = result.fetch_ids(0, total + 10)
    assert len(ids) == total
    return ids


def names_by_id(db: Database) -> dict[int, tuple[str, str | None]]:
    raw = sqlite3.connect(db.path)
    try:
        return {
            r[0]: (r[1], r[2])
            for r in raw.execute("SELECT item_id, name, agreement_id FROM catalogue_items")
        }
    finally:
        raw.close()


def shown_as(db: Database) -> dict[int, int]:
    """Each offer of a product several suppliers offer → the offer a result shows."""
    raw = sqlite3.connect(db.path)
    try:
        return dict(raw.execute("SELECT item_id, best_id FROM catalogue_offers").fetchall())
    finally:
        raw.close()


@pytest.mark.parametrize("text", QUERIES)
def test_every_match_comes_once_and_the_first_page_first(
    demo_catalogue_db: Database, text: str
) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    result = search.search(text, limit=20)
    first = result.first_page(20)
    middle = result.fetch_ids(5, 10)
    ids = result.fetch_ids(0, result.count())
    assert len(set(ids)) == len(ids) == result.count()
    assert ids[: len(first)] == first
    assert middle == ids[5:15]
    assert ids == all_ids(search, text)


@pytest.mark.parametrize("text", ["kaffe", "st", "bröd", "papper a4"])
def test_agreement_items_lead_the_whole_result(demo_catalogue_db: Database, text: str) -> None:
    ids = all_ids(CatalogueSearch(demo_catalogue_db), text)
    first_other = tier_range(OTHER_TIER)[0]
    tiers = [i >= first_other for i in ids]
    assert tiers == sorted(tiers)
    assert any(tiers) and not all(tiers)


@pytest.mark.parametrize("text", ["kaffe", "blöj", "te", "handsprit", "k"])
def test_every_item_with_a_name_word_starting_so_is_found(
    demo_catalogue_db: Database, text: str
) -> None:
    (term,) = folded_words(text)
    expected = {
        i
        for i, (name, _) in names_by_id(demo_catalogue_db).items()
        if any(w.startswith(term) for w in folded_words(name))
    }
    assert expected
    best = shown_as(demo_catalogue_db)
    shown = {best.get(i, i) for i in expected}
    assert len(shown) < len(expected)  # the demo's suppliers share products
    assert shown <= set(all_ids(CatalogueSearch(demo_catalogue_db), text))


def test_the_empty_query_pages_through_every_item(demo_catalogue_db: Database) -> None:
    ids = all_ids(CatalogueSearch(demo_catalogue_db), "")
    best = shown_as(demo_catalogue_db)
    expected = dict.fromkeys(best.get(i, i) for i in sorted(names_by_id(demo_catalogue_db)))
    assert ids == list(expected)  # one row per product, where its first offer stands


def test_filters_hold_on_every_page(demo_catalogue_db: Database) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    ids = all_ids(search, "", filters=SearchFilters(agreement_id="a-coffee"))
    assert ids and {r.agreement_id for r in search.rows(ids)} == {"a-coffee"}
    ids = all_ids(search, "s", filters=SearchFilters(supplier_id="s-off-2"))
    assert ids and {r.supplier_id for r in search.rows(ids)} == {"s-off-2"}


@pytest.mark.parametrize("text", ["kaffe", "st pa", "k", "bröd"])
def test_a_head_cut_short_by_its_time_box_still_pages_every_match(
    demo_catalogue_db: Database, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    expected = set(all_ids(search, text))
    monkeypatch.setattr(search_head, "HEAD_BUDGET", 0.0)
    monkeypatch.setattr(search_head, "HEAD_HARD_BUDGET", 0.0)
    result = search.search(text)
    assert result.head_cut_short
    ids = result.fetch_ids(0, len(expected) + 10)
    assert len(ids) == len(set(ids)) == result.count()
    assert set(ids) == expected


def test_searches_from_several_threads_agree(demo_catalogue_db: Database) -> None:
    search = CatalogueSearch(demo_catalogue_db)
    expected = {text: all_ids(search, text)[:50] for text in QUERIES}
    failures: list[str] = []

    def run() -> None:
        for text in QUERIES:
            if search.search(text).fetch_ids(0, 50) != expected[text]:
                failures.append(text)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
