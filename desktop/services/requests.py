"""Questions to the procurement office and recorded call-offs (no Qt; database thread).

Queued here with an idempotency key; the submission sender (``remote``) sends them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from desktop.domain.guidance_calloff import RecordedCallOff
from desktop.domain.office_request import OfficeRequest
from desktop.storage.guidance_submissions import LocalRequest, SubmissionRepository


class RequestService:
    """The signed-in user's requests and call-offs (``username()``: None when signed out)."""

    def __init__(
        self,
        submissions: SubmissionRepository,
        username: Callable[[], str | None],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.submissions = submissions
        self._username = username
        self._clock = clock

    def ask_office(self, request: OfficeRequest) -> None:
        """Queue a question ("can't find it") for the procurement office."""
        self.submissions.queue_request(request, self._username() or "", self._clock())

    def record_calloff(self, calloff: RecordedCallOff) -> None:
        """Queue a call-off made outside Avrop (mini-competition, phone order)."""
        self.submissions.queue_calloff(calloff, self._username() or "", self._clock())

    def mine(self) -> list[LocalRequest]:
        """The user's questions with their answers, newest first."""
        return self.submissions.requests(self._username() or "")

    def mark_answers_seen(self, request_ids: Sequence[str]) -> None:
        self.submissions.mark_answers_seen(list(request_ids))
