"""The store read with ``sqlite3`` alone, for the first paint of the Find page.

At start-up the app shows the Find page with the last query's results before it has
imported SQLAlchemy, Alembic, keyring or requests (``desktop.ui.shell.startup``). Those
results come from the app's own search (``CatalogueSearch``) over one plain
``sqlite3`` connection, opened only when the store is already at the shipped schema
(a store that needs creating or upgrading waits for ``open_database``). The
connection is read-only (``PRAGMA query_only``) and used by one thread at a time.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop.storage.database import BUSY_TIMEOUT_MS, shipped_head

if TYPE_CHECKING:
    from desktop.storage.catalogue_views import ItemRow
    from desktop.storage.database import Database
    from desktop.storage.search import CatalogueSearch
    from desktop.storage.search_result import SearchResult

log = logging.getLogger(__name__)

FIRST_ROWS = 50  # what the Find page shows of a search at first
LAST_QUERY_KEY = "find_last_query"  # in ``Settings.ui_state``: the Find page saves it


class _Pooled:
    """What ``search_result.snapshot`` asks of a pooled connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.driver_connection = conn

    def close(self) -> None:
        """Back to the "pool": the one connection stays open."""


class _OneConnection:
    """What ``search_result.snapshot`` asks of an engine: one connection, reused."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def raw_connection(self) -> _Pooled:
        return _Pooled(self._conn)


class QuickStore:
    """A read-only view of the store for searches: ``search(text, language)`` and
    ``rows(ids)`` as the Find page gets them. Call from one thread at a time."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.engine = _OneConnection(conn)
        self._conn = conn
        self._search: CatalogueSearch | None = None

    def _searcher(self) -> CatalogueSearch:
        if self._search is None:
            from desktop.storage.search import CatalogueSearch

            # Duck-typed: the search uses only ``engine.raw_connection()``.
            self._search = CatalogueSearch(cast("Database", self))
        return self._search

    def search(self, text: str, language: str, limit: int = 50) -> SearchResult:
        """The app's search, unfiltered: what the Find page first shows for ``text``."""
        return self._searcher().search(text, language=language, limit=limit)

    def rows(self, ids: list[int]) -> list[ItemRow]:
        return self._searcher().rows(ids)

    def close(self) -> None:
        self._conn.close()


def open_quick_store(path: Path) -> QuickStore | None:
    """The store at ``path`` for reading, or None when it is missing, empty of items, not
    at the shipped schema or unreadable (then the full start-up opens it)."""
    if not path.is_file():
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = 1")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        has_items = conn.execute("SELECT 1 FROM catalogue_items LIMIT 1").fetchone()
        if row is None or str(row[0]) != shipped_head() or has_items is None:
            conn.close()
            return None
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return None
    return QuickStore(path, conn)


@dataclass(frozen=True)
class Found:
    """A search's first ids, and the rows of those ids (in their order)."""

    text: str
    ids: list[int]
    rows: list[ItemRow]


RowsDone = Callable[[list["ItemRow"]], None]


@dataclass(frozen=True)
class _Rows:
    ids: list[int]
    done: RowsDone


class _Early:
    """The first paint's search, started on the worker before the window exists."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: Found | None = None
        self.done = threading.Event()


class QuickSearcher:
    """Searches a ``QuickStore``: the first paint's search (``start_early``, then
    ``search_now``: found on the worker while the window is being made, or on the
    calling thread), then ``search`` and ``rows`` on one worker thread (the newest queued
    search wins; row loads in order), whose answers go to ``on_found``, ``on_rows`` and
    ``on_failed``, called on that thread."""

    def __init__(self, store: QuickStore, language: str) -> None:
        self._store, self._language = store, language
        self._lock = threading.Lock()  # one user of the connection at a time
        self.on_found: Callable[[Found], None] = lambda _found: None
        self.on_rows: Callable[[RowsDone, list[ItemRow]], None] = lambda _done, _rows: None
        self.on_failed: Callable[[BaseException], None] = lambda _error: None
        self._jobs: queue.Queue[str | _Rows | _Early | None] = queue.Queue()
        self._early: _Early | None = None
        self._thread = threading.Thread(target=self._run, name="avrop-first-paint", daemon=True)
        self._thread.start()

    def start_early(self, text: str) -> None:
        """Start ``search_now(text)`` on the worker: its SQLite reads run beside the
        UI thread's imports and window (two cores), and ``search_now`` waits for it."""
        self._early = _Early(text)
        self._jobs.put(self._early)

    def search_now(self, text: str) -> Found | None:
        """``text``'s first ids and rows (None if the search failed): the early search's
        if it was for ``text``, else found on this thread."""
        early, self._early = self._early, None
        if early is not None and early.text == text:
            early.done.wait()
            return early.found
        return self._found_or_none(text)

    def _found_or_none(self, text: str) -> Found | None:
        try:
            return self._search(text)
        except Exception as exc:  # the full Find page searches again when it is up
            log.warning("first paint: the search failed: %r", exc)
            return None

    def search(self, text: str) -> None:
        self._jobs.put(text)

    def rows(self, ids: list[int], done: RowsDone) -> None:
        self._jobs.put(_Rows(ids, done))

    def stop(self) -> None:
        """Stop after the job at hand (idempotent)."""
        self._jobs.put(None)
        self._thread.join(timeout=5.0)

    def _newest(self, text: str, kept: list[str | _Rows | _Early | None]) -> str:
        """``text``, or a newer search already queued; the other jobs go to ``kept``."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return text
            if isinstance(job, str):
                text = job
            else:
                kept.append(job)

    def _search(self, text: str) -> Found:
        with self._lock:
            result = self._store.search(text, self._language, FIRST_ROWS)
            ids = result.fetch_ids(0, FIRST_ROWS)  # the head, filled up if cut short
            return Found(text, ids, self._store.rows(ids))

    def _run(self) -> None:
        pending: list[str | _Rows | _Early | None] = []
        while True:
            job = pending.pop(0) if pending else self._jobs.get()
            if job is None:
                return
            if isinstance(job, _Early):
                job.found = self._found_or_none(job.text)
                job.done.set()
                continue
            try:
                if isinstance(job, str):
                    self.on_found(self._search(self._newest(job, pending)))
                else:
                    with self._lock:
                        rows = self._store.rows(job.ids)
                    self.on_rows(job.done, rows)
            except Exception as exc:  # the full Find page searches again when it is up
                log.warning("first paint: a search or row load failed: %r", exc)
                self.on_failed(exc)
