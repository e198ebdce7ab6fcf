"""Fetching a unit's spend figures and keeping the last ones for offline use.

``refresh`` runs on the network pool: it asks ``GET /units/{id}/spend`` with the cached
ETag (an unchanged answer costs a 304 and only moves the "fetched" time on), parses the
answer and stores it in one transaction through ``run_db``. ``cached`` reads what the
store has; the Spend view shows that at once and refreshes behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import quote, urlencode

from desktop.domain.spend_report import SpendReport
from desktop.domain.values import ValueFormatError
from desktop.remote.errors import BadResponseError, NotSignedInError
from desktop.remote.http import ApiClient
from desktop.storage.database import RunDb
from desktop.storage.spend_cache import CachedSpend, SpendCache


@dataclass(frozen=True)
class SpendRefresh:
    """The figures after a refresh; ``not_modified`` when the server said 304."""

    figures: CachedSpend
    not_modified: bool


def spend_path(unit_id: str, first: date | None = None, last: date | None = None) -> str:
    query = {k: v.isoformat() for k, v in (("from", first), ("to", last)) if v is not None}
    path = f"/units/{quote(unit_id, safe='')}/spend"
    return f"{path}?{urlencode(query)}" if query else path


class SpendSync:
    """The spend figures of the signed-in user's units: cached and refreshed."""

    def __init__(
        self,
        client_provider: Callable[[], ApiClient],
        cache: SpendCache,
        run_db: RunDb,
        username: Callable[[], str | None],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client_provider = client_provider
        self._cache = cache
        self._run_db = run_db
        self._username = username
        self._clock = clock

    def _user(self) -> str:
        user = self._username()
        if not user:
            raise NotSignedInError()
        return user

    def cached(self, unit_id: str) -> CachedSpend | None:
        """The last figures fetched for ``unit_id`` by the signed-in user (database thread)."""
        user = self._username()
        return self._cache.load(user, unit_id) if user else None

    def refresh(
        self, unit_id: str, first: date | None = None, last: date | None = None
    ) -> SpendRefresh:
        """Fetch the figures (network thread). Raises ``NetworkError`` when offline,
        ``ApiError`` (e.g. ``forbidden``) when refused, ``BadResponseError`` when the
        answer does not parse; the cached figures are then left as they were."""
        user = self._user()
        known = self._run_db(lambda: self._cache.load(user, unit_id))
        same_period = known is not None and (
            (first is None and last is None)
            or (known.report.period_from, known.report.period_to) == (first, last)
        )
        etag = known.etag if known is not None and same_period else None
        answer = self._client_provider().get_json(spend_path(unit_id, first, last), etag=etag)
        now = self._clock()
        if answer.not_modified and known is not None:
            confirmed = self._run_db(lambda: self._cache.confirm(user, unit_id, now))
            return SpendRefresh(confirmed or known, True)
        if not isinstance(answer.data, dict):
            raise BadResponseError(answer.status, "spend: the answer is not an object")
        try:
            report = SpendReport.from_json(answer.data)
        except ValueFormatError as exc:
            raise BadResponseError(answer.status, f"spend: {exc}", exc.field) from exc
        if report.unit_id != unit_id:
            raise BadResponseError(answer.status, "spend: figures of another unit", "unit_id")
        saved = self._run_db(lambda: self._cache.save(user, report, answer.etag, now))
        return SpendRefresh(saved, False)
