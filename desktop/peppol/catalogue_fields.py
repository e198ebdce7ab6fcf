"""Catalogue XML elements → domain values: one pass over each line, no XPath, no find().

The inverse of ``catalogue_writer`` (see its docstring for where each field lives).
Problems that only show while converting (an unknown action code, a GTIN under another
scheme, two currencies in one line, a date Python cannot hold) are appended to ``errors``.

Speed: a line is read with one ``iter()`` over its elements. UBL puts every basic
component (``cbc:``) of an aggregate before its nested aggregates (``cac:``), so in
document order the parent of a ``cbc:`` element is the last ``cac:`` element seen; the
pair (that aggregate, the element) says which field it is. This holds for schema-valid
lines, and lines are validated before they are converted.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

from lxml import etree

from desktop.domain.catalogue import CatalogueLine, Certificate, LineAction
from desktop.domain.legacy_codes import official_label
from desktop.domain.picture import embedded_picture_ref
from desktop.peppol import ubl_names as u
from desktop.peppol.codelists import image_type_codes
from desktop.peppol.errors import DocumentError
from desktop.peppol.safe_xml import xml_line

Element = etree._Element

_CAC = "{" + u.CAC_NS + "}"
_LINE, _ITEM, _PRICE = u.cac("CatalogueLine"), u.cac("Item"), u.cac("Price")
_DOC_REF, _SPEC_REF = u.cac("DocumentReference"), u.cac("ItemSpecificationDocumentReference")
_PROPERTY, _CERT = u.cac("AdditionalItemProperty"), u.cac("Certificate")
_VALIDITY = u.cac("LineValidityPeriod")

# What each element is, by its parent aggregate: a field code, or for the aggregates
# that repeat (see _RECORDS) the slot of the element in the aggregate's record.
ID, ACTION, UNIT, CONTENT, MIN_Q, MAX_Q, START, END = range(8)
DESCRIPTION, NAME, KEYWORD, BRAND, SELLERS_ID, GTIN, CLASS_CODE, AMOUNT = range(8, 16)
EMBEDDED = 16
SLOT0, SLOT1, SLOT2, SLOT3 = range(100, 104)
_BY_PARENT: dict[str, dict[str, int]] = {
    _LINE: {
        u.cbc("ID"): ID,
        u.cbc("ActionCode"): ACTION,
        u.cbc("OrderableUnit"): UNIT,
        u.cbc("ContentUnitQuantity"): CONTENT,
        u.cbc("MinimumOrderQuantity"): MIN_Q,
        u.cbc("MaximumOrderQuantity"): MAX_Q,
    },
    _VALIDITY: {u.cbc("StartDate"): START, u.cbc("EndDate"): END},
    _ITEM: {
        u.cbc("Description"): DESCRIPTION,
        u.cbc("Name"): NAME,
        u.cbc("Keyword"): KEYWORD,
        u.cbc("BrandName"): BRAND,
    },
    u.cac("SellersItemIdentification"): {u.cbc("ID"): SELLERS_ID},
    u.cac("StandardItemIdentification"): {u.cbc("ID"): GTIN},
    u.cac("CommodityClassification"): {u.cbc("ItemClassificationCode"): CLASS_CODE},
    # records: [amount, currency, base quantity, price type]
    _PRICE: {
        u.cbc("PriceAmount"): AMOUNT,
        u.cbc("BaseQuantity"): SLOT2,
        u.cbc("PriceTypeCode"): SLOT3,  # older documents
        u.cbc("PriceType"): SLOT3,
    },
    _DOC_REF: {u.cbc("ID"): SLOT0, u.cbc("DocumentTypeCode"): SLOT1},  # [id, type code]
    # [id, type]: DocumentTypeCode of the Image list, or DocumentType "Image" (older)
    _SPEC_REF: {u.cbc("ID"): SLOT0, u.cbc("DocumentTypeCode"): SLOT1, u.cbc("DocumentType"): SLOT1},
    # a picture in the line: [id, type, base64 text, mimeCode] of its ItemSpecification…
    u.cac("Attachment"): {u.cbc("EmbeddedDocumentBinaryObject"): EMBEDDED},
    _PROPERTY: {u.cbc("Name"): SLOT0, u.cbc("Value"): SLOT1},  # [name, value]
    _CERT: {u.cbc("CertificateTypeCode"): SLOT0, u.cbc("CertificateType"): SLOT1},
}
_NOTHING: dict[str, int] = {}
_RECORDS = {_PRICE: 0, _DOC_REF: 1, _SPEC_REF: 2, _PROPERTY: 3, _CERT: 4}
_ACTIONS = {a.value: a for a in LineAction}
_UNSPSC_LISTS = {u.UNSPSC_LIST_ID, "UNSPSC"}
_TRUE = {"true", "1", "yes"}
_ONE = Decimal(1)
_LINE_FIELD_NAMES = (
    "supplier_id seller_item_id name action line_id gtin description keywords brand "
    "unit_code content_quantity content_unit_code price currency base_quantity list_price "
    "min_order_quantity max_order_quantity valid_from valid_to cpv_codes unspsc_codes "
    "certificates image_refs agreement_id crisis_critical"
)


def to_date(
    value: str, field: str, where: tuple[str | None, int | None], errors: list[DocumentError]
) -> date | None:
    """An ISO date (a time zone suffix is ignored), or None with an error appended."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        errors.append(
            DocumentError(
                where[0], where[1], field, "invalid_date", f"{value!r} is not a usable date"
            )
        )
        return None


