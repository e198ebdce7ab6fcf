"""A short prefix with a long expansion beside a common word: checked in SQL, not Python.

Checking the prefix on the candidates in Python pays off only when the query's other
words are rare; beside a word most items hold (a unit, a house brand) the Python check
reads thousands of rows, so the prefix's OR goes into the FTS5 query instead
(``search_plan.RARE_DOCS``). Either way the best rows are the same (further down, an
item whose word starting with the letter is rare may come later, when paging).
"""

from __future__ import annotations

import pytest

from desktop.storage import search_plan
from desktop.storage.catalogue_index import STRONG
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_expand import Expander
from desktop.storage.search_query import parse_terms
from desktop.storage.search_result import snapshot


def _plan(db: Database, text: str) -> tuple[list[search_plan.Phase], int]:
    """The phases of ``text`` and how many items hold its first word's prefix."""
    expander = Expander()
    with snapshot(db) as conn:
        terms = parse_terms(text)
        groups = expander.groups(conn, terms, "sv")
        docs = expander.prefix(conn, STRONG + terms[0].folded).docs
        return search_plan.Planner(conn, expander).phases(groups, ""), docs


pytestmark = pytest.mark.usefixtures("no_time_box")  # the rows compared, not speed

QUERY = "kaffe b"  # a word of many items, then a letter starting a great many words


def test_a_letter_beside_a_common_word_is_sought_in_the_index(
    demo_catalogue_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, docs = _plan(demo_catalogue_db, QUERY)
    assert docs > 10
    monkeypatch.setattr(search_plan, "RARE_DOCS", docs * 2)  # the word counts as rare
    rare, _ = _plan(demo_catalogue_db, QUERY)
    assert any(p.residual for p in rare)  # the letter is checked in Python
    monkeypatch.setattr(search_plan, "RARE_DOCS", docs - 1)  # the word is common
    common, _ = _plan(demo_catalogue_db, QUERY)
    assert not any(p.residual for p in common)
    assert all('"_b' in p.head for p in common if p.head)  # the letter's OR is in SQL


def test_the_best_rows_are_the_same_either_way(
    demo_catalogue_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = []
    for rare_docs in (10**9, 0):
        monkeypatch.setattr(search_plan, "RARE_DOCS", rare_docs)
        result = CatalogueSearch(demo_catalogue_db).search(QUERY)
        pages.append(result.first_page(50))
    assert len(pages[0]) == 50
    assert pages[0][:20] == pages[1][:20]
