"""The reference-data version: bumped with every change to units, suppliers or agreements.

Every mapped class of :mod:`central_api.models.reference` counts, so a table added there
is covered without a list to keep. Core ``INSERT``/``UPDATE`` statements bypass the ORM;
the one writer that uses them (``migrate-db``) copies this counter along with the rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session, sessionmaker

from central_api.models import ReferenceVersionRow, reference
from central_api.models.base import Base

TRACKED: tuple[type[Base], ...] = tuple(
    value
    for value in vars(reference).values()
    if isinstance(value, type)
    and issubclass(value, Base)
    and value.__module__ == reference.__name__
)


def _bump_on_change(session: Session, _context: Any, _instances: Any) -> None:
    changed = (*session.new, *session.dirty, *session.deleted)
    if any(isinstance(row, TRACKED) for row in changed):
        session.connection().execute(  # Core, so no autoflush inside the flush
            update(ReferenceVersionRow)
            .where(ReferenceVersionRow.id == 1)
            .values(value=ReferenceVersionRow.value + 1)
        )


def install_reference_version(sessions: sessionmaker[Session]) -> None:
    """Bump the version in the flush of any session of ``sessions`` that changes reference rows."""
    event.listen(sessions, "before_flush", _bump_on_change)
