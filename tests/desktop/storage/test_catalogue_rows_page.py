"""A page's rows (built field by field for speed) say what the item pane says."""

from __future__ import annotations

import dataclasses

from desktop.storage.catalogue_views import ItemRow, load_detail, load_rows
from desktop.storage.database import Database
from desktop.storage.search_result import snapshot


def test_a_page_row_holds_the_same_fields_as_the_items_detail(demo_catalogue_db: Database) -> None:
    with snapshot(demo_catalogue_db) as conn:
        ids = [r[0] for r in conn.execute("SELECT item_id FROM catalogue_items ORDER BY item_id")]
        page = ids[:: max(1, len(ids) // 300)]
        rows = load_rows(conn, page)
        assert [r.item_id for r in rows] == page
        kinds = set()
        for row in rows:
            detail = load_detail(conn, row.item_id, "en")
            assert detail is not None
            for field in dataclasses.fields(ItemRow):
                if field.name == "agreement_name":  # the pane's is in the UI language
                    continue
                assert getattr(row, field.name) == getattr(detail, field.name), field.name
                assert type(getattr(row, field.name)) is type(getattr(detail, field.name))
            kinds.add((row.agreement_id is None, row.price is None, bool(row.eco_labels)))
        assert len(kinds) >= 3  # rows with and without agreements, prices, labels
