"""Pages of the Find results' rows: asked for on the UI thread, loaded and formatted on the
database worker, handed back to the model on the UI thread.

What a page's texts are made with (the day, the new agreements, which language's texts
the model holds) is captured when the page is asked for (``PageRequest``), on the UI
thread: the worker formats from the rows and those values only, never reading the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Protocol

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.result_texts import row_texts


class PreparedPage(NamedTuple):
    """A page of rows with each row's cell texts, formatted off the UI thread."""

    rows: list[ItemRow]
    texts: list[tuple[str, ...]]


def prepare_page(rows: list[ItemRow], today: date, new: frozenset[str]) -> PreparedPage:
    """``rows`` with their cells' texts (a pure function: call it on any thread)."""
    return PreparedPage(rows, [row_texts(row, today, new) for row in rows])


class RowsArrival(Protocol):
    """Where a page of rows goes: ``prepare(rows)`` formats their texts (call it on the
    loader's worker), then ``arrival(prepared)`` shows them on the UI thread. Plain rows
    (``arrival(rows)``) are formatted as they are drawn."""

    def prepare(self, rows: list[ItemRow]) -> PreparedPage: ...

    def __call__(self, rows: list[ItemRow] | PreparedPage) -> None: ...

    def failed(self, error: BaseException) -> None: ...


# (ids, arrival): load the rows of ids off the UI thread, call arrival on the UI thread.
RowLoader = Callable[[list[int], RowsArrival], None]
# (offset, on_ids): fetch more ids from offset off the UI thread; on_ids([]) at the end.
IdFetcher = Callable[[int, Callable[[list[int]], None]], None]


class PageSink(Protocol):
    """The model's side of a page request (called on the UI thread)."""

    def page_loaded(self, request: PageRequest, loaded: list[ItemRow] | PreparedPage) -> None: ...

    def page_failed(self, request: PageRequest) -> None: ...


@dataclass(frozen=True, slots=True)
class PageRequest:
    """A page asked for (a ``RowsArrival``): of which search (``generation``), which page,
    and the values its texts are made with, as they were when it was asked for.
    ``texts_epoch`` says which language's texts the model held then: texts made for an
    older epoch (the language changed meanwhile) are not kept."""

    sink: PageSink
    generation: int
    page: int
    texts_epoch: int
    today: date
    new: frozenset[str]

    def prepare(self, rows: list[ItemRow]) -> PreparedPage:
        return prepare_page(rows, self.today, self.new)

    def __call__(self, rows: list[ItemRow] | PreparedPage) -> None:
        self.sink.page_loaded(self, rows)

    def failed(self, _error: BaseException) -> None:
        """The page could not be loaded: drawn again, it is asked for again."""
        self.sink.page_failed(self)
