"""Announcements: wire format, which agreements count as new, which are unseen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from central_api.demo.guidance_announcements import demo_announcements
from desktop.domain.announcement import (
    Announcement,
    AnnouncementKind,
    new_agreement_ids,
    unseen,
)

TODAY = date(2025, 5, 15)


def test_json_round_trip_keeps_every_field() -> None:
    for item in demo_announcements(TODAY):
        assert Announcement.from_json(item.to_json()) == item


def test_bakery_announcement_says_what_it_means() -> None:
    bakery = next(a for a in demo_announcements(TODAY) if a.agreement_id == "a-bakery")
    assert bakery.kind is AnnouncementKind.NEW_AGREEMENT
    assert bakery.savings_percent == Decimal("36")
    assert "36 %" in bakery.title_in("sv") and "36 %" in bakery.title_in("en")
    assert bakery.body_in("nb").startswith("Bestill brød")


def test_new_agreements_are_new_for_a_while() -> None:
    items = demo_announcements(TODAY)
    assert new_agreement_ids(items, TODAY) == {"a-bakery"}
    assert new_agreement_ids(items, date(2026, 1, 1)) == frozenset()
    # Changed agreements and notices never mark items as new.
    assert "a-coffee" not in new_agreement_ids(items, TODAY, days=1000)


def test_unseen_are_the_ones_not_yet_shown_oldest_first() -> None:
    items = demo_announcements(TODAY)
    assert [a.id for a in unseen(items, ["ann-crisis-stock"])] == [
        "ann-coffee-range",
        "ann-bakery-new",
    ]
    assert unseen(items, [a.id for a in items]) == []


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "x", "kind": "gossip", "published": "2025-01-01", "title": {}},
        {"id": "", "kind": "notice", "published": "2025-01-01", "title": {}},
        {"id": "x", "kind": "notice", "published": "yesterday", "title": {}},
        {"id": "x", "kind": "notice", "published": "2025-01-01", "title": "hi"},
        {"id": "x", "kind": "notice", "published": "2025-01-01", "title": {}, "agreement_id": 5},
        {
            "id": "x",
            "kind": "notice",
            "published": "2025-01-01",
            "title": {},
            "savings_percent": 3.5,
        },
        ["not", "an", "object"],
    ],
)
def test_malformed_announcements_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        Announcement.from_json(bad)
