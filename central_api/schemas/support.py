"""Bodies of the support routes: templates, support bundles, colleagues."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, StrictStr

from central_api.schemas.input import InputModel

ID_PATTERN = r"^[A-Za-z0-9._:-]+$"
DECIMAL_PATTERN = r"^\d{1,9}(\.\d{1,4})?$"
MAX_BUNDLE_BYTES = 1_000_000


class TemplateLineIn(InputModel):
    """One catalogue item of a template, with the quantity the cart starts with."""

    supplier_id: StrictStr = Field(min_length=1, max_length=64)
    seller_item_id: StrictStr = Field(min_length=1, max_length=100)
    name: StrictStr = Field(min_length=1, max_length=300)
    quantity: StrictStr = Field(pattern=DECIMAL_PATTERN, description="Decimal text, e.g. `2`")
    agreement_id: StrictStr | None = Field(default=None, max_length=64)


class TemplateIn(InputModel):
    id: StrictStr = Field(min_length=1, max_length=64, pattern=ID_PATTERN)
    name: StrictStr = Field(min_length=1, max_length=200)
    lines: list[TemplateLineIn] = Field(min_length=1, max_length=200)


class TemplatesIn(InputModel):
    """The unit's templates, all of them (a PUT replaces the set)."""

    templates: list[TemplateIn] = Field(max_length=100)


class TemplatesOut(BaseModel):
    unit_id: str
    version: int = Field(description="0 while the unit has no templates yet")
    updated_by: str | None
    updated_at: datetime | None
    templates: list[dict[str, Any]]


class BundleIn(InputModel):
    """A diagnostics file for the unit's superusers; ``id`` is the client's (idempotent)."""

    id: StrictStr = Field(min_length=8, max_length=36, pattern=ID_PATTERN)
    unit_id: StrictStr = Field(min_length=1, max_length=64)
    note: StrictStr = Field(default="", max_length=500)
    content: dict[str, Any]


class BundleSummary(BaseModel):
    id: str
    unit_id: str
    username: str
    display_name: str
    note: str
    created_at: datetime


class BundleOut(BundleSummary):
    content: dict[str, Any]


class BundleList(BaseModel):
    items: list[BundleSummary]


class ColleagueOut(BaseModel):
    username: str
    display_name: str
    role: str
    certified: bool
    may_order: bool = Field(
        description="Certified orderer or manager, or superuser (on behalf of the unit)"
    )


class ColleagueList(BaseModel):
    unit_id: str
    certification_url: str | None = Field(description="The office's orderer training")
    items: list[ColleagueOut]
