"""Why the server refused something sent from the outbox (a 4xx answer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Refusal:
    """The server's error code, its message and the field to fix (if it named one).

    One type for every kind of outbox entry: orders, office requests, call-offs.
    """

    code: str
    message: str
    field: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "field": self.field}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Refusal | None:
        """The stored form back (None stays None)."""
        if not data:
            return None
        field = data.get("field")
        return cls(
            str(data.get("code")), str(data.get("message")), None if field is None else str(field)
        )
