"""Support use cases on the server: a unit's templates, support bundles, colleagues."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.authz import Principal, check_unit_access
from central_api.errors import ApiError, forbidden, not_found
from central_api.models import (
    MunicipalityRow,
    SupportBundleRow,
    UnitTemplatesRow,
    UserRow,
    UserUnitRow,
    utcnow,
)
from central_api.schemas.support import (
    BundleIn,
    BundleOut,
    BundleSummary,
    ColleagueList,
    ColleagueOut,
    TemplatesIn,
    TemplatesOut,
)
from desktop.domain.reference import Role

SUPPORT_ROLES = (Role.MANAGER, Role.SUPERUSER, Role.PROCUREMENT)
ORDERING_ROLES = (Role.ORDERER, Role.MANAGER, Role.SUPERUSER)  # superusers: on behalf


def templates_etag(version: int) -> str:
    return f'"templates-{version}"'


def templates_of(session: Session, unit_id: str) -> TemplatesOut:
    row = session.get(UnitTemplatesRow, unit_id)
    if row is None:
        return TemplatesOut(
            unit_id=unit_id, version=0, updated_by=None, updated_at=None, templates=[]
        )
    user = session.get(UserRow, row.updated_by)
    return TemplatesOut(
        unit_id=unit_id,
        version=row.version,
        updated_by=user.username if user else None,
        updated_at=row.updated_at,
        templates=json.loads(row.document),
    )


def _if_match_hits(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    return etag in (tag.strip() for tag in header.split(","))


def save_templates(
    session: Session, principal: Principal, unit_id: str, body: TemplatesIn, if_match: str | None
) -> TemplatesOut:
    """Replace the unit's templates when ``If-Match`` names the current version."""
    if not if_match:
        raise ApiError(428, "precondition_required", "Send If-Match with the templates' ETag")
    ids = [t.id for t in body.templates]
    if len(set(ids)) != len(ids):
        raise ApiError(422, "template_duplicate", "Two templates have the same id", "templates")
    row = session.get(UnitTemplatesRow, unit_id)
    if not _if_match_hits(if_match, templates_etag(row.version if row else 0)):
        raise ApiError(412, "templates_changed", "Someone changed the templates; reload them")
    document = json.dumps([t.model_dump(mode="json") for t in body.templates], ensure_ascii=False)
    if row is None:
        row = UnitTemplatesRow(unit_id=unit_id, version=0)
        session.add(row)
    row.document = document
    row.version += 1
    row.updated_by = principal.user_id
    row.updated_at = utcnow()
    session.commit()
    return templates_of(session, unit_id)


def _summary(row: SupportBundleRow, user: UserRow) -> BundleSummary:
    return BundleSummary(
        id=row.id,
        unit_id=row.unit_id,
        username=user.username,
        display_name=user.display_name,
        note=row.note,
        created_at=row.created_at,
    )


def send_bundle(session: Session, principal: Principal, body: BundleIn) -> BundleSummary:
    """Store the bundle for the unit's superusers; the same id again is the same bundle."""
    check_unit_access(session, principal, body.unit_id)
    existing = session.get(SupportBundleRow, body.id)
    user = session.get(UserRow, principal.user_id)
    assert user is not None
    if existing is not None:
        if existing.created_by != principal.user_id:
            raise ApiError(409, "bundle_duplicate", "A bundle with this id exists", "id")
        return _summary(existing, user)
    row = SupportBundleRow(
        id=body.id,
        unit_id=body.unit_id,
        created_by=principal.user_id,
        note=body.note,
        content=json.dumps(body.content, ensure_ascii=False),
        created_at=utcnow(),
    )
    session.add(row)
    session.commit()
    return _summary(row, user)


def bundles_of(session: Session, principal: Principal, unit_id: str | None) -> list[BundleSummary]:
    """Bundles of one unit, or of every unit the supporter reaches; newest first."""
    if unit_id is not None:
        check_unit_access(session, principal, unit_id, SUPPORT_ROLES)
        units = frozenset({unit_id})
    elif principal.role not in SUPPORT_ROLES:
        raise forbidden("Your role may not do this")
    else:
        units = principal.unit_ids
    rows = session.execute(
        select(SupportBundleRow, UserRow)
        .join(UserRow, UserRow.id == SupportBundleRow.created_by)
        .where(SupportBundleRow.unit_id.in_(units))
        .order_by(SupportBundleRow.created_at.desc(), SupportBundleRow.id)
        .limit(200)
    )
    return [_summary(row, user) for row, user in rows]


def bundle(session: Session, principal: Principal, bundle_id: str) -> BundleOut:
    """The bundle, for its sender and for those who support its unit; else 404."""
    row = session.get(SupportBundleRow, bundle_id)
    user = session.get(UserRow, row.created_by) if row else None
    if row is None or user is None or user.municipality_id != principal.municipality_id:
        raise not_found("Unknown support bundle", "bundle_id")
    own = row.created_by == principal.user_id
    if not own and not (principal.role in SUPPORT_ROLES and principal.reaches_unit(row.unit_id)):
        raise not_found("Unknown support bundle", "bundle_id")
    return BundleOut(**_summary(row, user).model_dump(), content=json.loads(row.content))


def colleagues_of(session: Session, municipality_id: str, unit_id: str) -> ColleagueList:
    """Who works for the unit, their role and whether they are certified."""
    rows = session.scalars(
        select(UserRow)
        .join(UserUnitRow, UserUnitRow.user_id == UserRow.id)
        .where(UserUnitRow.unit_id == unit_id, UserRow.active.is_(True))
        .order_by(UserRow.display_name, UserRow.username)
    )
    items = [
        ColleagueOut(
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            certified=user.certified,
            may_order=user.certified and user.role in ORDERING_ROLES,
        )
        for user in rows
    ]
    municipality = session.get(MunicipalityRow, municipality_id)
    url = municipality.certification_url if municipality else None
    return ColleagueList(unit_id=unit_id, certification_url=url, items=items)
