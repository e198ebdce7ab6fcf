"""Collecting and ranking the first candidates of a search (the "head").

Per tier (agreement items first) the match classes of ``search_plan`` are read in
order, cheaply, by FTS5 in rowid (static rank) order; the candidates are then scored
precisely in Python (``search_rank``). Queries stop at ``HEAD_BUDGET`` once the first page
is found: a keystroke never waits long, and whatever a cut-short head misses still
comes, in order, when the result is paged.
"""

from __future__ import annotations

import sqlite3
import time
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from desktop.storage.catalogue_index import tier_range
from desktop.storage.catalogue_rows import UNIT_SEP
from desktop.storage.search_ids import IDS_SOURCE, ids_param
from desktop.storage.search_plan import Phase
from desktop.storage.search_query import QueryTerm, TermGroup
from desktop.storage.search_rank import TermParts, match_class, satisfies, scores
from desktop.storage.search_result import ALL_SQL, BEST_SQL, FTS_SQL

HEAD_BUDGET = 0.010  # seconds the head queries may take once the first page is filled
HEAD_HARD_BUDGET = 0.050  # ... and before that (an empty page is worse than a slow one)
RESIDUAL_SCAN = 4000  # rows a class may read to find candidates for its broad terms
CLOCK_EVERY = 32  # candidates added between looks at the clock
TEXTS_KEPT = 20_000  # items whose texts are kept between keystrokes


class Texts:
    """What the checks and the score read of items, kept from keystroke to keystroke
    (typing "kaf", "kaff", "kaffe" meets the same candidates) until the catalogue
    changes; at most ``TEXTS_KEPT`` items."""

    def __init__(self) -> None:
        self.generation = -1
        self.texts: dict[int, tuple[str, str, str]] = {}  # name, brand + keywords, description
        self.described: set[int] = set()  # ids whose description was loaded
        # Each kept id's product's best offer (``catalogue_offers``; None: offered once),
        # read with its texts: the result's one-row-per-product step needs no query.
        self.best: dict[int, int | None] = {}
        self.parts: TermParts = {}  # each term's part of kept items' scores

    def refresh(self, generation: int) -> None:
        """Forget everything if the catalogue changed or too much is kept."""
        if generation != self.generation or len(self.texts) > TEXTS_KEPT:
            self.generation = generation
            self.texts.clear()
            self.described.clear()
            self.best.clear()
            self.parts.clear()


class _Head:
    """Candidates being collected for one search."""

    def __init__(self, start: float, page: int, texts: Texts) -> None:
        self.soft = start + HEAD_BUDGET
        self.hard = start + HEAD_HARD_BUDGET
        self.page = page
        self.found: list[tuple[int, int, int]] = []
        self.seen: set[int] = set()
        self.texts = texts.texts
        self.described = texts.described
        self.best = texts.best
        self.parts = texts.parts
        # FTS5 reads of this search: (expression, tier end) → the first ids of the
        # tier in rowid order, and whether that is all of them (classes that share an
        # expression with the probe read it once).
        self.reads: dict[tuple[str, int], tuple[list[int], bool]] = {}
        self.timed_out = False

    def expired(self, pending: int = 0) -> bool:
        """Out of time: the soft budget once a page is found (with ``pending`` more
        candidates in hand), the hard one before."""
        limit = self.soft if len(self.found) + pending >= self.page else self.hard
        return time.perf_counter() > limit

    def add(self, tier: int, phase: int, item_id: int) -> None:
        if item_id not in self.seen:
            self.seen.add(item_id)
            self.found.append((tier, phase, item_id))


