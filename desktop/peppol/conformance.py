"""Does a document conform to PEPPOL BIS 3? UBL 2.1 schema + the official rules + Avrop's notes.

:func:`check_document` reads the bytes safely (size, gzip, no DTD or entity, depth; any
encoding the XML declaration names that libxml2 reads), picks the transaction by root
element and CustomizationID, validates against the UBL schema, runs OpenPEPPOL's rules
and adds Avrop's own warnings. Fatal and error findings make a document not conform;
warnings never do. Bytes that cannot be read safely raise :class:`PeppolDocumentError`.

Compiling a rules file takes about a second (once per process): call it off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from lxml import etree

from desktop.peppol.avrop_checks import avrop_findings
from desktop.peppol.errors import DocumentError
from desktop.peppol.official_rules import RULES_RELEASE, run_rules, transaction_of
from desktop.peppol.rule_locations import LineFinder, element_location, short_location
from desktop.peppol.safe_xml import DEFAULT_MAX_BYTES, Source, parse_document
from desktop.peppol.schemas import maindoc_schema, readable_message

Flag = Literal["fatal", "error", "warning"]
FindingSource = Literal["xsd", "peppol", "avrop"]
_FLAGS: dict[str, Flag] = {"fatal": "fatal", "error": "error", "warning": "warning"}
_CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
UBL_MAINDOC_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"


@dataclass(frozen=True)
class Finding:
    """One thing found: a rule broken (fatal/error), or a warning."""

    rule_id: str  # e.g. "PEPPOL-T01-R003", "XSD", or "AVROP-…" for Avrop's own checks
    flag: Flag
    location: str  # XPath
    line: int | None  # source line where it can be found
    message: str
    source: FindingSource

    @property
    def refuses(self) -> bool:
        return self.flag != "warning"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.rule_id,
            "flag": self.flag,
            "location": self.location,
            "line": self.line,
            "message": self.message,
            "source": self.source,
        }


def avrop_error(error: DocumentError) -> Finding:
    """One of Avrop's refusals (unsafe bytes, a server check) as a fatal finding."""
    return Finding(
        f"AVROP-{error.code.upper().replace('_', '-')}",
        "fatal",
        error.field or "/",
        error.xml_line,
        error.message,
        "avrop",
    )


@dataclass(frozen=True)
class Verdict:
    """What checking one document found."""

    kind: str  # "Catalogue", "Order", "OrderResponse", … (the UBL root element)
    transaction: str  # "T19", "T01", "T76", … ("" when no PEPPOL transaction matches)
    rules_release: str  # "2026.5"
    findings: tuple[Finding, ...]

    @property
    def conforms(self) -> bool:
        """No fatal and no error finding (warnings allowed)."""
        return not any(f.refuses for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The fatal and error findings: what refuses the document."""
        return tuple(f for f in self.findings if f.refuses)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.refuses)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.kind,
            "transaction": self.transaction,
            "rules_release": self.rules_release,
            "conforms": self.conforms,
            "errors": [f.to_json() for f in self.errors],
            "warnings": [f.to_json() for f in self.warnings],
        }


def check_document(data: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Verdict:
    """Check ``data`` (bytes, or a path) against XSD + official PEPPOL rules + Avrop's checks.

    Raises :class:`~desktop.peppol.errors.PeppolDocumentError` when the bytes are not
    safe, well-formed XML (too large, DOCTYPE, entities, too deep, damaged gzip…).
    """
    return check_parsed(parse_document(data, max_bytes))


def check_parsed(root: etree._Element) -> Verdict:
    """:func:`check_document` of a root :func:`parse_document` gave (not parsed again)."""
    if etree.QName(root).localname == "Catalogue":
        from desktop.peppol.catalogue_conformance import check_catalogue_root  # (a cycle)

        return check_catalogue_root(root)  # a chunk of lines at a time: time stays linear
    return check_root(root)


def check_root(root: etree._Element) -> Verdict:
    """:func:`check_document` for a whole document already parsed safely."""
    name = etree.QName(root)
    kind = name.localname
    customization = root.findtext(f"{{{_CBC_NS}}}CustomizationID") or ""
    transaction = transaction_of(kind, customization.strip())
    findings = list(_schema_findings(root, name.namespace or ""))
    if transaction is None:
        findings.append(
            Finding(
                "AVROP-NO-RULES",
                "fatal",
                element_location(root),
                _line(root),
                f"no PEPPOL BIS 3 transaction has root {kind} and CustomizationID "
                f"{customization!r}",
                "avrop",
            )
        )
    else:
        findings.extend(_rule_findings(root, transaction.transaction))
    findings.extend(
        Finding(f.rule_id, "warning", element_location(f.element), _line(f.element), f.message,
                "avrop")
        for f in avrop_findings(root)
    )  # fmt: skip
    return Verdict(
        kind, transaction.transaction if transaction else "", RULES_RELEASE, tuple(findings)
    )


def _schema_findings(root: etree._Element, namespace: str) -> list[Finding]:
    schema = maindoc_schema(etree.QName(root).localname)
    if schema is None or namespace != f"{UBL_MAINDOC_PREFIX}{etree.QName(root).localname}-2":
        if namespace.startswith(UBL_MAINDOC_PREFIX) and schema is None:
            return []  # a UBL document Avrop ships no schema for: the rules still run
        message = f"{{{namespace}}}{etree.QName(root).localname} is not a UBL 2.1 document"
        return [Finding("XSD", "fatal", element_location(root), _line(root), message, "xsd")]
    if schema.validate(root):
        return []
    return [
        Finding(
            "XSD",
            "fatal",
            _xsd_location(root, str(getattr(entry, "path", "") or "")),
            entry.line or None,
            readable_message(str(entry.message)),
            "xsd",
        )
        for entry in schema.error_log
    ]


def _xsd_location(root: etree._Element, path: str) -> str:
    """libxml2's path of a schema error (``/*/cac:Line/cbc:X``) in the findings' form."""
    namespaces = {k: v for k, v in root.nsmap.items() if k}
    try:
        found = root.getroottree().xpath(path, namespaces=namespaces) if path else []
    except etree.XPathError:
        return path
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return element_location(found[0])
    return path


def _rule_findings(root: etree._Element, transaction: str) -> list[Finding]:
    assertions = run_rules(transaction, etree.tostring(root, encoding="unicode"))
    finder = LineFinder(root)
    return [
        Finding(
            a.rule_id,
            _FLAGS.get(a.flag, "error"),
            short_location(a.location),
            finder.line_of(a.location),
            a.message,
            "peppol",
        )
        for a in assertions
    ]


def _line(element: etree._Element) -> int | None:
    line = element.sourceline
    return line if isinstance(line, int) and line > 0 else None
