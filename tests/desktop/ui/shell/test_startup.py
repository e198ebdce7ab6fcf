"""The start-up: the Find page first (the last query's results, the box focused, typing
searches) over the store read with sqlite3 alone, then the services and the main
window, which takes the typing over. Real store, real central API, real widgets."""

from __future__ import annotations

import gc
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import STORE_FILE, AppOptions, Services, build_services
from desktop.settings import SettingsStore, load_settings
from desktop.storage.database import open_database
from desktop.storage.quick_store import LAST_QUERY_KEY, QuickSearcher, open_quick_store
from desktop.ui.find.first_paint import FirstFindPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in_dialog import SignInDialog
from desktop.ui.shell.startup import start

# What the first paint may import: never SQLAlchemy, Alembic, keyring or requests.
HEAVY = ("sqlalchemy", "alembic", "keyring", "requests")
# Not needed to draw the first paint (each costs milliseconds of the start-up target).
NOT_FOR_FIRST_PAINT = (
    "desktop.app",  # the composition root: built on the worker
    "desktop.ui.shell.screen_fit",
    "PySide6.QtSvg",
    "desktop.domain.office_request",
    "desktop.domain.guidance_resolve",
    "desktop.domain.reference",
    "hashlib",  # loads OpenSSL: the catalogue's content hash is needed when writing only
    "uuid",  # the device id, made once per installation
    "platformdirs",  # the default data folder: not when one is given
)


class Probe:
    """Records the steps; drives the app with ``on_first_paint`` and ``on_main``."""

    def __init__(self) -> None:
        self.page: FirstFindPage | None = None
        self.heavy_at_first_paint: list[str] = []
        self.services: Services | None = None
        self.steps: list[str] = []

    def first_paint(self, page: FirstFindPage) -> None:
        self.steps.append("first_paint")
        self.page = page
        self.heavy_at_first_paint = [m for m in HEAVY if m in sys.modules]

    def services_built(self, services: Services) -> None:
        self.steps.append("services_built")
        self.services = services
        self.hold()  # before the windows start

    def hold(self) -> None:
        """Overridden to look at the first paint while the services are ready."""


def _synced_store(folder: Path, server_url: str) -> None:
    """A store with the demo catalogues, signed in and remembered (``memory_keyring``)."""
    services = build_services(AppOptions(data_dir=folder, server_url=server_url))
    try:
        services.auth.sign_in(server_url, "orderer", "demo", remember=True)
        services.sync.sync()
        assert services.find.sync().catalogues.updated
    finally:
        services.close()


def _top(kind: type[Any]) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _names(page: FirstFindPage) -> list[str]:
    rows = (page.model.item_row(r) for r in range(page.model.rowCount()))
    return [row.name.lower() for row in rows if row is not None]


def test_the_find_page_comes_first_and_the_main_window_takes_the_typing_over(
    qtbot: Any,
    qapp: QApplication,
    tmp_path: Path,
    start_central_api: Any,
    memory_keyring: Any,
) -> None:
    server = start_central_api()
    _synced_store(tmp_path, server.url)
    SettingsStore(tmp_path).update(ui_state={LAST_QUERY_KEY: "kaffe"})
    # Whether the first paint needs SQLAlchemy and the rest is judged in a fresh process
    # (test_the_first_paint_imports_nothing_heavy); here they are loaded by the fixtures.
    seen: dict[str, Any] = {}

    class Holding(Probe):
        def hold(self) -> None:  # the first paint searches "te" before the main window
            def te_shown() -> bool:
                page = self.page
                return page is not None and page.searched_text == "te" and bool(_names(page))

            qtbot.waitUntil(te_shown, timeout=20_000)
            seen["te_rows"] = _names(self.page)  # type: ignore[arg-type]

    probe = Holding()

    def at_first_paint(tries: int = 250) -> None:
        page = probe.page
        ready = page is not None and page.isVisible() and page.search_edit.hasFocus()
        if page is None or (not ready and tries):  # the window is activated first
            QTimer.singleShot(20, lambda: at_first_paint(tries - 1))
            return
        seen["focused"] = page.search_edit.hasFocus()
        seen["text"] = page.search_edit.text()
        seen["kaffe"] = _names(page)
        page.search_edit.clear()
        qtbot.keyClicks(page.search_edit, "te")  # typing searches before the services
        seen["typed_at"] = len(probe.steps)
        QTimer.singleShot(20, wait_for_main)

    def wait_for_main() -> None:
        windows = _top(MainWindow)
        if not windows:
            QTimer.singleShot(20, wait_for_main)
            return
        window: MainWindow = windows[0]
        seen["main_text"] = window.find_page.search_edit.text()
        seen["first_paint_left"] = bool(_top(FirstFindPage))
        QTimer.singleShot(100, lambda: finish(window))

    def finish(window: MainWindow) -> None:
        seen["main_focused"] = window.find_page.search_edit.hasFocus()
        seen["frozen_objects"] = gc.get_freeze_count()
        qtbot.keyClicks(window.find_page.search_edit, "ka")  # "teka": saved at close
        window.close()  # the app quits

    QTimer.singleShot(0, at_first_paint)
    gc.unfreeze()  # whatever an earlier test left
    try:
        code = start(AppOptions(data_dir=tmp_path, server_url=server.url), build_services, probe)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert code == 0
    assert probe.steps == ["first_paint", "services_built"]
    assert seen["text"] == "kaffe" and seen["focused"]
    assert seen["kaffe"] and all("kaffe" in name for name in seen["kaffe"][:3])
    assert seen["te_rows"] and any(" te" in f" {name}" for name in seen["te_rows"])
    assert seen["main_text"] == "te" and seen["main_focused"]
    assert not seen["first_paint_left"]
    assert load_settings(tmp_path).ui_state[LAST_QUERY_KEY] == "teka"
    assert probe.services is not None and probe.services._closed.is_set()
    # Start-up's objects are frozen once the main window is up (no full collection walks
    # them on the UI thread), and given back when the app stops.
    assert seen["frozen_objects"] > 10_000
    assert gc.get_freeze_count() == 0