def line_from_element(
    el: Element,
    supplier_id: str,
    default_currency: str,
    errors: list[DocumentError],
    default_agreement: str | None = None,
    refused_pictures: list[str] | None = None,
) -> CatalogueLine:
    """Convert one schema-valid ``cac:CatalogueLine`` element. An embedded picture that
    is too large or not a PNG or JPEG is left out, its line's ID appended to
    ``refused_pictures`` (the line itself is kept)."""
    line_id = unit = content_unit = name = description = brand = seller_id = start = end = ""
    action = LineAction.ADD
    content = min_q = max_q = gtin_el = None
    keywords: list[str] = []
    cpv: list[str] = []
    unspsc: list[str] = []
    records: tuple[list[list[str]], ...] = ([], [], [], [], [])
    record = ["", "", "", ""]
    fields = _BY_PARENT[_LINE]
    for x in el.iter():
        tag = x.tag
        code = fields.get(tag)
        if code is None:
            if tag.startswith(_CAC):
                fields = _BY_PARENT.get(tag, _NOTHING)
                kind = _RECORDS.get(tag)
                if kind is not None and (kind != 1 or x.getparent() is el):
                    record = ["", "", "", ""]
                    records[kind].append(record)
            continue
        t = (x.text or "").strip()
        if code >= SLOT0:
            record[code - SLOT0] = t
        elif code == NAME:
            name = t
        elif code == ID:
            line_id = t
        elif code == AMOUNT:
            record[0] = t
            record[1] = x.get("currencyID", "")
        elif code == SELLERS_ID:
            seller_id = t
        elif code == UNIT:
            unit = t
        elif code == DESCRIPTION:
            description = description or t
        elif code == KEYWORD:
            keywords.append(t)
        elif code == BRAND:
            brand = brand or t
        elif code == CLASS_CODE:
            list_id = x.get("listID", "")
            if list_id == u.CPV_LIST_ID:
                cpv.append(t.partition("-")[0])
            elif list_id in _UNSPSC_LISTS:
                unspsc.append(t)
        elif code == CONTENT:
            content = Decimal(t)
            content_unit = x.get("unitCode", "")
        elif code == MIN_Q:
            min_q = Decimal(t)
        elif code == MAX_Q:
            max_q = Decimal(t)
        elif code == START:
            start = t
        elif code == END:
            end = t
        elif code == GTIN:
            gtin_el = x
        elif code == EMBEDDED:
            holder = x.getparent()
            holder = holder.getparent() if holder is not None else None
            if holder is not None and holder.tag == _SPEC_REF:
                record[2] = t
                record[3] = x.get("mimeCode", "")
        elif code == ACTION:
            found = _ACTIONS.get(t)
            if found is None:
                message = f"action code {t!r} is not Add, Update or Delete"
                _error(errors, line_id, x, "ActionCode", "action_code", message)
            else:
                action = found
    prices, refs, specs, props, certs = records
    if len(prices) == 1 and not prices[0][3]:  # the usual line: one price, no list price
        amount, currency, base_text, _ = prices[0]
        price = Decimal(amount) if amount else None
        list_price = None
        base = Decimal(base_text) if base_text else _ONE
    else:
        price, list_price, base, currency = _prices(prices, (line_id or None, xml_line(el)), errors)
    gtin = _gtin(gtin_el, line_id, errors) if gtin_el is not None else None
    return _make_line(
        supplier_id=supplier_id,
        seller_item_id=seller_id or gtin or "",
        name=name,
        action=action,
        line_id=line_id,
        gtin=gtin,
        description=description,
        keywords=tuple(keywords) if keywords else (),
        brand=brand,
        unit_code=unit or "EA",
        content_quantity=content,
        content_unit_code=content_unit or None,
        price=price,
        currency=currency or default_currency,
        base_quantity=base,
        list_price=list_price,
        min_order_quantity=min_q,
        max_order_quantity=max_q,
        valid_from=_date(start, "StartDate", el, line_id, errors) if start else None,
        valid_to=_date(end, "EndDate", el, line_id, errors) if end else None,
        cpv_codes=tuple(cpv) if cpv else (),
        unspsc_codes=tuple(unspsc) if unspsc else (),
        certificates=tuple([Certificate(official_label(c[0], c[1]), c[1]) for c in certs])
        if certs
        else (),
        image_refs=_images(specs, line_id, refused_pictures) if specs else (),
        agreement_id=(_agreement(props, refs) if props or refs else None) or default_agreement,
        crisis_critical=_crisis(props) if props else False,
    )


