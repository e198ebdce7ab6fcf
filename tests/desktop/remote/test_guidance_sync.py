"""GuidanceSync and the outbox sender (requests) against the real central API process."""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.domain.office_request import OfficeRequest, RequestStatus, Urgency
from desktop.remote.auth import AuthService
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.guidance_sync import GuidanceSync
from desktop.remote.outbox_sender import OutboxSender
from desktop.remote.send_policy import Backoff
from desktop.settings import SettingsStore
from desktop.storage.database import Database, run_inline
from desktop.storage.guidance_repo import GuidanceRepository
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.outbox_repo import OutboxEntry, OutboxRepository
from desktop.storage.reference_repo import ReferenceRepository
from tests.fixtures.central_api_server import RunningServer, StartCentralApi


def _auth(
    server: RunningServer, tmp_path: Path, db: Database, user: str = "orderer"
) -> AuthService:
    auth = AuthService(
        SettingsStore(tmp_path), SessionOnlyCredentialStore(), ReferenceRepository(db)
    )
    auth.sign_in(server.url, user, "demo")
    return auth


def _sync(
    auth: AuthService, db: Database, synonyms: dict[str, Mapping[str, tuple[str, ...]]]
) -> GuidanceSync:
    def username() -> str | None:
        return auth.me.username if auth.me else None

    return GuidanceSync(
        auth.current_client,
        GuidanceRepository(db),
        SubmissionRepository(db),
        run_inline,
        username,
        apply_synonyms=lambda lang, m: synonyms.update({lang: m}),
    )


def test_guidance_announcements_and_synonyms_then_304(
    demo_server: RunningServer, tmp_path: Path, store_database: Database
) -> None:
    synonyms: dict[str, Mapping[str, tuple[str, ...]]] = {}
    sync = _sync(_auth(demo_server, tmp_path, store_database), store_database, synonyms)
    first = sync.sync()
    assert first.rules_changed
    assert "ann-bakery-new" in first.new_announcements
    repo = GuidanceRepository(store_database)
    rules = repo.rules()
    assert rules is not None and any(n.id == "bakery" for n in rules.needs)
    assert synonyms["sv"]["kopipapper"] == ("kopieringspapper",)
    assert set(synonyms) == {"sv", "da", "nb", "en"}
    synonyms.clear()
    again = sync.sync()
    assert not again.rules_changed and again.new_announcements == ()
    assert synonyms == {}  # nothing changed: nothing pushed again


def _request(unit: str = "u-forskola-solrosen") -> OfficeRequest:
    return OfficeRequest(
        str(uuid.uuid4()),
        unit,
        "Sittdynor till samlingen",
        datetime.now(UTC),
        Urgency.WITHIN_WEEK,
        quantity="20",
        search_text="sittdyna",
    )


def _server_requests(server: RunningServer) -> list[dict[str, object]]:
    request = urllib.request.Request(
        server.url + "/requests", headers={"Authorization": f"Bearer {server.token('procurement')}"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        items: list[dict[str, object]] = json.loads(answer.read())["items"]
    return items


def _answer(server: RunningServer, request_id: str, body: dict[str, object]) -> None:
    request = urllib.request.Request(
        f"{server.url}/requests/{request_id}/answer",
        data=json.dumps(body).encode(),
        headers={
            "Authorization": f"Bearer {server.token('procurement')}",
            "Content-Type": "application/json",
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200


@pytest.mark.slow
def test_request_queued_offline_arrives_once_and_the_answer_comes_back(
    start_central_api: StartCentralApi, tmp_path: Path, store_database: Database
) -> None:
    server = start_central_api()
    auth = _auth(server, tmp_path, store_database)
    repo = SubmissionRepository(store_database)
    request = _request()
    repo.queue_request(request, "orderer", datetime.now(UTC))
    lost_once: list[str] = []

    def lose_first_answer(point: str, entry: OutboxEntry) -> None:
        if point == "answered" and not lost_once:
            lost_once.append(entry.id)  # the server has it, the answer is "lost"
            raise ConnectionError("answer lost")

    outbox = OutboxRepository(store_database)
    sender = OutboxSender(
        outbox,
        auth.current_client,
        lambda: "orderer",
        backoff=Backoff(0.01, 0.02),
        probe=lose_first_answer,
    )
    server.stop()
    offline = sender.send_due()
    assert offline.retried == 1 and offline.sent == 0
    assert outbox.count() == 1
    server.start()
    outbox.reset_backoff("orderer")  # the network is back
    faulted = sender.send_due()  # an unexpected exception: logged, marked, not fatal
    assert faulted.faults == 1 and faulted.sent == 0
    (entry,) = outbox.entries("orderer")  # not recorded: it may have arrived
    assert entry.in_flight and entry.state == "error" and "answer lost" in (entry.last_error or "")
    outbox.reset_backoff("orderer")
    done = sender.send_due()
    assert done.sent == 1 and outbox.count() == 0
    on_server = [r for r in _server_requests(server) if r["id"] == request.id]
    assert len(on_server) == 1  # sent three times, stored once

    _answer(
        server,
        request.id,
        {"text": "Använd avtalet Lek- och pedagogiskt material.", "agreement_id": "a-toys"},
    )
    synonyms: dict[str, Mapping[str, tuple[str, ...]]] = {}
    report = _sync(auth, store_database, synonyms).sync()
    assert report.newly_answered == (request.id,)
    local = repo.request(request.id)
    assert local is not None and local.answer_unseen
    assert local.request.status is RequestStatus.ANSWERED
    assert local.request.answer is not None and local.request.answer.agreement_id == "a-toys"


def test_a_refused_request_keeps_the_reason(
    demo_server: RunningServer, tmp_path: Path, store_database: Database
) -> None:
    auth = _auth(demo_server, tmp_path, store_database)
    repo = SubmissionRepository(store_database)
    request = _request(unit="u-skola-norr")  # not one of the orderer's units
    repo.queue_request(request, "orderer", datetime.now(UTC))
    outbox = OutboxRepository(store_database)
    report = OutboxSender(outbox, auth.current_client, lambda: "orderer").send_due()
    assert report.refused == 1 and outbox.count() == 0
    local = repo.request(request.id)
    assert local is not None and local.refusal is not None
    assert local.refusal.code == "forbidden" and local.refusal.field == "unit_id"
