"""Contrast of the style sheet the app applies and of the spend chart (WCAG 1.4.3, 1.4.11).

Text 4.5:1 against its own background, else against every surface it can sit on; focus
borders 3:1 against the control they ring and the window around it; chart series 3:1
against the chart's background, and told apart by pattern as well as by colour (1.4.1).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.shell.style import style_sheet
from desktop.ui.spend.chart import SpendChart, SpendChartModel
from tests.desktop.ui.a11y.contrast import colour_in, ratio, rules
from tests.fixtures.spend_data import fixture_report

TEXT, GRAPHIC = 4.5, 3.0


def _sheet() -> dict[str, dict[str, str]]:
    parsed = rules(style_sheet())
    assert len(parsed) > 20, "the style sheet was not found or not parsed"
    return parsed


def _surfaces(sheet: dict[str, dict[str, str]]) -> set[str]:
    """Every background the default text colour can be drawn on (rules without a colour)."""
    plain = [
        p
        for s, p in sheet.items()
        if not _inherited(sheet, s, "color") and ":disabled" not in s and "::" not in s
    ]
    found = {colour_in(props.get("background", "")) for props in plain}
    found |= {colour_in(props.get("alternate-background-color", "")) for props in sheet.values()}
    return {c for c in found if c}


def _inherited(sheet: dict[str, dict[str, str]], selector: str, name: str) -> str | None:
    """The selector's own colour ``name``, else that of the rule without its last state."""
    own = colour_in(sheet.get(selector, {}).get(name, ""))
    if own or ":" not in selector:
        return own
    return _inherited(sheet, selector.rsplit(":", 1)[0], name)


def _background(sheet: dict[str, dict[str, str]], selector: str) -> str | None:
    return _inherited(sheet, selector, "background")


def test_text_has_4_5_to_1_against_what_it_is_drawn_on() -> None:
    sheet = _sheet()
    ink = colour_in(sheet["QWidget"]["color"])
    assert ink
    low: list[str] = []
    for selector, props in sheet.items():
        if ":disabled" in selector:  # inactive controls are exempt (WCAG 1.4.3)
            continue
        text = _inherited(sheet, selector, "color") or ink
        surface = _background(sheet, selector)
        under = {surface} if surface else _surfaces(sheet)
        low += [
            f"{selector}: {text} on {b} = {ratio(text, b):.2f}"
            for b in under
            if ratio(text, b) < TEXT
        ]
        chosen = colour_in(props.get("selection-color", ""))
        chosen_bg = colour_in(props.get("selection-background-color", ""))
        if chosen and chosen_bg and ratio(chosen, chosen_bg) < TEXT:
            low.append(f"{selector} selection: {ratio(chosen, chosen_bg):.2f}")
    assert low == [], "\n".join(low)


def test_focus_indicators_have_3_to_1_against_the_control_and_the_window() -> None:
    sheet = _sheet()
    window = colour_in(sheet["QMainWindow"]["background"])
    focus_rules = {s: p for s, p in sheet.items() if s.endswith(":focus")}
    assert len(focus_rules) >= 3, focus_rules
    low: list[str] = []
    for selector, props in focus_rules.items():
        ring = colour_in(props.get("border", ""))
        assert ring, f"{selector} shows no focus border"
        control = _background(sheet, selector) or "#ffffff"
        for against in (control, window):
            assert against
            if ratio(ring, against) < GRAPHIC:
                low.append(f"{selector}: {ring} against {against} = {ratio(ring, against):.2f}")
    assert low == [], "\n".join(low)


def test_chart_series_have_3_to_1_and_differ_by_pattern_not_colour_alone(qtbot: Any) -> None:
    model = SpendChartModel()
    chart = SpendChart(model)
    qtbot.addWidget(chart)
    model.set_months(fixture_report().months, "SEK")
    background = chart.chart().backgroundBrush().color().name()
    sets = chart.series.barSets()
    assert len(sets) == 3
    low = [
        f"{s.label()}: {s.color().name()} = {ratio(s.color().name(), background):.2f}"
        for s in sets
        if ratio(s.color().name(), background) < GRAPHIC
    ]
    assert low == [], "\n".join(low)
    patterns = [s.brush().style() for s in sets]
    assert len(set(patterns)) == len(sets), patterns
    assert all(p != Qt.BrushStyle.NoBrush for p in patterns)
    assert all(s.label() for s in sets)  # the legend names each series in words
