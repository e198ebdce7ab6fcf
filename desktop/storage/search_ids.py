"""Lists of ids bound as one parameter, so a statement has one text whatever its length.

``IN (?, ?, …)`` with as many marks as ids is a new statement text for every list
length: sqlite3's statement cache misses and SQLite compiles it again (about 40 µs of a
keystroke's CPU for 150 ids, twice a keystroke). ``FROM json_each(?) j CROSS JOIN t ON
t.rowid = j.value`` is one text, compiled once and kept, and reads each id by its key
in the order given.
"""

from __future__ import annotations

from collections.abc import Iterable

# "FROM " + IDS_SOURCE + " CROSS JOIN table t ON t.key = ids.value": one row per id.
IDS_SOURCE = "json_each(?) ids"


def ids_param(ids: Iterable[int]) -> str:
    """``ids`` as the one parameter ``IDS_SOURCE`` reads (a JSON array of integers)."""
    return "[" + ",".join(map(str, map(int, ids))) + "]"
