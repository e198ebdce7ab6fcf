"""The official PEPPOL BIS 3 rules (OpenPEPPOL's schematron compiled to XSLT 2.0), run by Saxon.

Which rules apply is read from the root element and the CustomizationID (the table of
``resources/standards/peppol-bis-3/README.md``). Each stylesheet is compiled lazily,
once per process (about a second), under a lock; every thread then runs its own clone
of the compiled executable, so transforms in several threads never share state.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from lxml import etree

from desktop.peppol.schemas import STANDARDS_DIR

RULES_DIR = STANDARDS_DIR / "peppol-bis-3"
RULES_RELEASE = "2026.5"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_FAILED_ASSERT = f"{{{SVRL_NS}}}failed-assert"
_SUCCESSFUL_REPORT = f"{{{SVRL_NS}}}successful-report"
_TEXT = f"{{{SVRL_NS}}}text"


@dataclass(frozen=True)
class Transaction:
    """A PEPPOL transaction: its id (``"T01"``), UBL root and CustomizationID fragment."""

    transaction: str
    root: str
    customization_fragment: str
    name: str


# The README's table; the first match wins (advanced / agreement before plain response).
TRANSACTIONS: tuple[Transaction, ...] = (
    Transaction("T01", "Order", "trns:order:3", "Order"),
    Transaction(
        "T116", "OrderResponse", "trns:order_response_advanced:3", "Order Response Advanced"
    ),
    Transaction("T110", "OrderResponse", "trns:order_agreement:3", "Order Agreement"),
    Transaction("T76", "OrderResponse", "trns:order_response:3", "Order Response"),
    Transaction("T114", "OrderChange", "trns:order_change:3", "Order Change"),
    Transaction("T115", "OrderCancellation", "trns:order_cancellation:3", "Order Cancellation"),
    Transaction("T16", "DespatchAdvice", "trns:despatch_advice:3", "Despatch Advice"),
    Transaction("T77", "Catalogue", "trns:punch_out:3", "Punch Out"),
    Transaction("T19", "Catalogue", "trns:catalogue:3", "Catalogue"),
    Transaction("T58", "ApplicationResponse", "trns:catalogue_response:3", "Catalogue Response"),
)


def transaction_of(root: str, customization_id: str) -> Transaction | None:
    """The transaction a document with this root element and CustomizationID belongs to."""
    for candidate in TRANSACTIONS:
        if candidate.root == root and candidate.customization_fragment in customization_id:
            return candidate
    return None


@dataclass(frozen=True)
class Assertion:
    """One failed assert (or report) of the official rules, as SVRL gives it."""

    rule_id: str
    flag: str
    location: str
    message: str


class _Compiled:
    """The Saxon processor and the compiled stylesheets of this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._processor: Any = None
        self._executables: dict[str, Any] = {}
        self._local = threading.local()

    def processor(self) -> Any:
        if self._processor is None:
            with self._lock:
                if self._processor is None:
                    from saxonche import PySaxonProcessor  # ~0.1 s to load: only when needed

                    self._processor = PySaxonProcessor(license=False)
        return self._processor

    def executable(self, transaction: str) -> Any:
        """This thread's clone of the compiled rules of ``transaction`` (compiled once)."""
        clones: dict[str, Any] | None = getattr(self._local, "clones", None)
        if clones is None:
            clones = self._local.clones = {}
        clone = clones.get(transaction)
        if clone is None:
            clone = clones[transaction] = self.compiled(transaction).clone()
            clone.set_property("!indent", "no")  # the report is read, not shown: ~5 % less
        return clone

    def compiled(self, transaction: str) -> Any:
        executable = self._executables.get(transaction)
        if executable is None:
            processor = self.processor()
            with self._lock:
                executable = self._executables.get(transaction)
                if executable is None:
                    path = RULES_DIR / "xslt" / f"PEPPOLBIS-{transaction}.xslt"
                    compiler = processor.new_xslt30_processor()
                    executable = compiler.compile_stylesheet(stylesheet_file=str(path))
                    self._executables[transaction] = executable
        return executable


_COMPILED = _Compiled()


def prepare(transaction: str) -> None:
    """Compile the rules of ``transaction`` now (e.g. in a background thread at start-up)."""
    _COMPILED.compiled(transaction)


def run_rules(transaction: str, document_utf8: str) -> list[Assertion]:
    """The failed asserts of the official rules of ``transaction`` over the document."""
    node = _COMPILED.processor().parse_xml(xml_text=document_utf8)
    svrl = _COMPILED.executable(transaction).transform_to_string(xdm_node=node)
    if not svrl:
        raise RuntimeError(f"the PEPPOL {transaction} rules produced no report")
    return list(_assertions(svrl.encode("utf-8")))


def _assertions(svrl: bytes) -> Iterator[Assertion]:
    parser = etree.XMLPullParser(  # Saxon's own output: may be large, never hostile
        events=("end",),
        tag=(_FAILED_ASSERT, _SUCCESSFUL_REPORT),
        resolve_entities=False,
        huge_tree=True,
    )
    parser.feed(svrl)
    parser.close()
    for _event, found in parser.read_events():
        el = cast("etree._Element", found)
        message = " ".join((el.findtext(_TEXT) or "").split())
        yield Assertion(
            el.get("id") or "", el.get("flag") or "error", el.get("location") or "", message
        )
        el.clear()
