"""The office's texts follow the UI language: switching it switches the news banner, the
list of news and the guidance card (advice and agreement name) at once, with no sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.find import FindQuery
from desktop.ui.shell.i18n import Translations
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv

BAKERY_TITLE = {
    "sv": "Bröd och bageri: nytt avtal, priserna 36 % lägre",
    "da": "Brød og bagværk: ny aftale, priserne 36 % lavere",
    "nb": "Brød og bakevarer: ny avtale, prisene 36 % lavere",
    "en": "Bread and bakery: new agreement, prices 36 % lower",
}
BAKERY_ADVICE = {
    "sv": "Beställ bröd före kl. 12",
    "da": "Bestil brød inden kl. 12",
    "nb": "Bestill brød før kl. 12",
    "en": "Order bread by 12:00",
}
BAKERY_NAME = {
    "sv": "Bröd och bageri",
    "da": "Brød og bagværk",
    "nb": "Brød og bakevarer",
    "en": "Bread and bakery",
}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.apply("sv")
    yield translations
    translations.apply("en")
    qapp.processEvents()


def test_the_news_switch_language_with_the_ui(
    qtbot: Any, qapp: QApplication, find_env: FindEnv, translations: Translations
) -> None:
    view = make_view(qtbot, find_env)
    qtbot.waitUntil(view.banner.isVisible, timeout=10_000)
    for language in ("sv", "da", "nb", "en", "sv"):
        translations.apply(language)
        qapp.processEvents()
        assert view.banner.title.text().endswith(": " + BAKERY_TITLE[language])
        assert view.banner.accessibleName() == view.banner.title.text()
    qtbot.mouseClick(view.news_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.find_actions.dialog is not None, timeout=5000)
    dialog: Any = view.find_actions.dialog
    newest = dialog.list.item(0)
    assert BAKERY_TITLE["sv"] in newest.text()
    translations.apply("da")
    qapp.processEvents()
    assert BAKERY_TITLE["da"] in newest.text()
    assert "Omlastningscentralen har et lager" in dialog.list.item(1).text()
    dialog.reject()


def test_the_guidance_card_switches_language_with_the_ui(
    qtbot: Any, qapp: QApplication, find_env: FindEnv, translations: Translations
) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "bröd")
    for language in ("nb", "da", "en", "sv"):  # each a switch from the one before (sv)
        card = next(c for c in view.guidance.cards if c.guide.agreement.id == "a-bakery")
        # At once in the card shown, and again in the search the switch runs anew.
        with qtbot.waitSignal(view.searched, timeout=15_000):
            translations.apply(language)
            qapp.processEvents()
            assert BAKERY_ADVICE[language] in card.advice.text()
        card = next(c for c in view.guidance.cards if c.guide.agreement.id == "a-bakery")
        assert BAKERY_ADVICE[language] in card.advice.text()
        assert BAKERY_NAME[language] in card.title.text()
        others = set(BAKERY_ADVICE.values()) - {BAKERY_ADVICE[language]}
        assert not any(text in card.advice.text() for text in others)


def test_the_item_pane_names_the_agreement_in_the_asked_language(find_env: FindEnv) -> None:
    answer = find_env.service.query(FindQuery("bröd", "sv"), date.today())
    rows = find_env.service.rows(answer.result.fetch_ids(0, 200))
    bread = next(r for r in rows if r.agreement_id == "a-bakery")
    for language, name in BAKERY_NAME.items():
        detail = find_env.service.item(bread.item_id, language)
        assert detail is not None and detail.agreement_name == name


def test_the_filters_are_named_in_the_new_language(
    qtbot: Any, qapp: QApplication, find_env: FindEnv, translations: Translations
) -> None:
    view = make_view(qtbot, find_env)
    bakery = view.agreement_filter.findData("a-bakery")
    assert view.agreement_filter.itemText(bakery).startswith(BAKERY_NAME["sv"] + " (")
    categories = [view.category_filter.itemText(i) for i in range(view.category_filter.count())]
    with qtbot.waitSignal(view.searched, timeout=15_000):
        translations.apply("nb")
    bakery = view.agreement_filter.findData("a-bakery")
    assert view.agreement_filter.itemText(bakery).startswith(BAKERY_NAME["nb"] + " (")
    renamed = [view.category_filter.itemText(i) for i in range(view.category_filter.count())]
    assert len(renamed) == len(categories) and renamed != categories
    assert renamed[0] == "Alle"
