"""Each query term's part of a candidate's score is kept between keystrokes: typing the
third word computes the parts of that word only, and the scores stay those of ``score``."""

from __future__ import annotations

from pathlib import Path

import pytest

from central_api.demo.products import generate_catalogue
from desktop.storage import search_rank
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_query import QueryTerm, parse_terms
from desktop.storage.search_rank import TermParts, score, scores


def test_kept_parts_give_the_scores_score_gives() -> None:
    items = [
        (1, "Bryggkaffe mellanrost 500 g", "Zoégas kaffe"),
        (2, "Kaffe Mellan Bryggmalet", ""),
        (3, "Kaffebröd", "bageri"),
        (4, "Mjölk 1 l", "kaffe mjölk"),
    ]
    kept: TermParts = {}
    for typed in ("k", "kaffe", "kaffe m", "kaffe mellan", "kaffe mellan b", "kafé"):
        terms = parse_terms(typed)
        expected = {i: score(terms, ["mjolk"], name, other) for i, name, other in items}
        assert scores(terms, ["mjolk"], items, kept) == expected


def test_a_new_word_computes_the_parts_of_that_word_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "avrop.sqlite3")
    CatalogueStore(db).replace_catalogue(
        "s-1", generate_catalogue("s-1", "coffee", None, 120, seed=3)
    )
    search = CatalogueSearch(db)
    assert search.search("kaffe mellan").first_page()
    computed: list[str] = []
    real = search_rank._term_part

    def counted(term: QueryTerm, prepared: search_rank.Prepared, other: str) -> float:
        computed.append(term.folded)
        return real(term, prepared, other)

    monkeypatch.setattr(search_rank, "_term_part", counted)
    assert search.search("kaffe mellan b").first_page()
    assert computed and set(computed) == {"b"}
    db.close()
