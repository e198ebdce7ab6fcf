"""Syncing every supplier's catalogue: conditionally, one transaction each, never blocked
by one broken supplier.

``GET /catalogues`` (itself conditional) lists the published catalogues with their
ETags. A supplier whose ETag matches the one applied costs nothing; a changed one is
fetched with ``If-None-Match`` (a 304 costs nothing either), streamed to a file and
applied by the store in one transaction while it is parsed, so the previous catalogue
stays in use until the new one is complete. A catalogue that fails to download, parse or
validate is recorded (the old one stays) and the others go on. Catalogues withdrawn from
the list are removed. Progress says "supplier n of m" and how many lines are applied.
A first sync (no catalogue applied yet) starts from the municipality's prepared store
when there is one (``catalogue_snapshot_sync``): its ETags then spare every unchanged
catalogue.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

import requests

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.errors import AvropError
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.errors import PeppolDocumentError
from desktop.remote.catalogue_snapshot_sync import SnapshotStart
from desktop.remote.errors import BadResponseError, NetworkError
from desktop.remote.http import ApiClient
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import RunDb
from desktop.storage.reference_repo import ReferenceRepository

log = logging.getLogger(__name__)

LISTING = "catalogues"
CHUNK = 256 * 1024
MAX_XML_BYTES = 512 * 1024 * 1024  # the reader's own limit too
PROGRESS_EVERY = 250  # lines


class Outcome(StrEnum):
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    REMOVED = "removed"


@dataclass(frozen=True)
class CatalogueProgress:
    """Supplier ``index`` of ``total`` (1-based; 0 before the first), ``lines`` applied;
    ``downloading``: the prepared catalogue (snapshot) is being downloaded."""

    index: int
    total: int
    supplier_id: str
    supplier_name: str
    lines: int
    downloading: bool = False


@dataclass(frozen=True)
class SupplierResult:
    supplier_id: str
    supplier_name: str
    outcome: Outcome
    lines: int = 0
    error_code: str | None = None
    error_message: str | None = None
    error_line: str | None = None  # the catalogue line at fault, when known
    last_good_sync: datetime | None = None  # the catalogue in use was applied then
    refused_pictures: int = 0  # embedded pictures left out (too large, not a picture)


@dataclass(frozen=True)
class CatalogueSyncReport:
    results: tuple[SupplierResult, ...]
    listing_not_modified: bool
    finished_at: datetime

    @property
    def failed(self) -> tuple[SupplierResult, ...]:
        return tuple(r for r in self.results if r.outcome is Outcome.FAILED)

    @property
    def updated(self) -> tuple[SupplierResult, ...]:
        return tuple(r for r in self.results if r.outcome is Outcome.UPDATED)


@dataclass(frozen=True)
class Listed:
    supplier_id: str
    etag: str


def _listing(status: int, data: Any) -> list[Listed]:
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BadResponseError(status, "/catalogues: no list of items", "items")
    found: list[Listed] = []
    for index, item in enumerate(items):
        sid = item.get("supplier_id") if isinstance(item, dict) else None
        etag = item.get("etag") if isinstance(item, dict) else None
        if not isinstance(sid, str) or not sid or not isinstance(etag, str):
            raise BadResponseError(status, f"/catalogues: item {index} is malformed", "items")
        found.append(Listed(sid, etag))
    return found


def _counted(
    lines: Iterable[CatalogueLine], tick: Callable[[int], None]
) -> Iterator[CatalogueLine]:
    """``lines``, calling ``tick(n)`` every ``PROGRESS_EVERY`` lines."""
    for n, line in enumerate(lines, start=1):
        if n % PROGRESS_EVERY == 0:
            tick(n)
        yield line


def _withdrawn(lines: Iterable[CatalogueLine]) -> Iterator[CatalogueLine]:
    """No line, once ``lines`` are all read (so a bad document is still refused)."""
    for _ in lines:
        pass
    yield from ()


class _TooLarge(AvropError):
    def __init__(self) -> None:
        super().__init__("payload_too_large", "The catalogue is larger than Avrop accepts.")


class CatalogueSync:
    """Brings every supplier's local catalogue up to date with the server."""

    def __init__(
        self,
        client_provider: Callable[[], ApiClient],
        store: CatalogueStore,
        reference: ReferenceRepository,
        run_db: RunDb,
        work_dir: Path,
        *,
        start_from_snapshot: bool = True,
    ) -> None:
        """``start_from_snapshot``: a first sync installs the municipality's snapshot
        when there is one (not when building one)."""
        self._client_provider = client_provider
        self._start_from_snapshot = start_from_snapshot
        self._store = store
        self._reference = reference
        self._run_db = run_db
        self._work_dir = work_dir

    def sync(
        self,
        progress: Callable[[CatalogueProgress], None] | None = None,
        *,
        check_all: bool = False,
    ) -> CatalogueSyncReport:
        """Sync every catalogue. ``check_all`` asks the server about each one (a
        conditional GET) even when the list says it is unchanged.

        Raises ``NetworkError`` when the server cannot be reached (what was applied so
        far stays) and ``ApiError`` when the list itself is refused.
        """
        report = progress or (lambda _p: None)
        client = self._client_provider()
        known = self._run_db(lambda: self._reference.sync_state(LISTING))
        answer = client.get_json(
            "/catalogues", etag=None if check_all or known is None else known.etag
        )
        if answer.not_modified:
            return CatalogueSyncReport((), True, datetime.now(UTC))
        listed = _listing(answer.status, answer.data)
        names = {s.id: s.name for s in self._run_db(self._reference.suppliers)}
        known_ids = {*names, *(item.supplier_id for item in listed)}
        if self._start_from_snapshot and self._nothing_applied(known_ids):
            SnapshotStart(client, self._store, self._run_db, self._work_dir).try_install(
                lambda: report(CatalogueProgress(0, len(listed), "", "", 0, downloading=True))
            )
        results = list(self._remove_withdrawn({item.supplier_id for item in listed}, names))
        for index, item in enumerate(listed, start=1):
            name = names.get(item.supplier_id, item.supplier_id)
            report(CatalogueProgress(index, len(listed), item.supplier_id, name, 0))
            results.append(
                self._sync_one(client, item, name, index, len(listed), report, check_all)
            )
        if any(r.outcome in (Outcome.UPDATED, Outcome.REMOVED) for r in results):
            # Many single-catalogue transactions leave many index segments: merge them.
            self._run_db(self._store.compact_index)
        if not any(r.outcome is Outcome.FAILED for r in results):
            now = datetime.now(UTC)
            self._run_db(lambda: self._reference.set_sync_state(LISTING, answer.etag, now))
        finished = CatalogueSyncReport(tuple(results), False, datetime.now(UTC))
        log.info(
            "catalogues: %d updated, %d failed of %d",
            len(finished.updated),
            len(finished.failed),
            len(listed),
        )
        return finished

    def _nothing_applied(self, supplier_ids: Iterable[str]) -> bool:
        """Whether no catalogue was ever applied here (a first sync)."""
        return not any(
            self._run_db(partial(self._store.catalogue_state, sid)).etag for sid in supplier_ids
        )

    def _remove_withdrawn(
        self, listed: set[str], names: dict[str, str]
    ) -> Iterator[SupplierResult]:
        for supplier_id in names:
            if supplier_id in listed:
                continue
            state = self._run_db(partial(self._store.catalogue_state, supplier_id))
            if state.etag is None and state.line_count == 0:
                continue
            removed = self._run_db(partial(self._store.remove_catalogue, supplier_id))
            yield SupplierResult(supplier_id, names[supplier_id], Outcome.REMOVED, removed)

    def _sync_one(
        self,
        client: ApiClient,
        item: Listed,
        name: str,
        index: int,
        total: int,
        report: Callable[[CatalogueProgress], None],
        check_all: bool,
    ) -> SupplierResult:
        sid = item.supplier_id
        state = self._run_db(lambda: self._store.catalogue_state(sid))
        if not check_all and state.etag == item.etag and state.last_error is None:
            return SupplierResult(
                sid, name, Outcome.UNCHANGED, state.line_count, last_good_sync=state.synced_at
            )
        self._work_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self._work_dir) as tmp:
            path = Path(tmp) / "catalogue.xml"
            try:
                etag, modified = self._download(client, sid, state.etag, path)
                if not modified:
                    return SupplierResult(
                        sid,
                        name,
                        Outcome.UNCHANGED,
                        state.line_count,
                        last_good_sync=state.synced_at,
                    )

                def tick(n: int) -> None:
                    report(CatalogueProgress(index, total, sid, name, n))

                refused: list[str] = []

                def apply() -> int:
                    with read_catalogue(path, supplier_id=sid) as document:
                        refused_here = document.refused_pictures
                        # A partial catalogue (Add/Update/Delete lines) changes the one held;
                        # a withdrawn one (header Delete) leaves no line once it is read.
                        header = document.header
                        apply_lines = (
                            self._store.apply_delta
                            if header.partial and not header.withdrawn
                            else self._store.replace_catalogue
                        )
                        lines = _counted(document.lines, tick)
                        result = apply_lines(
                            sid,
                            _withdrawn(lines) if header.withdrawn else lines,
                            etag=etag,
                            synced_at=datetime.now(UTC),
                        )
                    refused.extend(refused_here)
                    return result.lines

                lines = self._run_db(apply)
                if refused:
                    log.warning(
                        "catalogue of %s: %d embedded pictures refused (lines %s)",
                        sid,
                        len(refused),
                        ", ".join(refused[:10]),
                    )
            except NetworkError:
                raise
            except PeppolDocumentError as exc:
                return self._failed(sid, name, exc, exc.errors[0].line_id, state.synced_at)
            except (AvropError, OSError) as exc:
                return self._failed(sid, name, exc, None, state.synced_at)
        report(CatalogueProgress(index, total, sid, name, lines))
        return SupplierResult(
            sid,
            name,
            Outcome.UPDATED,
            lines,
            last_good_sync=datetime.now(UTC),
            refused_pictures=len(refused),
        )

    def _download(
        self, client: ApiClient, supplier_id: str, etag: str | None, path: Path
    ) -> tuple[str | None, bool]:
        """Stream the catalogue (inflated) to ``path``; (its ETag, whether it changed)."""
        response = client.request(
            "GET",
            f"/suppliers/{supplier_id}/catalogue",
            etag=etag,
            accept="application/xml",
            stream=True,
        )
        try:
            if response.status_code == 304:
                return etag, False
            written = 0
            with path.open("wb") as out:
                for chunk in response.iter_content(CHUNK):
                    written += len(chunk)
                    if written > MAX_XML_BYTES:
                        raise _TooLarge()
                    out.write(chunk)
            return response.headers.get("ETag"), True
        except requests.exceptions.ContentDecodingError as exc:
            raise AvropError(
                "catalogue_unreadable", f"the catalogue of {supplier_id} is not valid gzip"
            ) from exc
        except OSError as exc:  # requests' errors are OSErrors: the connection broke
            raise NetworkError(f"the catalogue of {supplier_id} was cut short: {exc}") from exc
        finally:
            response.close()

    def _failed(
        self,
        supplier_id: str,
        name: str,
        error: BaseException,
        line: str | None,
        last_good: datetime | None,
    ) -> SupplierResult:
        code = error.code if isinstance(error, AvropError) else "catalogue_unreadable"
        message = error.message if isinstance(error, AvropError) else str(error)
        where = f" (line {line})" if line else ""
        self._run_db(lambda: self._store.record_failure(supplier_id, f"{code}: {message}{where}"))
        log.warning("catalogue of %s refused: %s%s", supplier_id, message, where)
        return SupplierResult(supplier_id, name, Outcome.FAILED, 0, code, message, line, last_good)
