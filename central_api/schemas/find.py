"""Request and response models of the Find area (catalogues, guidance, requests, call-offs).

Bodies are parsed into the shared domain classes (``desktop.domain.office_request``,
``guidance_calloff``, ``guidance``, ``announcement``); these models document the wire
format in the OpenAPI document and do the first shape checks.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from central_api.schemas.input import Day, InputModel, Moment
from desktop.domain.announcement import AnnouncementKind
from desktop.domain.office_request import NEED_MAX, SHORT_MAX, RequestStatus, Urgency

MONEY_PATTERN = r"^\d{1,12}(\.\d{1,2})?$"
ID = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")
TEXTS_PER_LANGUAGE = (
    "The text per language, keyed sv, da, nb or en (another key is a 422). Every "
    "language is sent, whatever the request's Accept-Language: the app keeps them all, "
    "so a switch of its language needs no new sync, and shows the user's language, else "
    "the municipality's, else any."
)


class CatalogueInfo(BaseModel):
    supplier_id: str
    etag: str = Field(description="The ETag `GET /suppliers/{id}/catalogue` answers with")
    catalogue_id: str = Field(description="The document's Catalogue/ID")
    line_count: int
    xml_bytes: int = Field(description="Size of the XML document, uncompressed")
    published_at: datetime


class CatalogueList(BaseModel):
    items: list[CatalogueInfo]


class ItemRefModel(InputModel):
    supplier_id: str = Field(min_length=1, max_length=64)
    seller_item_id: str = Field(min_length=1, max_length=200)


class OfficeRequestIn(InputModel):
    """A question to the procurement office; ``id`` is made by the client (a UUID)."""

    model_config = ConfigDict(extra="forbid")

    id: str = ID
    unit_id: str = Field(min_length=1, max_length=64)
    need: str = Field(min_length=1, max_length=NEED_MAX)
    quantity: str = Field(default="", max_length=SHORT_MAX)
    estimated_amount: str | None = Field(default=None, pattern=MONEY_PATTERN)
    currency: str = Field(default="SEK", pattern=r"^[A-Z]{3}$")
    urgency: Urgency = Urgency.WHEN_POSSIBLE
    search_text: str = Field(default="", max_length=SHORT_MAX)
    agreement_id: str | None = Field(default=None, max_length=64)
    created_at: Moment


class OfficeAnswerIn(InputModel):
    """The office's answer; it may point to an agreement or to one catalogue item."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=4000)
    agreement_id: str | None = Field(default=None, max_length=64)
    item: ItemRefModel | None = None


class OfficeAnswerOut(BaseModel):
    text: str
    answered_at: datetime
    answered_by: str
    agreement_id: str | None
    item: ItemRefModel | None


class OfficeRequestOut(BaseModel):
    id: str
    unit_id: str
    need: str
    quantity: str
    estimated_amount: str | None
    currency: str
    urgency: Urgency
    search_text: str
    agreement_id: str | None
    created_at: datetime
    status: RequestStatus
    username: str
    answer: OfficeAnswerOut | None


class OfficeRequestList(BaseModel):
    items: list[OfficeRequestOut]


class CallOffIn(InputModel):
    """A call-off made outside e-commerce; ``amount`` excluding VAT."""

    model_config = ConfigDict(extra="forbid")

    id: str = ID
    unit_id: str = Field(min_length=1, max_length=64)
    agreement_id: str = Field(min_length=1, max_length=64)
    supplier_id: str = Field(min_length=1, max_length=64)
    amount: str = Field(pattern=MONEY_PATTERN)
    currency: str = Field(default="SEK", pattern=r"^[A-Z]{3}$")
    description: str = Field(min_length=1, max_length=500)
    ordered_on: Day
    cascade_reason: str | None = Field(default=None, max_length=500)


class CallOffOut(BaseModel):
    id: str
    unit_id: str
    agreement_id: str
    supplier_id: str
    amount: str
    currency: str
    description: str
    ordered_on: date
    cascade_reason: str | None
    recorded_by: str
    recorded_at: datetime


class CallOffList(BaseModel):
    items: list[CallOffOut]


class NeedModel(BaseModel):
    id: str
    phrases: dict[str, list[str]] = Field(description="Words and phrases per language")
    cpv_codes: list[str]
    agreement_ids: list[str]
    advice: dict[str, str] = Field(description="Free text for the orderer. " + TEXTS_PER_LANGUAGE)


class AgreementNoteModel(BaseModel):
    agreement_id: str
    advice: dict[str, str] = Field(description=TEXTS_PER_LANGUAGE)
    savings_percent: str | None


class OfficeContactModel(BaseModel):
    name: str
    email: str
    phone: str


class GuidanceModel(BaseModel):
    """Needs → CPV → agreements, advice, savings and search synonyms per language."""

    needs: list[NeedModel]
    agreements: list[AgreementNoteModel]
    synonyms: dict[str, dict[str, list[str]]] = Field(
        description="Per language: a term and the terms it also means"
    )
    office: OfficeContactModel


class AnnouncementModel(InputModel):
    """An announcement; ``title`` and ``body`` per language."""

    id: str = ID
    kind: AnnouncementKind
    published: Day
    title: dict[str, str] = Field(description=TEXTS_PER_LANGUAGE)
    body: dict[str, str] = Field(default_factory=dict, description=TEXTS_PER_LANGUAGE)
    agreement_id: str | None = None
    savings_percent: str | None = Field(default=None, pattern=r"^-?\d{1,3}(\.\d{1,2})?$")


class AnnouncementList(BaseModel):
    items: list[AnnouncementModel]


class PictureInfo(BaseModel):
    id: str = Field(description="The picture's id: catalogues reference it as `pictures/<id>`")
    etag: str = Field(description="The ETag `GET /pictures/{id}` answers with")


class PictureList(BaseModel):
    items: list[PictureInfo]
