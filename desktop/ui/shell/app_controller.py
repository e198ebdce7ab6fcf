"""Which window is up: signing in (demo, remembered or by hand), the main window, sign-out."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from desktop.app import Services
from desktop.domain.reference import Me
from desktop.remote.auth import RestoreResult
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in_dialog import SignInDialog
from desktop.ui.shell.style import app_icon
from desktop.ui.shell.tasks import TaskManager

if TYPE_CHECKING:
    from desktop.ui.find.first_paint import FirstFindPage

log = logging.getLogger(__name__)


class AppController(QObject):
    """Drives the app's windows; the services do the work, off the UI thread.

    ``main_window_shown(window)`` and ``sign_in_shown(dialog)`` let tests (and later
    features) follow along.
    """

    main_window_shown = Signal(object)
    sign_in_shown = Signal(object)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        translations: Translations,
        *,
        monitor_interval_ms: int = 5000,
        first_page: FirstFindPage | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.translations = translations
        self.monitor_interval_ms = monitor_interval_ms
        self.main_window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self._splash: QSplashScreen | None = None
        self.first_page = first_page  # the start-up's first paint, until the main window

    # -- start ------------------------------------------------------------------------

    def start(self) -> None:
        """Demo: sign in as the demo user. Else take up the remembered sign-in, or ask.
        (The first paint, when there is one, stands in for the splash meanwhile.)"""
        if self.first_page is None:
            self._show_splash()
        credentials = self.services.demo_credentials
        demo_url = self._demo_url()
        auth = self.services.auth
        if credentials and demo_url:
            username, password = credentials
            self.tasks.run_net(
                lambda: auth.sign_in(demo_url, username, password, remember=False),
                self._demo_signed_in,
                self._demo_sign_in_failed,
            )
        else:
            self.tasks.run_net(auth.restore, self._restored, self._restore_failed)

    def _demo_signed_in(self, me: Me) -> None:
        self.open_main(me, online=True, sync=True)

    def _demo_sign_in_failed(self, error: BaseException) -> None:
        self.show_sign_in(message_for(error))

    def _restored(self, result: RestoreResult | None) -> None:
        if result is None:
            self.show_sign_in()
        else:
            self.open_main(result.me, online=result.online, sync=result.online)

    def _restore_failed(self, error: BaseException) -> None:
        log.warning("restoring the sign-in failed: %r", error)
        self.show_sign_in(message_for(error))

    def _demo_url(self) -> str | None:
        server = self.services.demo_server
        return server.url if server is not None else None

    def _initial_server_url(self) -> str:
        return self.services.server_url

    # -- windows ----------------------------------------------------------------------

    def show_sign_in(self, message: str = "") -> SignInDialog:
        self._close_splash()
        settings = self.services.settings
        username = settings.username
        credentials = self.services.demo_credentials
        if credentials and not username:
            username = credentials[0]
        dialog = SignInDialog(
            self.tasks,
            self.services.auth,
            server_url=self._initial_server_url(),
            username=username,
            remember=settings.remember_sign_in and not credentials,
            message=message,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(lambda me: self.open_main(me, online=True, sync=True))
        dialog.rejected.connect(self._sign_in_cancelled)
        self.sign_in_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.sign_in_shown.emit(dialog)
        return dialog

    def _sign_in_cancelled(self) -> None:
        self.sign_in_dialog = None
        if self.main_window is None:
            QApplication.quit()

    def open_main(self, me: Me, *, online: bool, sync: bool) -> MainWindow:
        self._close_splash()
        self.sign_in_dialog = None
        window = MainWindow(
            self.services,
            self.tasks,
            me,
            online=online,
            monitor_interval_ms=self.monitor_interval_ms,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.sign_out_requested.connect(self.sign_out)
        window.sign_in_required.connect(self._session_ended)
        window.language_chosen.connect(self.set_language)
        window.quit_requested.connect(QApplication.quit)
        # Closed windows are deleted: forget this one then (shutdown must not touch it).
        window.destroyed.connect(lambda *_: self._forget_main(window))
        self.main_window = window
        self._take_over_first_page(window)
        window.show()
        if sync:
            window.start_sync()
        self.main_window_shown.emit(window)
        return window

    def _take_over_first_page(self, window: MainWindow) -> None:
        """The main window goes where the first paint was, with what was typed there."""
        page, self.first_page = self.first_page, None
        if page is None:
            return
        page.hand_over(window.find_page.search_edit)
        if page.isVisible() and not window.isMaximized():
            window.move(page.pos())
        window.find_page.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        page.stop()
        page.close()
        page.deleteLater()

    # -- actions ----------------------------------------------------------------------

    def sign_out(self) -> None:
        window = self.main_window
        if window is not None:
            window.setEnabled(False)
            window.status.show_notice(self.tr("Signing out…"))
        self.tasks.run_net(self.services.auth.sign_out, self._signed_out, self._signed_out)

    def _signed_out(self, _result: object = None) -> None:
        self._close_main()
        self.show_sign_in()

    def _session_ended(self, message: str) -> None:
        self._close_main()
        self.show_sign_in(message)

    def _forget_main(self, window: MainWindow) -> None:
        if self.main_window is window:
            self.main_window = None

    def _close_main(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            window.leave()

    def set_language(self, setting: str) -> str:
        """Apply ``"system"`` or a language code to every window now."""
        return self.translations.apply(resolve_language(setting))

    def shutdown(self) -> None:
        """Close the windows and stop delivering background results."""
        self._close_splash()
        if self.first_page is not None:
            self.first_page.stop()
            self.first_page.close()
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.hide()
        if self.main_window is not None:
            self.main_window.monitor.stop()
            self.main_window.leave()
        self.tasks.shutdown()

    # -- splash -----------------------------------------------------------------------

    def _show_splash(self) -> None:
        pixmap = QPixmap(QSize(320, 240))
        pixmap.fill(QColor("#f6f8f7"))
        painter = QPainter(pixmap)
        painter.drawPixmap(96, 40, app_icon().pixmap(QSize(128, 128)))
        painter.end()
        splash = QSplashScreen(pixmap)
        splash.showMessage(
            self.tr("Starting Avrop…"),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
        )
        splash.show()
        self._splash = splash

    def _close_splash(self) -> None:
        splash, self._splash = self._splash, None
        if splash is not None:
            splash.close()
            splash.deleteLater()
