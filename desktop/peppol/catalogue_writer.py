"""Streaming writer of PEPPOL BIS 3 Catalogue documents (UBL 2.1).

Where each ``CatalogueLine`` field goes:

* ``line_id`` → ``CatalogueLine/ID`` (the seller's item id when empty); ``action`` →
  ``ActionCode`` (written only in a partial, i.e. update, catalogue).
* ``unit_code`` → ``OrderableUnit`` and the ``unitCode`` of every quantity of the line;
  ``content_quantity``/``content_unit_code`` → ``ContentUnitQuantity``;
  ``min/max_order_quantity`` → ``Minimum/MaximumOrderQuantity``;
  ``valid_from/to`` → ``LineValidityPeriod``.
* ``price``/``base_quantity``/``currency`` → ``RequiredItemLocationQuantity/Price``
  (``PriceAmount@currencyID``, ``BaseQuantity@unitCode``). ``list_price`` → a second
  ``RequiredItemLocationQuantity/Price`` with ``PriceType`` ``AAB`` (UNCL 5375
  "calculation gross": the price before the agreement's discount), same base quantity.
  (PEPPOL's catalogue has no ``PriceTypeCode``; ``PriceType`` is its free text.)
* ``agreement_id`` → ``Catalogue/ReferencedContract/ID`` when it is the header's
  agreement; a line under another agreement carries ``Item/AdditionalItemProperty``
  "FrameworkAgreement" = the agreement's id (PEPPOL's catalogue line has no document
  reference). A line without an agreement in a catalogue whose header names one is
  read back as under the header's agreement.
* ``Item``: ``description`` → ``Description``, ``name`` → ``Name``, ``keywords`` →
  ``Keyword``, ``brand`` → ``BrandName``, ``seller_item_id`` →
  ``SellersItemIdentification/ID``, ``gtin`` → ``StandardItemIdentification/ID``
  (``schemeID`` 0160), ``image_refs`` → ``ItemSpecificationDocumentReference``
  (``ID``, ``DocumentTypeCode`` ``PRODUCT_IMAGE`` of the official Image list, and
  ``Attachment/ExternalReference/URI`` for a URI, absolute or the relative
  ``pictures/<id>`` of a picture the central API serves; for an embedded picture's
  ``data:`` URI ``Attachment/EmbeddedDocumentBinaryObject``), ``cpv_codes``/``unspsc_codes`` →
  ``CommodityClassification/ItemClassificationCode`` with ``listID`` ``STI``/``TST`` (UNCL 7143),
  ``crisis_critical`` → ``AdditionalItemProperty`` "CrisisCritical" = "true",
  ``certificates`` → ``Certificate`` (``ID`` and ``CertificateTypeCode`` = the label's
  code in ``PackagingMarkedLabelAccreditationCode``, ``CertificateType`` and
  ``IssuerParty/PartyName/Name`` = name).
* Units are written as given; they must be official codes (Rec 20 / X-prefixed Rec 21).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import IO, Any

from lxml import etree

from desktop.domain.catalogue import CatalogueLine
from desktop.domain.picture import embedded_picture, picture_key, served_picture_id
from desktop.domain.values import format_money
from desktop.peppol import ubl_names as u
from desktop.peppol.parties import Party


class CatalogueProfile(StrEnum):
    """The PEPPOL BIS 3 catalogue process the document belongs to."""

    CATALOGUE_ONLY = "catalogue_only"
    CATALOGUE_WO_RESPONSE = "catalogue_wo_response"

    @property
    def profile_id(self) -> str:
        return f"{u.CATALOGUE_PROFILE_PREFIX}{self.value}:3"


@dataclass(frozen=True)
class CatalogueHeader:
    """The document-level data of a catalogue.

    ``partial`` marks an update catalogue: its lines carry ``ActionCode`` Add, Update or
    Delete and lines not mentioned stay as they were (header ``ActionCode`` Update, or
    Add: the lines are added by their own action codes). ``withdrawn`` is header action
    Delete: the supplier's catalogue is withdrawn, every line goes. ``agreement_id`` is
    the framework agreement the catalogue is published under (``ReferencedContract/ID``).
    """

    catalogue_id: str
    issue_date: date
    valid_from: date
    valid_to: date | None
    provider: Party
    receiver: Party
    profile: CatalogueProfile = CatalogueProfile.CATALOGUE_ONLY
    partial: bool = False
    agreement_id: str | None = None
    name: str = ""
    withdrawn: bool = False

    @property
    def action_code(self) -> str:
        """The header ``ActionCode`` written for this catalogue."""
        if self.withdrawn:
            return "Delete"
        return "Update" if self.partial else "Replace"


_CBC = u.cbc
_CAC = u.cac
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg"}


class _Out:
    """Thin helpers over an ``xmlfile`` writer; namespaces are declared once, on the root."""

    def __init__(self, xf: Any) -> None:
        self.xf = xf
        self.el = xf.element  # ``with w.el(tag):`` opens an element

    def leaf(self, tag: str, text: str, attrib: dict[str, str] | None = None) -> None:
        with self.xf.element(tag, attrib) if attrib else self.xf.element(tag):
            self.xf.write(text)

    def quantity(self, tag: str, value: Decimal, unit: str | None) -> None:
        self.leaf(tag, format_money(value), {"unitCode": unit} if unit else None)

    def period(self, tag: str, start: date | None, end: date | None) -> None:
        with self.el(tag):
            if start is not None:
                self.leaf(_CBC("StartDate"), start.isoformat())
            if end is not None:
                self.leaf(_CBC("EndDate"), end.isoformat())

    def party(self, tag: str, party: Party) -> None:
        with self.el(tag):
            self.leaf(_CBC("EndpointID"), party.endpoint_id, {"schemeID": party.scheme})
            with self.el(_CAC("PartyLegalEntity")):
                self.leaf(_CBC("RegistrationName"), party.name)


def write_catalogue(out: IO[bytes], header: CatalogueHeader, lines: Iterable[CatalogueLine]) -> int:
    """Write a PEPPOL BIS 3 Catalogue to ``out``, streaming; return the number of lines.

    Memory stays bounded whatever the number of lines. A catalogue needs at least one
    line to be valid UBL; ``ValueError`` if ``lines`` is empty (nothing useful is left in
    ``out`` then) or a text holds characters XML cannot carry.
    """
    count = 0
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{u.CATALOGUE_NS}}}Catalogue", nsmap=u.nsmap(u.CATALOGUE_NS)):
            w = _Out(xf)
            _write_header(w, header)
            for line in lines:
                _write_line(w, header, line)
                count += 1
            if count == 0:
                raise ValueError("a catalogue needs at least one line")
    return count


def _write_header(w: _Out, h: CatalogueHeader) -> None:
    w.leaf(_CBC("CustomizationID"), u.CATALOGUE_CUSTOMIZATION)
    w.leaf(_CBC("ProfileID"), h.profile.profile_id)
    w.leaf(_CBC("ID"), h.catalogue_id)
    w.leaf(_CBC("ActionCode"), h.action_code)
    if h.name:
        w.leaf(_CBC("Name"), h.name)
    w.leaf(_CBC("IssueDate"), h.issue_date.isoformat())
    w.period(_CAC("ValidityPeriod"), h.valid_from, h.valid_to)
    if h.agreement_id:
        with w.el(_CAC("ReferencedContract")):
            w.leaf(_CBC("ID"), h.agreement_id)
    w.party(_CAC("ProviderParty"), h.provider)
    w.party(_CAC("ReceiverParty"), h.receiver)


def _write_price(w: _Out, amount: Decimal, line: CatalogueLine, type_code: str | None) -> None:
    with w.el(_CAC("RequiredItemLocationQuantity")), w.el(_CAC("Price")):
        w.leaf(_CBC("PriceAmount"), format_money(amount), {"currencyID": line.currency})
        w.quantity(_CBC("BaseQuantity"), line.base_quantity, line.unit_code)
        if type_code:
            w.leaf(_CBC("PriceType"), type_code)


def _write_line(w: _Out, h: CatalogueHeader, line: CatalogueLine) -> None:
    with w.el(_CAC("CatalogueLine")):
        w.leaf(_CBC("ID"), line.line_id or line.seller_item_id)
        if h.partial:
            w.leaf(_CBC("ActionCode"), line.action.value)
        w.leaf(_CBC("OrderableUnit"), line.unit_code)
        if line.content_quantity is not None:
            w.quantity(_CBC("ContentUnitQuantity"), line.content_quantity, line.content_unit_code)
        if line.min_order_quantity is not None:
            w.quantity(_CBC("MinimumOrderQuantity"), line.min_order_quantity, line.unit_code)
        if line.max_order_quantity is not None:
            w.quantity(_CBC("MaximumOrderQuantity"), line.max_order_quantity, line.unit_code)
        if line.valid_from is not None or line.valid_to is not None:
            w.period(_CAC("LineValidityPeriod"), line.valid_from, line.valid_to)
        if line.price is not None:
            _write_price(w, line.price, line, None)
        if line.list_price is not None:
            _write_price(w, line.list_price, line, u.LIST_PRICE_TYPE)
        _write_item(w, line, line.agreement_id if line.agreement_id != h.agreement_id else None)


def _write_item(w: _Out, line: CatalogueLine, other_agreement: str | None) -> None:
    with w.el(_CAC("Item")):
        if line.description:
            w.leaf(_CBC("Description"), line.description)
        w.leaf(_CBC("Name"), line.name)
        for keyword in line.keywords:
            w.leaf(_CBC("Keyword"), keyword)
        if line.brand:
            w.leaf(_CBC("BrandName"), line.brand)
        with w.el(_CAC("SellersItemIdentification")):
            w.leaf(_CBC("ID"), line.seller_item_id)
        if line.gtin:
            with w.el(_CAC("StandardItemIdentification")):
                w.leaf(_CBC("ID"), line.gtin, {"schemeID": u.GTIN_SCHEME})
        for ref in line.image_refs:
            with w.el(_CAC("ItemSpecificationDocumentReference")):
                w.leaf(_CBC("ID"), picture_key(ref))
                w.leaf(_CBC("DocumentTypeCode"), u.IMAGE_DOCUMENT_TYPE)
                embedded = embedded_picture(ref)
                if embedded is not None:
                    mime, _ = embedded
                    name = picture_key(ref).partition(":")[2] + _EXTENSIONS[mime]
                    with w.el(_CAC("Attachment")):
                        text = ref.partition(";base64,")[2]
                        attributes = {"mimeCode": mime, "filename": name}
                        w.leaf(_CBC("EmbeddedDocumentBinaryObject"), text, attributes)
                elif "://" in ref or served_picture_id(ref):
                    with w.el(_CAC("Attachment")), w.el(_CAC("ExternalReference")):
                        w.leaf(_CBC("URI"), ref)
        for codes, list_id in (
            (line.cpv_codes, u.CPV_LIST_ID),
            (line.unspsc_codes, u.UNSPSC_LIST_ID),
        ):
            for code in codes:
                with w.el(_CAC("CommodityClassification")):
                    w.leaf(_CBC("ItemClassificationCode"), code, {"listID": list_id})
        if line.crisis_critical:
            with w.el(_CAC("AdditionalItemProperty")):
                w.leaf(_CBC("Name"), u.CRISIS_PROPERTY)
                w.leaf(_CBC("Value"), "true")
        if other_agreement:
            with w.el(_CAC("AdditionalItemProperty")):
                w.leaf(_CBC("Name"), u.AGREEMENT_PROPERTY)
                w.leaf(_CBC("Value"), other_agreement)
        for cert in line.certificates:
            with w.el(_CAC("Certificate")):
                w.leaf(_CBC("ID"), cert.type_code)
                w.leaf(_CBC("CertificateTypeCode"), cert.type_code)
                w.leaf(_CBC("CertificateType"), cert.name)
                with w.el(_CAC("IssuerParty")), w.el(_CAC("PartyName")):
                    w.leaf(_CBC("Name"), cert.name)