def test_the_first_paint_imports_nothing_heavy(tmp_path: Path) -> None:
    """In a fresh process: the first paint's modules and search leave SQLAlchemy,
    Alembic, keyring and requests unimported, and the modules it does not draw with."""
    import subprocess

    open_database(tmp_path / STORE_FILE).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import desktop.ui.shell.startup, desktop.ui.find.first_paint\n"
        "import desktop.ui.shell.application\n"
        "from desktop.storage.quick_store import QuickStore, QuickSearcher\n"
        "import sqlite3\n"
        f"conn = sqlite3.connect({str(tmp_path / STORE_FILE)!r}, check_same_thread=False)\n"
        f"found = QuickSearcher(QuickStore(Path('x'), conn), 'sv').search_now('kaffe')\n"
        "assert found is not None and found.ids == []\n"
        f"print([m for m in {HEAVY + NOT_FOR_FIRST_PAINT!r} if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stderr


def test_without_a_store_there_is_no_first_paint_and_sign_in_is_asked(
    qtbot: Any, qapp: QApplication, tmp_path: Path, demo_server: Any
) -> None:
    probe = Probe()
    shown: list[SignInDialog] = []

    def cancel() -> None:
        dialogs = _top(SignInDialog)
        if not dialogs:
            QTimer.singleShot(20, cancel)
            return
        shown.append(dialogs[0])
        dialogs[0].reject()  # no main window: the app quits

    QTimer.singleShot(0, cancel)
    try:
        code = start(
            AppOptions(data_dir=tmp_path, server_url=demo_server.url), build_services, probe
        )
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert code == 0 and shown
    assert probe.steps == ["services_built"]  # a new store: nothing to show before it
    assert (tmp_path / STORE_FILE).exists()


def test_a_store_error_closes_the_first_paint_and_is_raised(
    qapp: QApplication, tmp_path: Path
) -> None:
    open_database(tmp_path / STORE_FILE).close()
    con = sqlite3.connect(tmp_path / STORE_FILE)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    from desktop.storage.database import StoreTooNewError

    try:
        with pytest.raises(StoreTooNewError):
            start(AppOptions(data_dir=tmp_path), build_services)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert not _top(FirstFindPage)


