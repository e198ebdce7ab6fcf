"""WCAG 2.x contrast from the colours the app really applies (its style sheet, its chart).

:func:`rules` parses the style sheet the app installs (``style_sheet()``) into
``{selector: {property: value}}``; :func:`ratio` is the WCAG contrast ratio from the
relative-luminance formula.
"""

from __future__ import annotations

import re

COMMENT = re.compile(r"/\*.*?\*/", re.S)
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def rules(qss: str) -> dict[str, dict[str, str]]:
    """Each selector (split at commas) with its declarations; later rules win."""
    found: dict[str, dict[str, str]] = {}
    for selectors, body in RULE.findall(COMMENT.sub("", qss)):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


def colour_in(value: str) -> str | None:
    """The first ``#rrggbb`` of a value such as ``2px solid #1f7a55``."""
    match = HEX.search(value)
    return match.group(0).lower() if match else None


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
