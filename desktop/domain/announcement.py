"""Announcements from the procurement office: new and changed agreements, notices.

Wire format of ``GET /announcements`` items (``{"items": [...]}``):
``{"id", "kind", "published", "agreement_id", "title": {lang: text},
"body": {lang: text}, "savings_percent"}``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop.domain.guidance import Texts, pick_text
from desktop.domain.values import ValueFormatError, format_money, parse_date, parse_money

NEW_FOR_DAYS = 90  # items of an agreement announced as new are marked "new" this long


class AnnouncementKind(StrEnum):
    NEW_AGREEMENT = "new_agreement"
    CHANGED_AGREEMENT = "changed_agreement"
    ENDING_AGREEMENT = "ending_agreement"
    NOTICE = "notice"


@dataclass(frozen=True)
class Announcement:
    """One message from the office, in every language it was written in."""

    id: str
    kind: AnnouncementKind
    published: date
    title: Texts
    body: Texts = field(default_factory=dict)
    agreement_id: str | None = None
    savings_percent: Decimal | None = None  # "prices 36 % lower"

    def title_in(self, language: str, default: str | None = None) -> str:
        """The title in ``language``, else the municipality's ``default``, else any."""
        return pick_text(self.title, language, default)

    def body_in(self, language: str, default: str | None = None) -> str:
        return pick_text(self.body, language, default)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "published": self.published.isoformat(),
            "title": dict(self.title),
            "body": dict(self.body),
            "agreement_id": self.agreement_id,
            "savings_percent": (
                None if self.savings_percent is None else format_money(self.savings_percent)
            ),
        }

    @classmethod
    def from_json(cls, data: object) -> Announcement:
        if not isinstance(data, dict):
            raise ValueFormatError("announcement", data, "an object")
        ident = data.get("id")
        if not isinstance(ident, str) or not ident:
            raise ValueFormatError("id", ident, "an announcement id")
        try:
            kind = AnnouncementKind(str(data.get("kind")))
        except ValueError as exc:
            raise ValueFormatError("kind", data.get("kind"), "an announcement kind") from exc
        agreement_id = data.get("agreement_id")
        if agreement_id is not None and not isinstance(agreement_id, str):
            raise ValueFormatError("agreement_id", agreement_id, "an agreement id or null")
        savings = data.get("savings_percent")
        return cls(
            id=ident,
            kind=kind,
            published=parse_date(data.get("published"), "published"),
            title=_texts(data.get("title"), "title"),
            body=_texts(data.get("body") or {}, "body"),
            agreement_id=agreement_id,
            savings_percent=None if savings is None else parse_money(savings, "savings_percent"),
        )


def _texts(value: object, key: str) -> Texts:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueFormatError(key, value, "texts per language")
    return dict(value)


def new_agreement_ids(
    announcements: Iterable[Announcement], today: date, days: int = NEW_FOR_DAYS
) -> frozenset[str]:
    """Agreements announced as new within ``days`` of ``today``: their items are "new"."""
    since = today - timedelta(days=days)
    return frozenset(
        a.agreement_id
        for a in announcements
        if a.kind is AnnouncementKind.NEW_AGREEMENT
        and a.agreement_id
        and since <= a.published <= today
    )


def unseen(announcements: Iterable[Announcement], seen_ids: Iterable[str]) -> list[Announcement]:
    """Announcements not yet shown as a notification, oldest first."""
    seen = set(seen_ids)
    return sorted((a for a in announcements if a.id not in seen), key=lambda a: (a.published, a.id))
