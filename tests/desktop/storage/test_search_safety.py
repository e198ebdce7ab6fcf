"""Whatever the user types, the search never breaks: FTS5 syntax is neutralised."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_query import parse_terms
from tests.fixtures.catalogue import catalogue_line

NASTY = [
    '"',
    '""',
    "'",
    "*",
    "kaffe*",
    "*kaffe",
    "AND",
    "OR",
    "NOT",
    "kaffe AND",
    "OR kaffe",
    "NOT kaffe",
    "-kaffe",
    "kaffe -te",
    "^kaffe",
    "name:kaffe",
    "doc:kaffe",
    "{doc}: kaffe",
    "(kaffe",
    "kaffe)",
    "()",
    "NEAR(kaffe te)",
    "kaffe + te",
    "\x00",
    "kaffe\x00te",
    '"kaffe" "te"',
    "kaf'fe",
    "~s",
    "_kaffe",
    "=bröd",
    "~e",
    "\\",
    "%",
    "_",
    "a" * 500,
    "ö" * 100,
    "  ",
    "\t\n",
    "😀 kaffe",
    "ｋａｆｆｅ",
    "ǅ",
    "½",
    "kaffe;DROP TABLE x",
]


@pytest.fixture
def search(catalogue_db: Database, catalogue_store: CatalogueStore) -> CatalogueSearch:
    catalogue_store.replace_catalogue(
        "s-test",
        [
            catalogue_line("A1", "Kaffe Mellanrost"),
            catalogue_line("A2", "Te Earl Grey"),
            catalogue_line("A3", "Bröd Råg", agreement_id="a-bakery"),
        ],
    )
    return CatalogueSearch(catalogue_db)


@pytest.mark.parametrize("text", NASTY)
def test_syntax_in_user_text_is_only_words(search: CatalogueSearch, text: str) -> None:
    result = search.search(text)
    ids = result.fetch_ids(0, 10)
    assert len(ids) == result.count() <= 3
    search.rows(ids)


def test_operators_typed_are_words_not_operators(search: CatalogueSearch) -> None:
    assert search.search("kaffe OR te").count() == 0  # both "or" and "te" must match
    assert search.search("kaffe NOT mellanrost").count() == 0
    assert search.search('"kaffe"').count() == 1
    assert search.search("kaffe*").count() == 1


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_arbitrary_text_never_raises(search: CatalogueSearch, text: str) -> None:
    result = search.search(text, limit=5)
    ids = result.fetch_ids(0, 5)
    assert len(set(ids)) == len(ids)
    assert result.count() >= len(ids)


@given(st.text(max_size=60))
def test_parsed_terms_hold_only_letters_and_digits(text: str) -> None:
    for term in parse_terms(text):
        assert term.raw and term.folded
        assert all(c.isalnum() for c in term.raw + term.folded)
