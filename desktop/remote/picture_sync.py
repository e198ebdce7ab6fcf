"""Fetching the item pictures the local catalogue references, conditionally and safely.

``GET /pictures`` (itself conditional) lists the municipality's pictures with their
ETags: when it is unchanged and every referenced picture was handled, a sync costs that
one request. A picture whose ETag differs from the copy kept is fetched with
``If-None-Match`` (a 304 costs nothing), streamed with a byte cap, and kept only if its
magic bytes say PNG or JPEG and its header declares a sane size
(``desktop.domain.picture.picture_refusal``); anything else is refused, counted and
never written. Nothing here decodes a picture: the UI's thumbnailer does, with limits.
A picture embedded in the catalogue (a ``data:`` reference) goes through the same checks
into the same folder, recorded under its ``picture_key`` (a digest: a changed picture is
another key, the old one forgotten); one at a supplier's own address is fetched without
credentials by ``picture_external``. Files live in ``pictures/`` of the data folder,
named ``cache_name(ref)``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from desktop.domain.picture import (
    EMBEDDED_PREFIX,
    MAX_PICTURE_BYTES,
    cache_name,
    embedded_picture,
    is_external_picture,
    picture_key,
    picture_refusal,
    served_picture_id,
)
from desktop.remote.errors import ApiError, BadResponseError, NetworkError
from desktop.remote.http import ApiClient
from desktop.remote.picture_external import ExternalAnswer, ExternalPictures
from desktop.storage.database import RunDb
from desktop.storage.picture_repo import CachedPicture, PictureRepository
from desktop.storage.reference_repo import ReferenceRepository

log = logging.getLogger(__name__)

LISTING = "pictures"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class PictureSyncReport:
    """What one picture sync did: pictures fetched (and their bytes), already current,
    refused (hostile, too big, not a picture), not on the server, and requests sent."""

    fetched: int = 0
    fetched_bytes: int = 0
    unchanged: int = 0
    refused: int = 0
    missing: int = 0
    requests: int = 0


def _listing(status: int, data: Any) -> dict[str, str]:
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BadResponseError(status, "/pictures: no list of items", "items")
    found: dict[str, str] = {}
    for item in items:
        pid = item.get("id") if isinstance(item, dict) else None
        etag = item.get("etag") if isinstance(item, dict) else None
        if isinstance(pid, str) and isinstance(etag, str):
            found[pid] = etag
    return found


def _partial(counts: dict[str, int]) -> dict[str, int]:
    return {
        "fetched": counts["fetched"],
        "fetched_bytes": counts["bytes"],
        "unchanged": counts["unchanged"],
        "refused": counts["refused"],
        "missing": counts["missing"],
    }


class _Refused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class PictureSync:
    """Brings the pictures folder up to date with the pictures the catalogue references."""

    def __init__(
        self,
        client_provider: Callable[[], ApiClient],
        pictures: PictureRepository,
        reference: ReferenceRepository,
        run_db: RunDb,
        folder: Path,
        external: ExternalPictures | None = None,
    ) -> None:
        self._client_provider = client_provider
        self._external = external or ExternalPictures()
        self._pictures = pictures
        self._reference = reference
        self._run_db = run_db
        self.folder = folder
        self._stopping = threading.Event()
        self._running = threading.Lock()

    def stop(self) -> None:
        """Make a running sync return after the picture it is fetching (at exit)."""
        self._stopping.set()

    def sync(self) -> PictureSyncReport:
        """Fetch what changed; ``NetworkError`` when the server cannot be reached (what
        was fetched so far stays). While one sync runs, another returns at once."""
        if not self._running.acquire(blocking=False):
            return PictureSyncReport()
        try:
            return self._sync()
        finally:
            self._running.release()

    def _sync(self) -> PictureSyncReport:
        refs = self._run_db(self._pictures.referenced)
        cached = self._run_db(self._pictures.cached)
        self._forget(set(cached) - {picture_key(r) for r in refs})
        counts = {"fetched": 0, "bytes": 0, "unchanged": 0, "refused": 0, "missing": 0}
        served = [r for r in refs if served_picture_id(r)]
        self.folder.mkdir(parents=True, exist_ok=True)
        for ref in refs:
            if ref.startswith(EMBEDDED_PREFIX):
                self._keep_embedded(ref, cached.get(picture_key(ref)), counts)
        external = {r: cached.get(r) for r in refs if is_external_picture(r)}
        sent = self._sync_served(served, cached, counts)
        if external and not self._stopping.is_set():
            sent += self._sync_external(external, counts)
        report = PictureSyncReport(requests=sent, **_partial(counts))
        log.info("pictures: %s", report)
        return report

    def _sync_served(
        self, refs: list[str], cached: dict[str, CachedPicture], counts: dict[str, int]
    ) -> int:
        """The pictures the central API serves; the number of requests sent."""
        complete = all(r in cached and self._have(cached[r]) for r in refs)
        known = self._run_db(lambda: self._reference.sync_state(LISTING))
        client = self._client_provider()
        answer = client.get_json("/pictures", etag=known.etag if known and complete else None)
        if answer.not_modified:
            counts["unchanged"] += len(refs)
            return 1
        listed = _listing(answer.status, answer.data)
        sent = 1
        for ref in refs:
            if self._stopping.is_set():  # the app is closing: the rest next time
                log.info("pictures: stopped after %d requests", sent)
                return sent
            etag = listed.get(served_picture_id(ref) or "")
            held = cached.get(ref)
            if etag is None:
                counts["missing"] += 1
            elif held is not None and held.etag == etag and self._have(held):
                counts["unchanged"] += 1
            else:
                sent += 1
                self._fetch(client, ref, held, counts)
        now = datetime.now(UTC)
        self._run_db(lambda: self._reference.set_sync_state(LISTING, answer.etag, now))
        return sent

    def _keep_embedded(self, ref: str, held: CachedPicture | None, counts: dict[str, int]) -> None:
        """An embedded picture: kept once (its key changes with it), after the checks."""
        if held is not None and self._have(held):
            counts["unchanged"] += 1
            return
        embedded = embedded_picture(ref)
        content = embedded[1] if embedded is not None else b""
        self._keep(ref, content, None, picture_refusal(content) or None, counts)

    def _sync_external(self, held: dict[str, CachedPicture | None], counts: dict[str, int]) -> int:
        """Pictures at suppliers' own addresses: conditional, no credentials, a few at once."""
        for ref, h in held.items():
            if not ref.startswith("https://"):  # never requested; counted once
                if h is None or h.refused != "insecure":
                    self._keep(ref, b"", None, "insecure", counts)
                else:
                    counts["unchanged"] += 1
        wanted = {
            ref: (h.etag if h is not None and self._have(h) else None)
            for ref, h in held.items()
            if ref.startswith("https://")
        }
        for answer in self._external.fetch_all(wanted):
            self._external_answer(answer, counts)
        return len(wanted)

    def _external_answer(self, answer: ExternalAnswer, counts: dict[str, int]) -> None:
        if answer.not_modified:
            counts["unchanged"] += 1
        elif answer.failed is not None:
            counts["missing"] += 1
            log.info("picture %s not fetched: %s", answer.ref, answer.failed)
        else:
            content = answer.content or b""
            self._keep(answer.ref, content, answer.validator, answer.refused, counts)

    def _keep(
        self,
        ref: str,
        content: bytes,
        etag: str | None,
        refused: str | None,
        counts: dict[str, int],
    ) -> None:
        """Write ``content`` as the picture of ``ref`` and record it, or record why not."""
        key, now = picture_key(ref), datetime.now(UTC)
        if refused is None:
            temporary = self.path_of(ref).with_suffix(".part")
            temporary.write_bytes(content)
            os.replace(temporary, self.path_of(ref))
            self._run_db(lambda: self._pictures.record(key, etag, len(content), None, now))
            counts["fetched"] += 1
            counts["bytes"] += len(content)
            return
        self.path_of(ref).unlink(missing_ok=True)
        self._run_db(lambda: self._pictures.record(key, etag, 0, refused, now))
        counts["refused"] += 1
        log.warning("picture %s refused: %s", key, refused)

    def path_of(self, ref: str) -> Path:
        return self.folder / cache_name(ref)

    def _have(self, held: CachedPicture) -> bool:
        return held.refused is not None or self.path_of(held.ref).is_file()

    def _fetch(
        self, client: ApiClient, ref: str, held: CachedPicture | None, counts: dict[str, int]
    ) -> None:
        current = held.etag if held is not None and self._have(held) else None
        try:
            response = client.request("GET", "/" + ref, etag=current, accept="image/*", stream=True)
        except ApiError as exc:
            if exc.status != 404:
                raise
            counts["missing"] += 1  # listed a moment ago, gone now: next sync
            return
        try:
            if response.status_code == 304:
                counts["unchanged"] += 1
                return
            etag = response.headers.get("ETag")
            try:
                content = self._read_capped(response)
            except _Refused as refused:
                self._keep(ref, b"", etag, refused.code, counts)
                return
            self._keep(ref, content, etag, picture_refusal(content), counts)
        except OSError as exc:  # requests' errors are OSErrors: the connection broke
            raise NetworkError(f"the picture {ref} was cut short: {exc}") from exc
        finally:
            response.close()

    @staticmethod
    def _read_capped(response: requests.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(CHUNK):
            size += len(chunk)
            if size > MAX_PICTURE_BYTES:
                raise _Refused("too_large")
            chunks.append(chunk)
        return b"".join(chunks)

    def _forget(self, gone: set[str]) -> None:
        if not gone:
            return
        for ref in gone:
            self.path_of(ref).unlink(missing_ok=True)
        self._run_db(lambda: self._pictures.forget(gone))
