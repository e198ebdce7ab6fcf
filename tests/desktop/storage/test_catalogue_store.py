"""CatalogueStore: whole catalogues in one transaction, deltas, state, item details."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop.domain.catalogue import CatalogueLine, Certificate, LineAction
from desktop.domain.errors import AvropError
from desktop.storage.catalogue_store import BATCH, CatalogueStore
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch
from tests.fixtures.catalogue import catalogue_line, index_problems, register_reference


def names(db: Database, supplier_id: str = "s-test") -> set[str]:
    raw = sqlite3.connect(db.path)
    try:
        rows = raw.execute(
            "SELECT name FROM catalogue_items WHERE supplier_id = ?", (supplier_id,)
        ).fetchall()
    finally:
        raw.close()
    return {r[0] for r in rows}


def many(count: int, prefix: str = "Kaffe", supplier_id: str = "s-test") -> list[CatalogueLine]:
    return [
        catalogue_line(f"A{i:05d}", f"{prefix} nummer {i}", supplier_id=supplier_id)
        for i in range(count)
    ]


def failing(lines: list[CatalogueLine], at: int) -> Iterator[CatalogueLine]:
    for i, line in enumerate(lines):
        if i == at:
            raise ValueError(f"line {at} is malformed")
        yield line


def test_replace_adds_lines_and_records_the_sync(catalogue_store: CatalogueStore) -> None:
    when = datetime(2025, 5, 1, 8, 0, tzinfo=UTC)
    result = catalogue_store.replace_catalogue("s-test", many(3), etag='"v1"', synced_at=when)
    assert (result.added, result.updated, result.unchanged, result.removed) == (3, 0, 0, 0)
    state = catalogue_store.catalogue_state("s-test")
    assert (state.etag, state.synced_at, state.line_count, state.last_error) == (
        '"v1"',
        when,
        3,
        None,
    )


def test_an_unknown_supplier_has_an_empty_state(catalogue_store: CatalogueStore) -> None:
    state = catalogue_store.catalogue_state("s-none")
    assert (state.etag, state.synced_at, state.line_count) == (None, None, 0)


def test_replace_updates_keeps_unchanged_and_removes_withdrawn_lines(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(4))
    second = [
        catalogue_line("A00000", "Kaffe nummer 0"),  # unchanged
        catalogue_line("A00001", "Kaffe nummer 1", price=Decimal("12.50")),  # price only
        catalogue_line("A00002", "Te nummer 2"),  # renamed
        catalogue_line("B00009", "Socker"),  # new; A00003 is withdrawn
    ]
    result = catalogue_store.replace_catalogue("s-test", second, etag='"v2"')
    assert (result.added, result.updated, result.unchanged, result.removed) == (1, 2, 1, 1)
    assert names(catalogue_db) == {"Kaffe nummer 0", "Kaffe nummer 1", "Te nummer 2", "Socker"}
    assert catalogue_store.catalogue_state("s-test").line_count == 4
    assert index_problems(catalogue_db) == []


def test_an_iterator_failing_half_way_rolls_everything_back(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(10), etag='"v1"')
    before = catalogue_store.catalogue_state("s-test")
    new = many(BATCH * 2 + 50, prefix="Te")  # the error comes after two batches were written
    with pytest.raises(ValueError, match=f"line {BATCH * 2 + 10} is malformed"):
        catalogue_store.replace_catalogue("s-test", failing(new, BATCH * 2 + 10), etag='"v2"')
    assert names(catalogue_db) == {f"Kaffe nummer {i}" for i in range(10)}
    assert catalogue_store.catalogue_state("s-test") == before
    assert CatalogueSearch(catalogue_db).search("te").count() == 0
    assert index_problems(catalogue_db) == []


def test_readers_see_the_previous_catalogue_until_the_commit(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(5))
    search = CatalogueSearch(catalogue_db)
    seen_during: list[int] = []

    def lines() -> Iterator[CatalogueLine]:
        yield from many(BATCH + 10, prefix="Te")
        # The first batch is written (uncommitted) by now; another connection looks.
        seen_during.append(search.search("kaffe").count())
        seen_during.append(search.search("te").count())

    catalogue_store.replace_catalogue("s-test", lines())
    assert seen_during == [5, 0]
    assert search.search("kaffe").count() == 0
    assert search.search("te").count() == BATCH + 10


def test_a_duplicate_article_is_refused_and_changes_nothing(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(3))
    for duplicate_at in (1, BATCH + 5):  # in the same batch, and in a later one
        lines = many(BATCH + 10, prefix="Te")
        lines.insert(duplicate_at, catalogue_line("A00000", "Te igen"))
        with pytest.raises(AvropError) as caught:
            catalogue_store.replace_catalogue("s-test", lines)
        assert caught.value.code == "catalogue_duplicate_item"
        assert caught.value.field == "A00000"
    assert names(catalogue_db) == {"Kaffe nummer 0", "Kaffe nummer 1", "Kaffe nummer 2"}


def test_a_line_of_another_supplier_is_refused(catalogue_store: CatalogueStore) -> None:
    with pytest.raises(AvropError) as caught:
        catalogue_store.replace_catalogue("s-test", many(2, supplier_id="s-other"))
    assert caught.value.code == "catalogue_wrong_supplier"


def test_delta_adds_updates_and_deletes(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(3), etag='"v1"')
    delta = [
        catalogue_line("A00000", "Kaffe nummer 0", action=LineAction.UPDATE, price=Decimal("9")),
        catalogue_line("A00001", "Kaffe nummer 1", action=LineAction.DELETE),
        catalogue_line("C00001", "Mjölk", action=LineAction.ADD),
        catalogue_line("Z99999", "Okänd", action=LineAction.DELETE),  # unknown: ignored
    ]
    result = catalogue_store.apply_delta("s-test", delta, etag='"v2"')
    assert (result.added, result.updated, result.removed) == (1, 1, 1)
    assert names(catalogue_db) == {"Kaffe nummer 0", "Kaffe nummer 2", "Mjölk"}
    item = catalogue_store.find_item("s-test", "A00000")
    assert item is not None
    detail = catalogue_store.item(item)
    assert detail is not None and detail.price == Decimal("9")
    assert catalogue_store.catalogue_state("s-test").etag == '"v2"'
    assert index_problems(catalogue_db) == []


def test_an_update_that_moves_an_item_to_the_agreement_changes_its_id(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(2))
    before = catalogue_store.find_item("s-test", "A00001")
    moved = catalogue_line("A00001", "Kaffe nummer 1", agreement_id="a-coffee")
    catalogue_store.apply_delta("s-test", [moved])
    after = catalogue_store.find_item("s-test", "A00001")
    assert before is not None and after is not None and after < before  # agreement first
    assert catalogue_store.item(before) is None
    assert index_problems(catalogue_db) == []


def test_failures_are_recorded_and_cleared_by_the_next_good_sync(
    catalogue_store: CatalogueStore,
) -> None:
    catalogue_store.replace_catalogue("s-test", many(2), etag='"v1"')
    catalogue_store.record_failure("s-test", "peppol_invalid: line 7: no price")
    state = catalogue_store.catalogue_state("s-test")
    assert state.last_error == "peppol_invalid: line 7: no price" and state.error_at is not None
    assert (state.etag, state.line_count) == ('"v1"', 2)
    catalogue_store.replace_catalogue("s-test", many(2), etag='"v2"')
    assert catalogue_store.catalogue_state("s-test").last_error is None


def test_remove_catalogue_removes_the_items_and_state(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    catalogue_store.replace_catalogue("s-test", many(3))
    catalogue_store.replace_catalogue("s-keep", many(2, supplier_id="s-keep"))
    assert catalogue_store.remove_catalogue("s-test") == 3
    assert names(catalogue_db) == set()
    assert catalogue_store.catalogue_state("s-test").line_count == 0
    assert len(names(catalogue_db, "s-keep")) == 2
    assert index_problems(catalogue_db) == []


def test_item_detail_has_what_the_item_pane_shows(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    register_reference(catalogue_db, {"s-test": "Kaffekompaniet AB"}, {"a-coffee": "Kaffe"})
    line = catalogue_line(
        "K1",
        "Bryggkaffe Mellanrost 500 g",
        brand="Löfbergs",
        description="Bryggkaffe från Löfbergs.",
        keywords=("Filterkaffe", "ground coffee"),
        gtin="7310050001234",
        unit_code="XPK",
        content_quantity=Decimal("0.5"),
        content_unit_code="KGM",
        price=Decimal("45.00"),
        list_price=Decimal("60.00"),
        min_order_quantity=Decimal("2"),
        cpv_codes=("15861000",),
        certificates=(Certificate("FAIR_TRADE_MARK", "Fairtrade"), Certificate("ISO", "ISO 9001")),
        image_refs=("https://images.example.net/k1.jpg",),
        agreement_id="a-coffee",
        valid_to=date(2026, 12, 31),
    )
    catalogue_store.replace_catalogue("s-test", [line])
    item_id = catalogue_store.find_item("s-test", "K1")
    assert item_id is not None
    detail = catalogue_store.item(item_id, language="da")
    assert detail is not None
    assert (detail.name, detail.supplier_name, detail.agreement_name) == (
        "Bryggkaffe Mellanrost 500 g",
        "Kaffekompaniet AB",
        "Kaffe",
    )
    assert detail.agreement_number == "RA-001"
    assert detail.agreement_valid_on(date(2025, 1, 1))
    assert detail.content_unit_price == Decimal("90.00")  # per kg
    assert detail.saving == Decimal("15.00") and detail.saving_percent == Decimal("25.0")
    assert detail.cpv_code == "15861000" and detail.cpv_label == "Kaffe"
    assert [c.type_code for c in detail.eco_labels] == ["FAIR_TRADE_MARK"]
    assert len(detail.certificates) == 2 and detail.eco
    assert detail.keywords == ("Filterkaffe", "ground coffee")
    assert detail.image_ref == "https://images.example.net/k1.jpg"
    assert (detail.min_order_quantity, detail.valid_to) == (Decimal("2"), date(2026, 12, 31))
    english = catalogue_store.item(item_id, language="en")
    assert english is not None and english.cpv_label == "Coffee"


def test_the_cpv_labels_are_loaded_in_every_language(catalogue_db: Database) -> None:
    CatalogueStore(catalogue_db)
    raw = sqlite3.connect(catalogue_db.path)
    try:
        count = raw.execute("SELECT count(*) FROM cpv_labels").fetchone()[0]
        row = raw.execute(
            "SELECT en, sv, da, nb, fi FROM cpv_labels WHERE code = '33751000'"
        ).fetchone()
    finally:
        raw.close()
    assert count > 9000
    assert row == (
        "Disposable nappies",
        "Engångsblöjor",
        "Engangsbleer",
        "Engangsbleier",
        "Kertakäyttövaipat",
    )


def test_an_index_built_by_other_rules_is_rebuilt(catalogue_db: Database) -> None:
    store = CatalogueStore(catalogue_db)
    store.replace_catalogue("s-test", many(3))
    raw = sqlite3.connect(catalogue_db.path)
    raw.execute("UPDATE catalogue_meta SET value = 'old' WHERE key = 'index_version'")
    raw.execute("INSERT INTO catalogue_fts(catalogue_fts) VALUES ('delete-all')")
    raw.commit()
    raw.close()
    CatalogueStore(catalogue_db)
    assert CatalogueSearch(catalogue_db).search("kaffe").count() == 3
    assert index_problems(catalogue_db) == []


def test_compacting_merges_the_index_into_one_segment(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    for n in range(12):
        catalogue_store.replace_catalogue(f"s-{n}", many(20, supplier_id=f"s-{n}"))
    assert catalogue_store.index_segments() > 1
    catalogue_store.compact_index(full=True)
    assert catalogue_store.index_segments() == 1
    assert CatalogueSearch(catalogue_db).search("kaffe").count() == 240
    assert index_problems(catalogue_db) == []


def test_a_delta_may_add_an_article_and_update_it_later(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    lines = many(BATCH + 5)
    lines.append(
        catalogue_line("A00001", "Kaffe nummer 1", action=LineAction.UPDATE, price=Decimal("99"))
    )
    catalogue_store.apply_delta("s-test", lines)
    item = catalogue_store.find_item("s-test", "A00001")
    assert item is not None
    detail = catalogue_store.item(item)
    assert detail is not None and detail.price == Decimal("99")
    assert catalogue_store.catalogue_state("s-test").line_count == BATCH + 5
    assert index_problems(catalogue_db) == []


def test_a_price_below_one_per_content_unit_keeps_four_decimals(
    catalogue_store: CatalogueStore,
) -> None:
    staples = catalogue_line(
        "H1",
        "Häftklamrar 24/6 5000 st",
        unit_code="XPK",
        content_quantity=Decimal("5000"),
        content_unit_code="EA",
        price=Decimal("19.90"),
    )
    catalogue_store.replace_catalogue("s-test", [staples])
    item = catalogue_store.find_item("s-test", "H1")
    assert item is not None
    detail = catalogue_store.item(item)
    assert detail is not None and detail.content_unit_price == Decimal("0.0040")
