"""Counts shown to the user use Qt's ``%n`` plural forms: every such string has its
numerus forms in sv, da, nb and English, and 1 and 2 render the singular and the plural."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.orders.outbox_indicator import OutboxIndicator
from desktop.ui.shell.i18n import Translations
from tools.i18n_build import LANGUAGES, PLURALS_ONLY, _tool, ts_file

ALL = (*LANGUAGES, PLURALS_ONLY)
# A count glued to a noun by hand ("%1 orders") instead of a %n plural form.
HAND_MADE_PLURAL = re.compile(
    r"%\d (orders|items|invoices|lines|favourites|questions|minutes|hours|days)\b"
)


def _numerus(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> numerus forms of each live ``%n`` message."""
    found = {}
    for context in ET.parse(ts_file(language)).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") != "yes" or translation.get("type") in (
                "vanished",
                "obsolete",
            ):
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "")
            found[key] = [f.text or "" for f in translation.findall("numerusform")]
    return found


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.apply("en")


def test_every_count_has_its_forms_in_every_language() -> None:
    english = _numerus(PLURALS_ONLY)
    assert len(english) >= 15
    for language in ALL:
        forms = _numerus(language)
        assert set(forms) == set(english), language
        for (_context, source), texts in forms.items():
            assert len(texts) == 2 and all(t.strip() for t in texts), (language, source)
            assert texts[0] != texts[1], (language, source)
            assert "%n" in texts[1] or "%Ln" in texts[1], (language, source)
            assert "%" not in source.replace("%n", "").replace("%Ln", "") or re.findall(
                r"%\d", source
            ) == re.findall(r"%\d", texts[0]), (language, source)


def test_no_count_is_glued_to_a_plural_noun_by_hand() -> None:
    for language in LANGUAGES:
        sources = {
            source
            for context in ET.parse(ts_file(language)).getroot().iter("context")
            for message in context.iter("message")
            if (translation := message.find("translation")) is not None
            and translation.get("type") not in ("vanished", "obsolete")
            and HAND_MADE_PLURAL.search(source := message.findtext("source") or "")
        }
        assert sources == set()


@pytest.mark.parametrize("language", ALL)
def test_one_and_two_render_the_singular_and_the_plural(
    language: str, translations: Translations, qapp: QApplication
) -> None:
    translations.apply(language)
    for (context, source), forms in _numerus(language).items():
        one = QCoreApplication.translate(context, source, "", 1)
        two = QCoreApplication.translate(context, source, "", 2)
        assert one == forms[0].replace("%Ln", "1").replace("%n", "1"), (language, source)
        assert two == forms[1].replace("%Ln", "2").replace("%n", "2"), (language, source)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 item waiting to be sent", "2 items waiting to be sent"),
        ("sv", "1 ärende väntar på att skickas", "2 ärenden väntar på att skickas"),
        ("da", "1 sag venter på at blive sendt", "2 sager venter på at blive sendt"),
        ("nb", "1 sak venter på å bli sendt", "2 saker venter på å bli sendt"),
    ],
)
def test_the_outbox_indicator_counts_in_each_language(
    qtbot: Any, translations: Translations, language: str, one: str, two: str
) -> None:
    translations.apply(language)
    indicator = OutboxIndicator()
    qtbot.addWidget(indicator)
    indicator.set_count(1)
    assert indicator.text() == one
    indicator.set_count(2)
    assert indicator.text() == two


def test_large_counts_use_the_locales_digit_grouping(
    translations: Translations, qapp: QApplication
) -> None:
    translations.apply("sv")
    text = QCoreApplication.translate("FindView", "%Ln item(s), agreement items first.", "", 12345)
    assert text == "12\u00a0345 artiklar, avtalsartiklar först."


def test_the_english_catalogue_is_compiled(tmp_path: Path) -> None:
    """The committed ``avrop_en.qm`` is what lrelease makes of ``avrop_en.ts``."""
    source = ts_file(PLURALS_ONLY)
    fresh = tmp_path / "avrop_en.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert source.with_suffix(".qm").read_bytes() == fresh.read_bytes()
