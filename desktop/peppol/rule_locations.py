"""Where a finding is: the SVRL location as a short XPath, and the source line it is on.

The official rules give locations like ``/*:Order[namespace-uri()='…Order-2'][1]/*:OrderLine
[namespace-uri()='…CommonAggregateComponents-2'][1]``. :func:`short_location` writes them
with the usual prefixes (``/Order[1]/cac:OrderLine[1]``); :class:`LineFinder` walks the
parsed tree step by step (each parent's children indexed once) to the element's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from desktop.peppol import ubl_names as u

_STEP_RE = re.compile(r"\*:([\w.-]+)\[namespace-uri\(\)='([^']*)'\]\[(\d+)\]")
_PREFIXES = {u.CAC_NS: "cac:", u.CBC_NS: "cbc:"}
_EXT_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"


def _prefix(namespace: str) -> str:
    if namespace in _PREFIXES:
        return _PREFIXES[namespace]
    return "ext:" if namespace == _EXT_NS else ""


def short_location(location: str) -> str:
    """``location`` with ``*:X[namespace-uri()='ns'][n]`` steps written ``prefix:X[n]``."""
    return _STEP_RE.sub(lambda m: f"{_prefix(m.group(2))}{m.group(1)}[{m.group(3)}]", location)


@dataclass
class LineFinder:
    """Finds the source line of SVRL locations in one parsed document."""

    root: etree._Element
    _children: dict[int, dict[str, list[etree._Element]]] = field(default_factory=dict)
    _keep: list[etree._Element] = field(default_factory=list)

    def line_of(self, location: str) -> int | None:
        """The line of the deepest element of ``location`` found in the tree, else None."""
        steps = location.split("/")[1:] if location.startswith("/") else []
        current: etree._Element | None = None
        for step in steps:
            match = _STEP_RE.fullmatch(step)
            if match is None:
                break  # an attribute, text() or a form we do not walk: the element will do
            tag = f"{{{match.group(2)}}}{match.group(1)}"
            position = int(match.group(3))
            if current is None:
                if self.root.tag != tag or position != 1:
                    return None
                current = self.root
                continue
            found = self._child(current, tag, position)
            if found is None:
                break
            current = found
        return None if current is None else _source_line(current)

    def _child(self, parent: etree._Element, tag: str, position: int) -> etree._Element | None:
        index = self._children.get(id(parent))
        if index is None:
            index = {}
            for child in parent.iterchildren(tag=etree.Element):
                index.setdefault(str(child.tag), []).append(child)
            self._children[id(parent)] = index
            self._keep.append(parent)  # id() stays unique while the element lives
        siblings = index.get(tag, [])
        return siblings[position - 1] if 0 < position <= len(siblings) else None


def _source_line(element: etree._Element) -> int | None:
    line = element.sourceline
    return line if isinstance(line, int) and line > 0 else None


def element_location(element: etree._Element) -> str:
    """The XPath of ``element`` in the form of :func:`short_location` (``/Order[1]/cac:…``)."""
    steps: list[str] = []
    current: etree._Element | None = element
    while current is not None:
        name = etree.QName(current)
        parent = current.getparent()
        position = 1
        if parent is not None:
            position = 1 + sum(1 for _ in current.itersiblings(current.tag, preceding=True))
        steps.append(f"{_prefix(name.namespace or '')}{name.localname}[{position}]")
        current = parent
    return "/" + "/".join(reversed(steps))