def _fast_make_line(**values: object) -> CatalogueLine:
    line: CatalogueLine = object.__new__(CatalogueLine)
    line.__dict__.update(values)
    return line


# Building the frozen dataclass through __init__ costs more than all else done for a
# line but parsing; with every field given, filling __dict__ makes the same object.
# Should CatalogueLine grow a field, a __post_init__ or __slots__, fall back to __init__.
_make_line = (
    _fast_make_line
    if not hasattr(CatalogueLine, "__post_init__")
    and hasattr(CatalogueLine, "__dict__")
    and not hasattr(CatalogueLine, "__slots__")
    and {f.name for f in fields(CatalogueLine)} == set(_LINE_FIELD_NAMES.split())
    else CatalogueLine
)


def _images(specs: list[list[str]], line_id: str, refused: list[str] | None) -> tuple[str, ...]:
    images = image_type_codes()
    legacy = u.LEGACY_IMAGE_DOCUMENT_TYPE
    found: list[str] = []
    for s in specs:
        if s[1] and s[1] not in images and s[1] != legacy:
            continue
        if not s[2]:
            found.append(s[0])
            continue
        embedded = embedded_picture_ref(s[3], s[2])
        if embedded is not None:
            found.append(embedded)
        elif refused is not None:
            refused.append(line_id)
    return tuple(found)


def _agreement(props: list[list[str]], refs: list[list[str]]) -> str | None:
    """The line's own agreement: its property, or (older documents) a contract reference."""
    for p in props:
        if p[0] == u.AGREEMENT_PROPERTY and p[1]:
            return p[1]
    for r in refs:
        if r[1] == u.CONTRACT_DOCUMENT_TYPE:
            return r[0]
    return None


def _crisis(props: list[list[str]]) -> bool:
    return any(p[0] == u.CRISIS_PROPERTY and p[1].lower() in _TRUE for p in props)


def _error(
    errors: list[DocumentError], line_id: str, x: Element, field: str, code: str, message: str
) -> None:
    errors.append(DocumentError(line_id or None, xml_line(x), field, code, message))


def _prices(
    prices: list[list[str]], where: tuple[str | None, int | None], errors: list[DocumentError]
) -> tuple[Decimal | None, Decimal | None, Decimal, str]:
    """(price, list price, base quantity, currency) from the ``cac:Price`` records."""
    price: Decimal | None = None
    list_price: Decimal | None = None
    base = Decimal(1)
    currency = ""
    for amount, cur, base_text, type_code in prices:
        if not amount:
            continue
        if currency and cur != currency:
            errors.append(
                DocumentError(
                    where[0] or None,
                    where[1],
                    "PriceAmount/@currencyID",
                    "mixed_currency",
                    f"the line has prices in {currency} and in {cur}",
                )
            )
        currency = currency or cur
        if type_code == u.LIST_PRICE_TYPE:
            if list_price is None:
                list_price = Decimal(amount)
                if base_text and price is None:
                    base = Decimal(base_text)
        elif price is None:
            price = Decimal(amount)
            if base_text:
                base = Decimal(base_text)
    return price, list_price, base, currency


def _date(
    value: str, part: str, el: Element, line_id: str, errors: list[DocumentError]
) -> date | None:
    where = (line_id or None, xml_line(el))
    return to_date(value, f"LineValidityPeriod/{part}", where, errors)


def _gtin(el: Element, line_id: str, errors: list[DocumentError]) -> str | None:
    gtin = (el.text or "").strip() or None
    scheme = el.get("schemeID", "")
    if gtin and scheme != u.GTIN_SCHEME:
        errors.append(
            DocumentError(
                line_id or None,
                xml_line(el),
                "StandardItemIdentification/ID/@schemeID",
                "gtin_scheme",
                f"standard item id scheme {scheme!r} is not 0160 (GTIN)",
            )
        )
    return gtin
