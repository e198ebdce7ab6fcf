"""Which text of the office's is shown: the user's language, else the municipality's,
else the nearest, else any."""

from __future__ import annotations

from datetime import date

from desktop.domain.announcement import Announcement, AnnouncementKind
from desktop.domain.guidance import pick_text, unknown_languages
from desktop.domain.reference import Agreement, CallOffMethod


def test_the_users_language_first_then_the_municipalitys() -> None:
    texts = {"sv": "Hej", "nb": "Hei", "en": "Hi"}
    assert pick_text(texts, "nb", "sv") == "Hei"
    # Danish is missing: the municipality's Swedish beats the nearest neighbour (nb).
    assert pick_text(texts, "da", "sv") == "Hej"
    assert pick_text(texts, "da") == "Hei"
    assert pick_text({"en": "Hi"}, "da", "sv") == "Hi"
    assert pick_text({"fi": "Hei"}, "da", "sv") == "Hei"  # any, rather than nothing
    assert pick_text({"sv": ""}, "sv") == ""


def test_announcements_and_agreement_names_use_it() -> None:
    notice = Announcement(
        "n1", AnnouncementKind.NOTICE, date(2026, 1, 5), {"sv": "Stängt", "en": "Closed"}
    )
    assert notice.title_in("da", "sv") == "Stängt"
    assert notice.title_in("da", "en") == "Closed"
    agreement = Agreement("a", "1", "Bröd", CallOffMethod.DIRECT, date(2026, 1, 1), None, True, ())
    assert agreement.name_in("da", "sv") == "Bröd"  # no names given: its one name
    named = Agreement.from_json({**agreement.to_json(), "names": {"da": "Brød"}})
    assert named.name_in("da") == "Brød"
    assert named.name_in("nb", "sv") == "Bröd"  # the municipality's own name


def test_unknown_language_codes_are_named() -> None:
    assert unknown_languages({"sv": "", "en": "", "de": "", "SV": ""}) == ["SV", "de"]
