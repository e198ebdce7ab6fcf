"""What the start-up's first paint leaves out, and what it does once only: the app is
made with Fusion (never a second style), PySide sets up no class the first paint does
not draw with, and the rows found with the last query are drawn with the first paint
(no second load, no paint of placeholders), said (``results_shown``) once they are
painted. Real store, real widgets; fresh processes where the process's first use counts.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import STORE_FILE
from desktop.storage.quick_store import QuickSearcher, QuickStore, open_quick_store
from desktop.ui.find.first_paint import FirstFindPage
from tests.desktop.ui.shell.test_startup import _small_store

# Enums PySide makes when a class is first used: QWizard's (every widget class is set up
# when a widget Qt made is first handed to Python) and QIcon's and QPainter's. The first
# paint draws without them.
NOT_SET_UP = ("WizardButton", "ThemeIcon", "CompositionMode")
NOT_IMPORTED = ("desktop.ui.shell.errors",)  # the order problems' messages


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows", "PATH": ""},
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_the_app_is_made_with_fusion_and_its_style_is_never_set_again() -> None:
    """Setting Fusion on a made app makes a second style and polishes everything again;
    made with ``-style fusion`` it is Fusion from the start, whatever the environment
    asks for."""
    code = """
        from PySide6.QtWidgets import QApplication
        set_styles = []
        real = QApplication.setStyle
        QApplication.setStyle = lambda *a: set_styles.append(a) or real(*a)
        from desktop.ui.shell.application import create_application
        app = create_application(["avrop"], fit=False, window_icon=False)
        sheet = bool(app.styleSheet())
        app.setStyleSheet("")  # the style under the style sheet
        print([app.style().name(), sheet, len(set_styles)])
    """
    assert _run(code) == "['fusion', True, 0]"


def test_the_first_paint_sets_up_no_class_it_does_not_draw_with(tmp_path: Path) -> None:
    """In a fresh process, to the first paint's rows drawn: none of ``NOT_SET_UP``'s
    enums made, none of ``NOT_IMPORTED`` imported."""
    _small_store(tmp_path)
    code = f"""
        import enum, sys
        made = []
        real = enum.EnumType._create_
        def create(cls, name, *args, **kwargs):
            made.append(name)
            return real(cls, name, *args, **kwargs)
        enum.EnumType._create_ = create
        from pathlib import Path
        from desktop.storage.quick_store import QuickSearcher, open_quick_store
        from desktop.ui.shell.application import create_application
        from desktop.ui.find.first_paint import FirstFindPage
        store = open_quick_store(Path({str(tmp_path / STORE_FILE)!r}))
        searcher = QuickSearcher(store, "sv")
        searcher.start_early("kaffe")
        app = create_application(["avrop"], fit=False, window_icon=False)
        page = FirstFindPage(searcher, "kaffe", searcher.search_now("kaffe"))
        page.show()
        while page.drawn_text != "kaffe":
            app.processEvents()
        assert page.model.loaded_rows() > 0
        page.stop()
        imported = [m for m in {NOT_IMPORTED!r} if m in sys.modules]
        print(sorted({{*made}} & {{*{NOT_SET_UP!r}}}) + imported)
    """
    assert _run(code) == "[]"


def test_the_rows_found_with_the_search_are_drawn_with_the_first_paint(
    qtbot: Any, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last query's rows come with its answer: in the model before the window is
    shown (the searcher is never asked for them), and ``results_shown`` (which starts the
    services' build) comes after a paint of the table with those rows."""
    _small_store(tmp_path)
    store = open_quick_store(tmp_path / STORE_FILE)
    assert store is not None
    asked: list[list[int]] = []
    real_rows = QuickStore.rows
    monkeypatch.setattr(QuickStore, "rows", lambda s, ids: asked.append(ids) or real_rows(s, ids))
    searcher = QuickSearcher(store, "sv")
    first = searcher.search_now("kaffe")
    assert first is not None and first.ids
    asked.clear()  # the search's own load of its rows
    page = FirstFindPage(searcher, "kaffe", first)
    events: list[str] = []
    page.table.painted.connect(lambda: events.append(f"painted:{page.model.loaded_rows()}"))
    page.results_shown.connect(lambda text: events.append(f"shown:{text}"))
    try:
        assert page.model.loaded_rows() == len(first.ids)
        qtbot.wait(50)
        assert events == []  # not drawn: not shown
        page.show()
        qtbot.waitUntil(lambda: "shown:kaffe" in events, timeout=5_000)
        shown = events.index("shown:kaffe")
        assert f"painted:{len(first.ids)}" in events[:shown]
        assert asked == []
        assert page.drawn_text == "kaffe"
    finally:
        page.stop()
        page.close()
        store.close()
