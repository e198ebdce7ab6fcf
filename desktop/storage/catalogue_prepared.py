"""A catalogue line made ready for the store: its row, fingerprint and rank band,
computed without the database.

Everything here depends on the line alone, so it can be computed in another process
(``catalogue_worker``) while this one writes: the lines cross the process boundary as
``PreparedLine`` tuples (plain values, cheap to pickle). ``CatalogueApplier`` compares
them with what the store holds and builds the index document of those it must index
(the writing process has the time for it: the reading one is the busier).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import NamedTuple

from desktop.domain.catalogue import CatalogueLine, LineAction
from desktop.storage.catalogue_index import band_base, bucket_of, tier_of
from desktop.storage.catalogue_rows import LineValues, content_hash, line_values


class PreparedLine(NamedTuple):
    """One line: ``values`` are its ``LINE_COLUMNS``; a Delete line has ``delete`` set
    and nothing else but its article number."""

    supplier_id: str
    seller_item_id: str
    delete: bool
    values: LineValues
    digest: int  # content_hash(values)
    band: int  # the first item id of its static-rank band


def prepare_line(line: CatalogueLine) -> PreparedLine:
    """``line`` as the store writes it."""
    if line.action is LineAction.DELETE:
        return PreparedLine(line.supplier_id, line.seller_item_id, True, (), 0, 0)
    values = line_values(line)
    band = band_base(tier_of(line.agreement_id or None), bucket_of(line.name))
    return PreparedLine(
        line.supplier_id,
        line.seller_item_id,
        False,
        values,
        content_hash(values),
        band,
    )


def prepared_batches(lines: Iterable[CatalogueLine], size: int) -> Iterator[list[PreparedLine]]:
    """``lines`` prepared, ``size`` at a time (never all held in memory)."""
    iterator = iter(lines)
    while batch := list(islice(iterator, size)):
        yield [prepare_line(line) for line in batch]
