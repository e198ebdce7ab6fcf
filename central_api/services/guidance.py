"""The office's guidance document and announcements, per municipality."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.errors import ApiError
from central_api.models import AgreementRow, utcnow
from central_api.models.find import AnnouncementRow, GuidanceDocumentRow
from desktop.domain.announcement import Announcement, AnnouncementKind
from desktop.domain.guidance import LANGUAGES, GuidanceRules, Texts, unknown_languages
from desktop.domain.values import ValueFormatError


def load_guidance(session: Session, municipality_id: str) -> GuidanceRules:
    row = session.get(GuidanceDocumentRow, municipality_id)
    if row is None:
        return GuidanceRules()
    return GuidanceRules.from_json(json.loads(row.body))


def _known_agreements(session: Session, municipality_id: str) -> set[str]:
    return set(
        session.scalars(
            select(AgreementRow.id).where(AgreementRow.municipality_id == municipality_id)
        )
    )


def check_languages(texts: Texts, field: str) -> None:
    """422 when ``texts`` is keyed by anything but sv, da, nb or en."""
    unknown = unknown_languages(texts)
    if unknown:
        raise ApiError(
            422,
            "validation_error",
            f"Unknown language {unknown[0]!r}: texts are given per language, one of "
            + ", ".join(LANGUAGES),
            field,
        )


def _check_guidance_languages(rules: GuidanceRules) -> None:
    for index, need in enumerate(rules.needs):
        check_languages(need.advice, f"needs.{index}.advice")
        check_languages(dict.fromkeys(need.phrases, ""), f"needs.{index}.phrases")
    for index, note in enumerate(rules.agreement_notes):
        check_languages(note.advice, f"agreements.{index}.advice")
    check_languages(dict.fromkeys(rules.synonyms, ""), "synonyms")


def parse_guidance(session: Session, municipality_id: str, payload: Any) -> GuidanceRules:
    """``payload`` as rules whose agreements all exist, else 422 naming the field."""
    try:
        rules = GuidanceRules.from_json(payload)
    except ValueFormatError as exc:
        raise ApiError(422, "validation_error", str(exc), exc.field) from exc
    _check_guidance_languages(rules)
    known = _known_agreements(session, municipality_id)
    for index, need in enumerate(rules.needs):
        unknown = [a for a in need.agreement_ids if a not in known]
        if unknown:
            raise ApiError(
                422,
                "validation_error",
                f"Need {need.id!r} names unknown agreement {unknown[0]!r}",
                f"needs.{index}.agreement_ids",
            )
    for index, note in enumerate(rules.agreement_notes):
        if note.agreement_id not in known:
            raise ApiError(
                422,
                "validation_error",
                f"Unknown agreement {note.agreement_id!r}",
                f"agreements.{index}.agreement_id",
            )
    return rules


def store_guidance(session: Session, municipality_id: str, rules: GuidanceRules) -> None:
    row = session.get(GuidanceDocumentRow, municipality_id)
    body = json.dumps(rules.to_json(), ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(
            GuidanceDocumentRow(municipality_id=municipality_id, body=body, updated_at=utcnow())
        )
    else:
        row.body = body
        row.updated_at = utcnow()


def announcement_from_row(row: AnnouncementRow) -> Announcement:
    return Announcement(
        id=row.id,
        kind=AnnouncementKind(row.kind),
        published=row.published,
        title=json.loads(row.title),
        body=json.loads(row.body),
        agreement_id=row.agreement_id,
        savings_percent=row.savings_percent,
    )


def list_announcements(session: Session, municipality_id: str) -> list[Announcement]:
    rows = session.scalars(
        select(AnnouncementRow)
        .where(AnnouncementRow.municipality_id == municipality_id)
        .order_by(AnnouncementRow.published, AnnouncementRow.id)
    )
    return [announcement_from_row(r) for r in rows]


def store_announcement(session: Session, municipality_id: str, item: Announcement) -> bool:
    """Publish ``item`` (replacing one with its id); True when it is new."""
    if item.agreement_id and item.agreement_id not in _known_agreements(session, municipality_id):
        raise ApiError(422, "validation_error", "Unknown agreement", "agreement_id")
    check_languages(item.title, "title")
    check_languages(item.body, "body")
    if not any(item.title.values()):
        raise ApiError(422, "validation_error", "An announcement needs a title", "title")
    row = session.get(AnnouncementRow, item.id)
    if row is not None and row.municipality_id != municipality_id:
        raise ApiError(422, "validation_error", "This announcement id is already used", "id")
    created = row is None
    if row is None:
        row = AnnouncementRow(id=item.id, municipality_id=municipality_id)
        session.add(row)
    row.kind = item.kind.value
    row.published = item.published
    row.agreement_id = item.agreement_id
    row.title = json.dumps(item.title, ensure_ascii=False, sort_keys=True)
    row.body = json.dumps(item.body, ensure_ascii=False, sort_keys=True)
    row.savings_percent = item.savings_percent
    return created
