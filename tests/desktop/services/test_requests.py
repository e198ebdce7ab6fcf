"""RequestService: questions to the office and call-offs queue for the signed-in user."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.office_request import OfficeRequest
from desktop.services.requests import RequestService
from desktop.storage.database import Database
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.outbox_repo import OutboxRepository
from tests.desktop.storage.test_guidance_submissions import _calloff, _request


def test_requests_and_calloffs_queue_for_the_signed_in_user(store_database: Database) -> None:
    user: list[str | None] = ["orderer"]
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    service = RequestService(SubmissionRepository(store_database), lambda: user[0], lambda: moment)
    request: OfficeRequest = _request("r-1")
    service.ask_office(request)
    service.record_calloff(_calloff("c-1"))
    (mine,) = service.mine()
    assert mine.request.id == "r-1"
    assert OutboxRepository(store_database).count("orderer") == 2  # both in the one outbox
    user[0] = "someone-else"
    assert service.mine() == []
    service.mark_answers_seen(["r-1"])  # nothing answered yet: harmless
