"""The official PEPPOL BIS 3 rules as a gate: a refused document answers 422 with its findings."""

from __future__ import annotations

from lxml import etree

from central_api.errors import ApiError
from desktop.peppol.conformance import Finding, Verdict, avrop_error, check_parsed
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.safe_xml import parse_document

MAX_LISTED_FINDINGS = 1000
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


def refused(what: str, findings: tuple[Finding, ...] | list[Finding]) -> ApiError:
    """422 ``document_invalid`` listing ``findings`` (rule id, flag, location, line, message)."""
    first = findings[0] if findings else None
    where = f"{first.rule_id} at {first.location}: {first.message[:300]}" if first else ""
    return ApiError(
        422,
        "document_invalid",
        f"The {what} does not conform to PEPPOL BIS 3: {where} "
        f"({len(findings)} problem(s)); nothing was stored.",
        "document",
        extra={"errors": [f.to_json() for f in findings[:MAX_LISTED_FINDINGS]]},
    )


def conforming(data: bytes, what: str, kind: str) -> Verdict:
    """The verdict on ``data``, a ``kind`` document; 422 when unreadable or refused."""
    return conforming_root(data, what, kind)[1]


def conforming_root(data: bytes, what: str, kind: str) -> tuple[etree._Element, Verdict]:
    """:func:`conforming`, and the root it parsed (to read the document without parsing
    it again)."""
    try:
        root = parse_document(data, MAX_DOCUMENT_BYTES)
        verdict = check_parsed(root)
    except PeppolDocumentError as exc:
        raise refused(what, [avrop_error(e) for e in exc.errors]) from None
    if verdict.kind != kind:
        message = f"the document is a {verdict.kind}, not a UBL 2.1 {kind}"
        wrong = Finding("AVROP-WRONG-DOCUMENT", "fatal", "/", 1, message, "avrop")
        raise refused(what, [wrong])
    if not verdict.conforms:
        raise refused(what, verdict.errors)
    return root, verdict


def document_text(data: bytes) -> str:
    """The document as text to keep: UTF-8 as sent, any other declared encoding as UTF-8
    (for a document :func:`conforming` accepted already)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return str(etree.tostring(parse_document(data), encoding="unicode"))
