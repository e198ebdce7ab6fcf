"""Whether anything was written to the store since a search last looked: two numbers,
no table read, so what a search derives from the store (the catalogue generation, the
suppliers' name words, display rows) is re-read only when something changed."""

from __future__ import annotations

import sqlite3


class ChangeWatch:
    """Compares a connection's ``PRAGMA data_version`` (changes when any *other*
    connection commits) and ``total_changes`` (this connection's own writes) with the
    last look. Pooled connections each count for themselves, so a look through another
    connection than the last one counts as a change (a full check follows)."""

    def __init__(self) -> None:
        self._conn: sqlite3.Connection | None = None  # held: its id is never reused
        self._seen: tuple[int, int] = (-1, -1)

    def unchanged(self, conn: sqlite3.Connection) -> bool:
        """True when nothing was committed since the last call (through any connection);
        the first call, or a call through another connection, says False."""
        seen = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        same = conn is self._conn and seen == self._seen
        self._conn, self._seen = conn, seen
        return same

    def forget(self) -> None:
        """The next look counts as a change."""
        self._conn = None