@contextmanager
def _budget(conn: sqlite3.Connection, expired: Callable[[], bool]) -> Iterator[None]:
    """Interrupt the running statement once ``expired()`` (sqlite3.OperationalError)."""
    conn.set_progress_handler(expired, 2000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _load_texts(
    conn: sqlite3.Connection,
    ids: list[int],
    head: _Head,
    *,
    describe: bool = False,
    best: bool = False,
) -> None:
    """Load what the Python checks and the score read (descriptions only if asked); with
    ``best``, each item's best offer too. An item without an offer key is in no group
    of offers (``catalogue_offers`` groups items by that key): its "offered once" comes
    with its texts, and only the others are looked up."""
    wanted = [i for i in ids if i not in head.texts or (describe and i not in head.described)]
    column = "i.description" if describe else "''"
    alone = head.best
    if wanted:
        rows = conn.execute(
            f"SELECT i.item_id, i.name, i.brand || ' ' || replace(i.keywords, ?, ' '), "
            f"{column}, i.offer_key IS NULL FROM {IDS_SOURCE} "
            "CROSS JOIN catalogue_items i ON i.item_id = ids.value",
            (UNIT_SEP, ids_param(wanted)),
        ).fetchall()
        head.texts.update({r[0]: r[1:4] for r in rows})
        alone.update({r[0]: None for r in rows if r[4]})
    if describe:
        head.described.update(wanted)
    if best:
        _load_best(conn, [i for i in ids if i not in head.best], head)


def _load_best(conn: sqlite3.Connection, ids: list[int], head: _Head) -> None:
    """The best offers of ``ids`` (None: offered once), kept with the texts."""
    if ids:
        found = dict(conn.execute(BEST_SQL, (ids_param(ids),)).fetchall())
        head.best.update({i: found.get(i) for i in ids})


def groups_alternatives(groups: Sequence[object]) -> list[str]:
    """The folded synonym words of the query (scored low when found in a name)."""
    words: list[str] = []
    for group in groups:
        for alternative in getattr(group, "alternatives", [])[1:]:
            words.extend(alternative)
    return words


def collect_head(
    conn: sqlite3.Connection,
    phases: list[Phase],
    groups: list[TermGroup],
    tiers: list[int],
    size: int,
    everything: bool,
    page: int,
    texts: Texts,
) -> _Head:
    """Up to ``size`` candidates as (tier index, phase index, item id), coarse order.

    Per tier, the broadest class is probed first: when the tier holds no more than
    ``size`` matches they are all known after that one query and are put in their
    classes in Python. Otherwise the classes are queried best first. Head queries stop
    at ``HEAD_BUDGET`` once ``page`` candidates are found, at ``HEAD_HARD_BUDGET``
    before (the rest still comes, in order, when paging)."""
    head = _Head(time.perf_counter(), page, texts)
    for ti, tier in enumerate(tiers):
        low, high = tier_range(tier)
        left = size - len(head.found)
        if left <= 0 or head.timed_out:
            break
        if everything:
            rows = conn.execute(ALL_SQL, (low - 1, high, left)).fetchall()
            head.found += [(ti, 0, r[0]) for r in rows]
            continue
        if not phases:
            continue
        # One read: a tier whose matches fill it is scanned class by class below (a
        # probe that went on would check broad terms on thousands of rows for nothing).
        probe, exhausted = _scan(
            conn,
            phases,
            len(phases) - 1,
            groups,
            low,
            high,
            left + 1,
            head,
            classify=False,
            one_read=True,
        )
        if exhausted and len(probe[0]) <= left:
            for pi, item_id in _classified(conn, probe[0], phases, groups, head):
                head.add(ti, pi, item_id)
            continue
        first = 0
        while first < len(phases) and len(head.found) < size and not head.timed_out:
            # Classes whose head query is the same (their difference is in the broad
            # terms, checked in Python) share one scan.
            last = first
            while last + 1 < len(phases) and phases[last + 1].head == phases[first].head:
                last += 1
            if phases[first].head:
                buckets, _ = _scan(
                    conn,
                    phases[first : last + 1],
                    last - first,
                    groups,
                    low,
                    high,
                    size - len(head.found),
                    head,
                    classify=last > first,
                )
                for offset, bucket in enumerate(buckets):
                    for item_id in bucket:
                        head.add(ti, first + offset, item_id)
            first = last + 1
        if head.timed_out:  # fall back on what the probe found, in class order
            probed = _classified(conn, probe[0], phases, groups, head)
            for pi, item_id in sorted(probed, key=lambda p: p[0]):
                head.add(ti, pi, item_id)
    head.found = head.found[:size]
    return head


def _classified(
    conn: sqlite3.Connection,
    ids: list[int],
    phases: list[Phase],
    groups: list[TermGroup],
    head: _Head,
) -> list[tuple[int, int]]:
    """(class, id) of each id, classes found in Python on the texts."""
    _load_texts(conn, ids, head)
    kinds = [p.kinds for p in phases]
    return [
        (match_class(kinds, groups, *head.texts[i]) if groups else 0, i)
        for i in ids
        if i in head.texts
    ]


def _scan(
    conn: sqlite3.Connection,
    phases: list[Phase],
    loosest: int,
    groups: list[TermGroup],
    low: int,
    high: int,
    need: int,
    head: _Head,
    *,
    classify: bool,
    one_read: bool = False,
) -> tuple[list[list[int]], bool]:
    """New ids matching ``phases[loosest]`` in one tier, in rowid order, and whether
    the tier was read to its end. Broad terms left out of the query are checked on
    the rows' texts. With ``classify`` the rows are sorted into the first of
    ``phases`` they meet (one list each) and the scan stops once the first is full;
    otherwise one list of at most ``need`` ids. With ``one_read`` it stops after the
    first FTS5 read."""
    phase = phases[loosest]
    kinds = [p.kinds for p in phases]
    describe = any(k == "anywhere" and not t.strong_only for k, t in phase.residual)
    buckets: list[list[int]] = [[] for _ in phases] if classify else [[]]
    last_id, scanned, added = low - 1, 0, 0
    batch = need + 64

    def expired() -> bool:
        return head.expired(sum(map(len, buckets)))

    while len(buckets[0]) < need:
        ids, interrupted = _read(conn, head, phase.head, (low, last_id, high), batch, expired)
        fresh = [i for i in ids if i not in head.seen]
        if phase.residual or classify:
            _load_texts(conn, fresh, head, describe=describe)
        for item_id in fresh:
            text = head.texts.get(item_id)
            if phase.residual and (
                text is None
                or not all(satisfies(kind, term, *text) for kind, term in phase.residual)
            ):
                continue
            at = match_class(kinds, groups, *text) if classify and text else 0
            buckets[at].append(item_id)
            added += 1
            if len(buckets[0]) >= need or (added % CLOCK_EVERY == 1 and expired()):
                break
        if interrupted:
            return buckets, False
        if len(ids) < batch:
            return buckets, True
        if one_read:
            return buckets, False
        last_id, scanned = ids[-1], scanned + len(ids)
        if scanned >= RESIDUAL_SCAN or expired():
            head.timed_out = True
            return buckets, False
        batch = min(batch * 2, 800)
    return buckets, False


def _read(
    conn: sqlite3.Connection,
    head: _Head,
    expr: str,
    span: tuple[int, int, int],
    batch: int,
    expired: Callable[[], bool],
) -> tuple[list[int], bool]:
    """Up to ``batch`` ids matching ``expr`` after ``last`` (``span``: tier start, last,
    tier end) in rowid order, from this search's earlier reads where they hold them; and
    whether the query was interrupted (out of time)."""
    low, last, high = span
    key = (expr, high)
    known, complete = head.reads.get(key, ([], False))
    at = bisect_right(known, last)
    contiguous = last == low - 1 or (bool(known) and last <= known[-1])
    if contiguous:
        served = known[at : at + batch]
        if len(served) == batch or complete:
            return served, False
    ids: list[int] = []
    interrupted = False
    try:
        with _budget(conn, expired):
            cursor = conn.execute(FTS_SQL, (expr, last, high, batch))
            while rows := cursor.fetchmany(64):  # what came is kept if interrupted
                ids += [r[0] for r in rows]
    except sqlite3.OperationalError:  # interrupted: out of time; keep what came
        interrupted = head.timed_out = True
    if contiguous and not interrupted:
        head.reads[key] = (known[:at] + ids, len(ids) < batch)
    return ids, interrupted


def rank_head(
    conn: sqlite3.Connection, head: _Head, terms: list[QueryTerm], alternatives: list[str]
) -> list[tuple[int, int, int]]:
    """The head's candidates by (tier, class, score, static rank)."""
    _load_texts(conn, [h[2] for h in head.found], head, best=True)
    texts = head.texts
    ranked = scores(
        terms,
        alternatives,
        ((i, texts[i][0], texts[i][1]) for _, _, i in head.found if i in texts),
        head.parts,
    )
    return sorted(
        (h for h in head.found if h[2] in ranked), key=lambda h: (h[0], h[1], -ranked[h[2]], h[2])
    )
