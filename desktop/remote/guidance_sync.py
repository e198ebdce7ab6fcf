"""Pulling the office's guidance, announcements and the answers to the user's requests.

Each is fetched conditionally (an unchanged one costs a 304) and applied in one
transaction on the database thread; a malformed answer changes nothing and raises
``BadResponseError``. The office's search synonyms go to the catalogue search.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from desktop.domain.announcement import Announcement
from desktop.domain.guidance import LANGUAGES, GuidanceRules
from desktop.domain.office_request import OfficeRequest
from desktop.domain.values import ValueFormatError
from desktop.remote.errors import BadResponseError
from desktop.remote.http import ApiClient
from desktop.storage.database import RunDb
from desktop.storage.guidance_repo import GuidanceRepository
from desktop.storage.guidance_submissions import SubmissionRepository

log = logging.getLogger(__name__)

ApplySynonyms = Callable[[str, Mapping[str, tuple[str, ...]]], None]


@dataclass(frozen=True)
class GuidanceSyncReport:
    rules_changed: bool
    new_announcements: tuple[str, ...]
    newly_answered: tuple[str, ...]


def _items(status: int, data: Any, path: str) -> list[Any]:
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BadResponseError(status, f"{path}: no list of items", "items")
    return items


def _parse_each(status: int, path: str, items: list[Any], parse: Callable[[Any], Any]) -> list[Any]:
    parsed = []
    for index, raw in enumerate(items):
        try:
            parsed.append(parse(raw))
        except ValueFormatError as exc:
            raise BadResponseError(status, f"{path}: item {index}: {exc}", exc.field) from exc
    return parsed


class GuidanceSync:
    """Brings guidance, announcements and request answers up to date."""

    def __init__(
        self,
        client_provider: Callable[[], ApiClient],
        guidance: GuidanceRepository,
        submissions: SubmissionRepository,
        run_db: RunDb,
        username: Callable[[], str | None],
        apply_synonyms: ApplySynonyms | None = None,
    ) -> None:
        self._client_provider = client_provider
        self._guidance = guidance
        self._submissions = submissions
        self._run_db = run_db
        self._username = username
        self._apply_synonyms = apply_synonyms

    def sync(self) -> GuidanceSyncReport:
        client = self._client_provider()
        changed = self.sync_rules(client)
        new = self.sync_announcements(client)
        answered = self.sync_requests(client)
        return GuidanceSyncReport(changed, tuple(new), tuple(answered))

    def sync_rules(self, client: ApiClient, *, force_synonyms: bool = False) -> bool:
        etag = self._run_db(self._guidance.rules_etag)
        answer = client.get_json("/guidance", etag=etag)
        now = datetime.now(UTC)
        if answer.not_modified:
            self._run_db(lambda: self._guidance.touch_rules(now))
            if force_synonyms:
                rules = self._run_db(self._guidance.rules)
                if rules is not None:
                    self._push_synonyms(rules)
            return False
        try:
            rules = GuidanceRules.from_json(answer.data)
        except ValueFormatError as exc:
            raise BadResponseError(answer.status, f"/guidance: {exc}", exc.field) from exc
        self._push_synonyms(rules)
        self._run_db(lambda: self._guidance.save_rules(rules, answer.etag, now))
        log.info("guidance: %d needs, %d notes", len(rules.needs), len(rules.agreement_notes))
        return True

    def _push_synonyms(self, rules: GuidanceRules) -> None:
        apply = self._apply_synonyms
        if apply is None:
            return
        for language in LANGUAGES:
            mapping = rules.synonyms_for(language)
            self._run_db(partial(apply, language, mapping))

    def sync_announcements(self, client: ApiClient) -> list[str]:
        etag = self._run_db(self._guidance.announcements_etag)
        answer = client.get_json("/announcements", etag=etag)
        if answer.not_modified:
            return []
        raw = _items(answer.status, answer.data, "/announcements")
        items: list[Announcement] = _parse_each(
            answer.status, "/announcements", raw, Announcement.from_json
        )
        now = datetime.now(UTC)
        return self._run_db(lambda: self._guidance.replace_announcements(items, answer.etag, now))

    def sync_requests(self, client: ApiClient) -> list[str]:
        """The office's view of the user's requests; ids newly answered."""
        username = self._username()
        if username is None:
            return []
        answer = client.get_json("/requests")
        raw = _items(answer.status, answer.data, "/requests")
        items: list[OfficeRequest] = _parse_each(
            answer.status, "/requests", raw, OfficeRequest.from_json
        )
        mine = [r for r in items if r.username == username]
        now = datetime.now(UTC)
        return self._run_db(lambda: self._submissions.merge_remote_requests(username, mine, now))
