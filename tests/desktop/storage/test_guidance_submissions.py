"""Requests to the office and recorded call-offs: queued with their outbox entry."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.domain.guidance_calloff import RecordedCallOff
from desktop.domain.office_request import (
    OfficeAnswer,
    OfficeRequest,
    RequestStatus,
    Urgency,
)
from desktop.domain.refusal import Refusal
from desktop.storage.database import Database
from desktop.storage.guidance_submissions import CallOffState, SubmissionRepository
from desktop.storage.outbox_models import EntryKind
from desktop.storage.outbox_repo import OutboxRepository

NOW = datetime(2025, 5, 15, 8, 0, tzinfo=UTC)


def _request(ident: str = "r-1") -> OfficeRequest:
    return OfficeRequest(
        ident,
        "u-forskola-solrosen",
        "Sittdynor",
        NOW,
        Urgency.URGENT,
        quantity="20",
        estimated_amount=Decimal("1500"),
        search_text="sittdyna",
    )


def _calloff(ident: str = "c-1") -> RecordedCallOff:
    return RecordedCallOff(
        ident,
        "u-forskola-solrosen",
        "a-taxi",
        "s-taxi-1",
        Decimal("420.00"),
        "Taxi till badhuset",
        date(2025, 5, 14),
    )


def _entry_id(outbox: OutboxRepository, subject_id: str) -> str:
    (entry,) = [e for e in outbox.entries() if e.subject_id == subject_id]
    return entry.id


def test_queued_request_has_one_outbox_entry_with_its_exact_body(store_database: Database) -> None:
    repo, outbox = SubmissionRepository(store_database), OutboxRepository(store_database)
    repo.queue_request(_request(), "orderer", NOW)
    (local,) = repo.requests("orderer")
    assert local.request.status is RequestStatus.QUEUED
    (entry,) = outbox.due("orderer", NOW)
    assert entry.kind == EntryKind.REQUEST and entry.idempotency_key == "r-1"
    assert (entry.method, entry.path, entry.subject_id) == ("POST", "/requests", "r-1")
    assert json.loads(entry.body) == _request().to_json()
    assert outbox.count("orderer") == 1 and outbox.count("manager") == 0
    with pytest.raises(IntegrityError):
        repo.queue_request(_request(), "orderer", NOW)  # the same request twice: refused
    assert outbox.count() == 1


def test_claim_marks_in_flight_and_sent_takes_the_server_view(store_database: Database) -> None:
    repo, outbox = SubmissionRepository(store_database), OutboxRepository(store_database)
    repo.queue_request(_request(), "orderer", NOW)
    ident = _entry_id(outbox, "r-1")
    first = outbox.claim(ident)
    assert first is not None and not first.in_flight and first.attempts == 1
    again = outbox.claim(ident)
    assert again is not None and again.in_flight  # an earlier attempt may have arrived
    server = {**_request().to_full_json(), "status": "open", "username": "orderer"}
    assert outbox.record_answer(ident, server, NOW)
    assert not outbox.record_answer(ident, server, NOW)  # gone already
    assert outbox.count() == 0
    assert repo.requests("orderer")[0].request.status is RequestStatus.OPEN


def test_retry_waits_and_backoff_reset(store_database: Database) -> None:
    repo, outbox = SubmissionRepository(store_database), OutboxRepository(store_database)
    repo.queue_calloff(_calloff(), "orderer", NOW)
    ident = _entry_id(outbox, "c-1")
    outbox.claim(ident)
    later = NOW + timedelta(minutes=5)
    outbox.record_retry(ident, may_have_arrived=False, next_attempt_at=later, error="offline")
    assert outbox.due("orderer", NOW) == []
    assert outbox.next_due_at("orderer") == later
    assert outbox.reset_backoff("orderer", NOW) == 1
    assert [e.subject_id for e in outbox.due("orderer", NOW)] == ["c-1"]


def test_refusal_is_kept_for_the_user(store_database: Database) -> None:
    repo, outbox = SubmissionRepository(store_database), OutboxRepository(store_database)
    repo.queue_calloff(_calloff(), "orderer", NOW)
    repo.queue_request(_request(), "orderer", NOW)
    why = Refusal("cascade_reason_missing", "Say why", "cascade_reason")
    outbox.record_refusal(_entry_id(outbox, "c-1"), why)
    outbox.record_refusal(
        _entry_id(outbox, "r-1"), Refusal("request_unit_invalid", "Choose a unit", "unit_id")
    )
    (calloff,) = repo.calloffs("orderer")
    assert calloff.state is CallOffState.REFUSED and calloff.refusal == why
    assert repo.requests("orderer")[0].refusal is not None
    assert outbox.count() == 0


def test_merging_the_office_view_flags_new_answers_once(store_database: Database) -> None:
    repo = SubmissionRepository(store_database)
    repo.queue_request(_request(), "orderer", NOW)
    open_ = OfficeRequest.from_json(
        {**_request().to_full_json(), "status": "open", "username": "orderer"}
    )
    answered = open_.answered(
        OfficeAnswer("Use agreement X", NOW, "Inköp", agreement_id="a-furniture")
    )
    other = OfficeRequest.from_json({**_request("r-2").to_full_json(), "status": "open"})
    assert repo.merge_remote_requests("orderer", [open_, other], NOW) == []
    assert repo.merge_remote_requests("orderer", [answered], NOW) == ["r-1"]
    assert repo.merge_remote_requests("orderer", [answered], NOW) == []
    local = repo.request("r-1")
    assert local is not None and local.answer_unseen
    assert local.request.answer is not None and local.request.answer.agreement_id == "a-furniture"
    repo.mark_answers_seen(["r-1"])
    seen = repo.request("r-1")
    assert seen is not None and not seen.answer_unseen
    assert {r.request.id for r in repo.requests("orderer")} == {"r-1", "r-2"}
    assert repo.requests("manager") == []


def test_off_agreement_reasons_are_kept_per_cart_item(store_database: Database) -> None:
    from desktop.storage.guidance_choices import OffAgreementChoice, OffAgreementChoices

    choices = OffAgreementChoices(store_database)
    unit = "u-forskola-solrosen"
    first = OffAgreementChoice(
        unit, "s-coffee-2", "X-1", "orderer", "a-coffee", "  Needed today  ", Decimal("12.50"), NOW
    )
    choices.record(first)
    choices.record(
        OffAgreementChoice(
            unit, "s-coffee-2", "X-2", "orderer", "a-coffee", "Needed today", None, NOW
        )
    )
    choices.record(
        OffAgreementChoice(
            unit,
            "s-bakery-1",
            "B-9",
            "orderer",
            "a-bakery",
            "Allergy: gluten-free",
            None,
            NOW + timedelta(seconds=1),
        )
    )
    assert choices.reason_for_cart(unit) == "Needed today; Allergy: gluten-free"
    assert choices.reason_for_cart(unit, "s-bakery-1") == "Allergy: gluten-free"
    assert choices.choices(unit)[0].price_difference == Decimal("12.50")
    choices.forget(unit, [("s-coffee-2", "X-1"), ("s-coffee-2", "X-2")])
    assert choices.reason_for_cart(unit, "s-coffee-2") is None
    assert choices.reason_for_cart("u-other") is None