def test_the_quick_store_opens_only_a_current_store_with_items(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    assert open_quick_store(path) is None  # missing
    open_database(path).close()
    assert open_quick_store(path) is None  # no items yet: nothing to show
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0001'")  # an older schema
    con.commit()
    con.close()
    assert open_quick_store(path) is None
    path.write_bytes(b"not a database")
    assert open_quick_store(path) is None


def test_a_failing_search_leaves_the_first_paint_empty(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:", check_same_thread=False)  # no catalogue tables
    from desktop.storage.quick_store import QuickStore

    searcher = QuickSearcher(QuickStore(tmp_path, conn), "sv")
    try:
        assert searcher.search_now("kaffe") is None
    finally:
        searcher.stop()
        conn.close()


def _small_store(folder: Path) -> None:
    """A store with one supplier's catalogue of coffee, as a sync leaves it."""
    from desktop.storage.catalogue_store import CatalogueStore
    from tests.fixtures.catalogue import catalogue_line, register_reference

    db = open_database(folder / STORE_FILE)
    try:
        register_reference(db, {"s-test": "Kaffehuset AB"}, {"a-kaffe": "Kaffe och te"})
        lines = [catalogue_line(f"A{i:03d}", f"Kaffe nummer {i}") for i in range(30)]
        CatalogueStore(db).replace_catalogue("s-test", lines, etag='"v1"')
    finally:
        db.close()


def test_closing_the_first_paint_before_the_main_window_quits(
    qtbot: Any, qapp: QApplication, tmp_path: Path
) -> None:
    _small_store(tmp_path)
    SettingsStore(tmp_path).update(ui_state={LAST_QUERY_KEY: "kaffe nummer 7"})
    probe = Probe()

    def close_it(tries: int = 250) -> None:
        page = probe.page
        if page is None or (not _names(page) and tries):  # its rows drawn first
            QTimer.singleShot(20, lambda: close_it(tries - 1))
            return
        probe.steps.append(f"shown:{_names(page)[:1]}")
        page.close()  # before the services (no server: sign-in would be asked)

    QTimer.singleShot(0, close_it)
    try:
        code = start(AppOptions(data_dir=tmp_path), build_services, probe)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert code == 0
    assert probe.steps[0] == "first_paint" and "shown:['kaffe nummer 7']" in probe.steps
    assert not _top(SignInDialog) and not _top(MainWindow)
    if probe.services is not None:  # built meanwhile: closed all the same
        assert probe.services._closed.is_set()


def test_the_first_search_runs_on_the_worker_while_the_window_is_made(
    qtbot: Any, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last query is searched on the first paint's worker, started before the window
    exists (its SQLite reads beside the UI thread's imports); the window shows that
    answer without searching again on the UI thread."""
    import threading

    from desktop.storage.quick_store import QuickStore

    _small_store(tmp_path)
    SettingsStore(tmp_path).update(ui_state={LAST_QUERY_KEY: "kaffe nummer 7"})
    searched: list[tuple[str, bool, bool]] = []  # text, on the UI thread, page existed
    real_search = QuickStore.search
    probe = Probe()

    def search(store: QuickStore, text: str, language: str, limit: int = 50) -> Any:
        on_ui = threading.current_thread() is threading.main_thread()
        searched.append((text, on_ui, probe.page is not None))
        return real_search(store, text, language, limit)

    monkeypatch.setattr(QuickStore, "search", search)

    def close_it(tries: int = 250) -> None:
        page = probe.page
        if page is None or (not _names(page) and tries):
            QTimer.singleShot(20, lambda: close_it(tries - 1))
            return
        probe.steps.append(f"shown:{_names(page)[:1]}")
        page.close()

    QTimer.singleShot(0, close_it)
    try:
        start(AppOptions(data_dir=tmp_path), build_services, probe)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert "shown:['kaffe nummer 7']" in probe.steps
    assert searched == [("kaffe nummer 7", False, False)]


def test_what_the_first_paint_does_without_comes_after_its_rows(
    qtbot: Any, qapp: QApplication, tmp_path: Path
) -> None:
    """From ``start`` to the first paint's rows the collector is paused (the start-up's
    objects are never garbage) and no window icon is loaded (an SVG icon engine); both
    come once the rows are drawn, and the collector runs after the app too."""
    from PySide6.QtGui import QIcon

    _small_store(tmp_path)
    SettingsStore(tmp_path).update(ui_state={LAST_QUERY_KEY: "kaffe nummer 7"})
    collections: list[int] = []
    seen: dict[str, bool] = {}

    class Watching(Probe):
        def first_paint(self, page: FirstFindPage) -> None:
            super().first_paint(page)
            seen["paused_at_first_paint"] = not gc.isenabled()
            seen["collections_before_first_paint"] = bool(collections)
            seen["no_icon_at_first_paint"] = qapp.windowIcon().isNull()

    probe = Watching()

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and "paused_at_first_paint" not in seen:
            collections.append(info["generation"])

    def close_it(tries: int = 250) -> None:
        page = probe.page
        if page is None or (not _names(page) and tries):
            QTimer.singleShot(20, lambda: close_it(tries - 1))
            return
        qtbot.waitUntil(gc.isenabled, timeout=5_000)  # the rows drawn: collecting again
        seen["collecting_after_rows"] = gc.isenabled()
        qtbot.waitUntil(lambda: not qapp.windowIcon().isNull(), timeout=5_000)
        page.close()

    QTimer.singleShot(0, close_it)
    qapp.setWindowIcon(QIcon())  # as in a fresh process
    gc.callbacks.append(collected)
    try:
        start(AppOptions(data_dir=tmp_path), build_services, probe)
    finally:
        gc.callbacks.remove(collected)
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setStyleSheet("")
    assert seen == {
        "paused_at_first_paint": True,
        "collections_before_first_paint": False,
        "collecting_after_rows": True,
        "no_icon_at_first_paint": True,
    }
    assert not qapp.windowIcon().isNull()
    assert gc.isenabled()
