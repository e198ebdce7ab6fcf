"""The official rules over a large catalogue, a chunk of lines at a time.

The Catalogue rules (T19, T77) check each line on its own and against the header; no
rule looks from one line to another. So a catalogue is read as a stream and checked as
a run of small catalogues — the header plus up to ``chunk_lines`` lines each — by the
same engine as :func:`~desktop.peppol.conformance.check_document`: memory stays that
of one chunk, and time grows with the lines instead of faster. Findings come back with
their locations in the whole document (``cac:CatalogueLine[n]`` counted from its
start) and their source lines; header findings are taken once. A differential test
(``tests/desktop/peppol/test_catalogue_conformance.py``) shows the verdict and rule
ids equal those of the whole document checked at once.
"""

from __future__ import annotations

import copy
import re
from typing import Any, cast

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.conformance import Finding, Verdict, check_root
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.safe_xml import DEFAULT_MAX_BYTES, ByteChunks, Source, pull_parser, syntax_error

CHUNK_LINES = 500
LINE_TAG = u.cac("CatalogueLine")
_LINE_STEP_RE = re.compile(r"cac:CatalogueLine(?:\[(\d+)\])?")


def check_catalogue(
    source: Source, *, chunk_lines: int = CHUNK_LINES, max_bytes: int = DEFAULT_MAX_BYTES
) -> Verdict:
    """:func:`~desktop.peppol.conformance.check_document` for a catalogue of any size.

    Any other document is checked whole. Raises :class:`PeppolDocumentError` when the
    bytes are not safe, well-formed XML.
    """
    checker = _ChunkChecker(max(chunk_lines, 1))
    parser = pull_parser(("end",), LINE_TAG)
    chunks = ByteChunks(source, max_bytes)
    etree.clear_error_log()
    try:
        for data in chunks:
            parser.feed(data)
            for _event, el in parser.read_events():
                checker.line_ended(cast("etree._Element", el))
        root = parser.close()
    except etree.XMLSyntaxError as exc:
        raise PeppolDocumentError([syntax_error(exc)]) from None
    finally:
        chunks.close()
    return checker.finish(root)


def check_catalogue_root(root: etree._Element, *, chunk_lines: int = CHUNK_LINES) -> Verdict:
    """:func:`check_catalogue` for a catalogue parsed already (its lines are moved out)."""
    checker = _ChunkChecker(max(chunk_lines, 1))
    for el in list(root.iterchildren(LINE_TAG)):
        checker.line_ended(el)
    return checker.finish(root)


class _ChunkChecker:
    def __init__(self, chunk_lines: int) -> None:
        self.chunk_lines = chunk_lines
        self.root: etree._Element | None = None
        self.header: list[etree._Element] = []
        self.pending: list[etree._Element] = []
        self.done_lines = 0
        self.first: Verdict | None = None
        self.findings: list[Finding] = []

    def line_ended(self, el: etree._Element) -> None:
        parent = el.getparent()
        if parent is None or parent.getparent() is not None:
            return  # not a line of the catalogue itself: checked with what holds it
        if self.root is None:
            self.root = parent
            self.header = list(el.itersiblings(preceding=True))[::-1]
        self.pending.append(el)
        if len(self.pending) >= self.chunk_lines:
            self._check_pending()

    def finish(self, root: etree._Element) -> Verdict:
        if self.root is None:
            return check_root(root)  # no line: a small document, checked whole
        self.pending = list(root)[len(self.header) :]
        if self.pending or self.first is None:
            self._check_pending()
        first = cast(Verdict, self.first)
        return Verdict(first.kind, first.transaction, first.rules_release, tuple(self.findings))

    def _check_pending(self) -> None:
        root = cast("etree._Element", self.root)
        chunk = etree.Element(root.tag, nsmap=cast(Any, root.nsmap))
        for name, value in root.items():
            chunk.set(name, value)
        chunk.extend(copy.deepcopy(e) for e in self.header)
        lines = sum(1 for el in self.pending if el.tag == LINE_TAG)
        chunk.extend(self.pending)  # moved out of the document being read
        self.pending = []
        verdict = check_root(chunk)
        offset, is_first = self.done_lines, self.first is None
        if is_first:
            self.first = verdict
        for finding in verdict.findings:
            located = _shifted(finding.location, offset)
            if located is None and not is_first:
                continue  # a header finding: every chunk repeats it
            self.findings.append(
                Finding(
                    finding.rule_id,
                    finding.flag,
                    finding.location if located is None else located,
                    finding.line,
                    finding.message,
                    finding.source,
                )
            )
        self.done_lines += lines


def _shifted(location: str, offset: int) -> str | None:
    """``location`` with its line number moved on by ``offset``; None outside the lines."""
    match = _LINE_STEP_RE.search(location)
    if match is None:
        return None
    position = int(match.group(1) or 1) + offset
    return f"{location[: match.start()]}cac:CatalogueLine[{position}]{location[match.end() :]}"
