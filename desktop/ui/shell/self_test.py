"""``avrop --self-test``: prove an installed build works, without a person or a display.

On a temporary data folder, offscreen: start the demo central API (from the bundle when
frozen; ``--demo dk`` for the Danish variant), sign in as the demo user, open the main
window in the variant's language (so the bundled translations must load), wait for the
reference and catalogue sync, search, and check the results table shows rows. Exit 0
when every step passed; else 1 and the reason on stderr. CI runs this against the
PyInstaller bundle (installer/build-linux.sh).
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer

from desktop.app import AppOptions, build_services
from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT, DemoVariant, demo_variant
from desktop.domain.errors import AvropError
from desktop.services.find import FindAnswer, FindSyncReport
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in_dialog import SignInDialog
from desktop.ui.shell.tasks import TaskManager

DEFAULT_QUERY = "espresso"  # a demo product, the same word in every language
SELF_TEST_LANGUAGE = "sv"
DEFAULT_TIMEOUT_S = 240.0


def report(line: str) -> None:
    """One progress line on stderr (CI logs show how far the self-test got)."""
    print(f"avrop self-test: {line}", file=sys.stderr, flush=True)


class SelfTest(QObject):
    """Follows the app from start to a shown search; ``failure`` says what went wrong."""

    def __init__(
        self,
        controller: AppController,
        query: str,
        finish: Callable[[int], None],
        language: str = SELF_TEST_LANGUAGE,
    ) -> None:
        super().__init__(controller)
        self.language = language
        self.controller = controller
        self.query = query
        self.finish = finish
        self.failure: str | None = None
        self.passed = False
        self.step = "starting the app and the demo server"
        controller.main_window_shown.connect(self._main_window_shown)
        controller.sign_in_shown.connect(self._sign_in_shown)

    def fail(self, reason: str) -> None:
        if self.failure is None:
            self.failure = reason
            self.finish(1)

    def timed_out(self) -> None:
        self.fail(f"timed out while {self.step}")

    def _sign_in_shown(self, dialog: SignInDialog) -> None:
        reason = dialog.error_label.text()
        self.fail(f"the demo sign-in failed; the sign-in dialog opened. {reason}".strip())

    def _main_window_shown(self, window: MainWindow) -> None:
        report("main window open")
        if window.help_menu.title() == "&Help":
            self.fail(f"the {self.language} translation did not load (menus in English)")
            return
        self.step = "syncing the reference data and the catalogues"
        actions = window.find_page.find_actions
        actions.synced.connect(lambda report_: self._catalogues_synced(window, report_))
        actions.sync_failed.connect(lambda error: self.fail(f"the catalogue sync failed: {error}"))
        window.sync.failed.connect(lambda error: self.fail(f"the sync failed: {error}"))

    def _catalogues_synced(self, window: MainWindow, sync_report: FindSyncReport) -> None:
        failed = sync_report.catalogues.failed
        if failed:
            self.fail(f"{len(failed)} catalogue(s) failed to sync")
            return
        report(f"synced {len(sync_report.catalogues.updated)} catalogue(s)")
        self.step = f"searching for {self.query!r}"
        view = window.find_page
        view.searched.connect(lambda answer: self._searched(window, answer))
        view.search_edit.setText(self.query)
        view.run_search()

    def _searched(self, window: MainWindow, answer: FindAnswer) -> None:
        if answer.query.text != self.query:
            return  # an earlier search (e.g. the one the window opens with)
        rows = window.find_page.model.rowCount()
        if not answer.first_ids or rows == 0:
            self.fail(f"the search for {self.query!r} found nothing")
            return
        report(f"the search for {self.query!r} shows {rows} row(s)")
        self.passed = True
        self.finish(0)


def run_self_test(
    query: str = DEFAULT_QUERY,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    variant: str = DEFAULT_DEMO_VARIANT,
) -> int:
    """Run the self-test on demo ``variant`` (se, dk, no); returns the exit status."""
    with tempfile.TemporaryDirectory(prefix="avrop-self-test-") as folder:
        try:
            return _run(Path(folder), query, timeout_s, demo_variant(variant))
        except AvropError as exc:
            report(f"FAILED: {exc.message}")
            return 1


def _run(data_dir: Path, query: str, timeout_s: float, variant: DemoVariant) -> int:
    report(f"data folder {data_dir}, demo variant {variant.code}")
    language = variant.language
    services = build_services(
        AppOptions(data_dir=data_dir, demo=True, demo_variant=variant.code, language=language)
    )
    try:
        app = create_application([sys.argv[0], "-platform", "offscreen"])
        translations = Translations(app)
        translations.apply(language)
        tasks = TaskManager(services)
        controller = AppController(services, tasks, translations)
        test = SelfTest(controller, query, app.exit, language)
        previous_hook = sys.excepthook

        def unexpected(
            kind: type[BaseException], error: BaseException, tb: TracebackType | None
        ) -> None:
            test.fail("".join(traceback.format_exception(kind, error, tb)).strip())

        sys.excepthook = unexpected
        timer = QTimer(app)
        timer.setSingleShot(True)
        timer.timeout.connect(test.timed_out)
        timer.start(int(timeout_s * 1000))
        controller.start()
        try:
            status = app.exec()
        finally:
            sys.excepthook = previous_hook
            timer.stop()
            controller.shutdown()
            translations.remove()
    finally:
        services.close()
    if not test.passed:  # failed, or the app quit before the search was shown
        report(f"FAILED: {test.failure or f'the app quit (exit {status}) while {test.step}'}")
        return 1
    report("passed")
    return 0
