"""Pulling the reference data: ``/me``, ``/units``, ``/agreements``, ``/suppliers``.

Each list is fetched conditionally (``If-None-Match``: an unchanged list costs one small
304) and applied in one transaction on the database thread. A list that does not parse
changes nothing and raises ``BadResponseError`` naming the field at fault.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from desktop.domain.reference import Agreement, Me, Supplier, Unit
from desktop.domain.values import ValueFormatError
from desktop.remote.auth import fetch_me
from desktop.remote.errors import BadResponseError
from desktop.remote.http import ApiClient
from desktop.storage.database import RunDb
from desktop.storage.reference_repo import ReferenceRepository, ReplaceResult, SyncState

log = logging.getLogger(__name__)

_Item = TypeVar("_Item", Unit, Agreement, Supplier)

# Progress labels (stable keys; the UI translates them).
STEP_ME = "me"
STEP_UNITS = "units"
STEP_AGREEMENTS = "agreements"
STEP_SUPPLIERS = "suppliers"
STEP_DONE = "done"
STEPS: tuple[str, ...] = (STEP_ME, STEP_UNITS, STEP_AGREEMENTS, STEP_SUPPLIERS)


@dataclass(frozen=True)
class SyncProgress:
    """``step`` of ``total`` is starting (``step == total``, label ``"done"``: finished)."""

    step: int
    total: int
    label: str


@dataclass(frozen=True)
class ResourceChange:
    """What one list's sync did; ``not_modified`` when the server said 304."""

    resource: str
    not_modified: bool
    result: ReplaceResult

    @property
    def changed(self) -> bool:
        return self.result.changed


@dataclass(frozen=True)
class SyncReport:
    """What a sync changed, and when it finished."""

    me: Me
    changes: tuple[ResourceChange, ...]
    finished_at: datetime

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.changes)

    def change(self, resource: str) -> ResourceChange | None:
        return next((c for c in self.changes if c.resource == resource), None)


def _parse_items(
    status: int, data: Any, resource: str, parse: Callable[[dict[str, Any]], _Item]
) -> list[_Item]:
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BadResponseError(status, f"/{resource}: no list of items", "items")
    parsed: list[_Item] = []
    for index, raw in enumerate(items):
        if not isinstance(raw, dict):
            raise BadResponseError(status, f"/{resource}: item {index} is not an object")
        try:
            parsed.append(parse(raw))
        except ValueFormatError as exc:
            raise BadResponseError(
                status, f"/{resource}: item {index} ({raw.get('id')!r}): {exc}", exc.field
            ) from exc
    return parsed


class ReferenceSync:
    """Brings the local reference data up to date with the server."""

    def __init__(
        self,
        client_provider: Callable[[], ApiClient],
        repo: ReferenceRepository,
        run_db: RunDb,
    ) -> None:
        self._client_provider = client_provider
        self._repo = repo
        self._run_db = run_db

    def sync(self, progress: Callable[[SyncProgress], None] | None = None) -> SyncReport:
        """Fetch and apply everything; raises ``NetworkError``/``ApiError`` and leaves the
        lists applied so far in place (each list is all or nothing)."""
        report = progress or (lambda _p: None)
        total = len(STEPS)
        client = self._client_provider()
        report(SyncProgress(0, total, STEP_ME))
        me = fetch_me(client)
        self._run_db(lambda: self._repo.save_me(me))
        changes = [
            self._sync_list(
                client, 1, total, report, STEP_UNITS, Unit.from_json, self._repo.replace_units
            ),
            self._sync_list(
                client,
                2,
                total,
                report,
                STEP_AGREEMENTS,
                Agreement.from_json,
                self._repo.replace_agreements,
            ),
            self._sync_list(
                client,
                3,
                total,
                report,
                STEP_SUPPLIERS,
                Supplier.from_json,
                self._repo.replace_suppliers,
            ),
        ]
        finished = datetime.now(UTC)
        report(SyncProgress(total, total, STEP_DONE))
        return SyncReport(me, tuple(changes), finished)

    def _sync_list(
        self,
        client: ApiClient,
        step: int,
        total: int,
        report: Callable[[SyncProgress], None],
        resource: str,
        parse: Callable[[dict[str, Any]], _Item],
        replace: Callable[..., ReplaceResult],
    ) -> ResourceChange:
        report(SyncProgress(step, total, resource))
        known = self._run_db(lambda: self._repo.sync_state(resource))
        answer = client.get_json(f"/{resource}", etag=known.etag if known else None)
        now = datetime.now(UTC)
        if answer.not_modified:
            etag = answer.etag or (known.etag if known else None)
            self._run_db(lambda: self._repo.set_sync_state(resource, etag, now))
            return ResourceChange(resource, True, ReplaceResult())
        items = _parse_items(answer.status, answer.data, resource, parse)
        state = SyncState(resource, answer.etag, now)
        result = self._run_db(lambda: replace(items, sync_state=state))
        log.info("sync %s: %s", resource, result)
        return ResourceChange(resource, False, result)
