"""The sign-in dialog: server, user name, password, "Remember me"; signs in off the UI thread."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AvropError
from desktop.ui.shell.errors import message_for, message_for_code
from desktop.ui.shell.style import app_icon
from desktop.ui.shell.tasks import TaskManager


class _Auth(Protocol):
    def sign_in(
        self, server_url: str, username: str, password: str, *, remember: bool = True
    ) -> Any: ...

    def use_session_only(self) -> None: ...


class SignInDialog(QDialog):
    """Asks for the server, user name and password and signs in in the background.

    Emits ``signed_in(me)`` and accepts on success; on failure it stays open and shows a
    translated message under the fields. When the keyring is unavailable it offers to
    sign in for this session only.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        auth: _Auth,
        *,
        server_url: str = "",
        username: str = "",
        remember: bool = True,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._auth = auth
        self._busy = False
        self._session_only = False
        self.me: Any = None
        self.remembered = False
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)

        self.server_edit = QLineEdit(server_url, self)
        self.server_edit.setObjectName("serverUrl")
        self.server_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self)
        self.remember_box.setObjectName("rememberMe")
        self.remember_box.setChecked(remember)

        self.server_label = QLabel(self)
        self.server_label.setBuddy(self.server_edit)
        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username_edit)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password_edit)
        form = QGridLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        rows = (
            (self.server_label, self.server_edit),
            (self.username_label, self.username_edit),
            (self.password_label, self.password_edit),
        )
        for row, (label, edit) in enumerate(rows):
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(edit, row, 1)
        form.addWidget(self.remember_box, len(rows), 1)
        form.setColumnStretch(1, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        self.busy_bar.hide()
        self.busy_label.hide()

        self.session_only_button = QPushButton(self)
        self.session_only_button.setObjectName("sessionOnly")
        self.session_only_button.setAutoDefault(False)
        self.session_only_button.hide()
        self.session_only_button.clicked.connect(self._sign_in_session_only)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.session_only_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(busy_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._retranslate()
        if message:
            self.show_error(message)
        self._focus_first_empty()

    # -- public -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Grow (never shrink) so that a message shown now does not squeeze the fields."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    # -- signing in -------------------------------------------------------------------

    def _sign_in(self) -> None:
        self._start(remember=self.remember_box.isChecked())

    def _sign_in_session_only(self) -> None:
        self._auth.use_session_only()
        self._session_only = True
        self.remember_box.setChecked(False)
        self._start(remember=False)

    def _start(self, *, remember: bool) -> None:
        if self._busy:
            return
        server = self.server_edit.text().strip()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not server or not username or not password:
            self.show_error(message_for_code("missing_field"))
            self._focus_first_empty()
            return
        self.error_label.hide()
        self.session_only_button.hide()
        self._set_busy(True)
        self._tasks.run_net(
            lambda: self._auth.sign_in(server, username, password, remember=remember),
            lambda me: self._succeeded(me, remember),
            self._failed,
        )

    def _succeeded(self, me: Any, remember: bool) -> None:
        self._set_busy(False)
        self.me = me
        self.remembered = remember
        self.password_edit.clear()
        self.signed_in.emit(me)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_error(message_for(error))
        code = error.code if isinstance(error, AvropError) else ""
        field = error.field if isinstance(error, AvropError) else None
        if code == "keyring_unavailable":
            self.session_only_button.show()
            self._fit()
            self.session_only_button.setFocus()
        elif code == "bad_credentials" or field == "password":
            self.password_edit.setFocus()
            self.password_edit.selectAll()
        elif code in ("insecure_server", "invalid_server_url", "tls_error") or field == (
            "server_url"
        ):
            self.server_edit.setFocus()
            self.server_edit.selectAll()
        else:
            self.sign_in_button.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.server_edit,
            self.username_edit,
            self.password_edit,
            self.sign_in_button,
            self.session_only_button,
        ):
            widget.setEnabled(not busy)
        self.remember_box.setEnabled(not busy and not self._session_only)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy:
            self._fit()

    def _focus_first_empty(self) -> None:
        for edit in (self.server_edit, self.username_edit, self.password_edit):
            if not edit.text():
                edit.setFocus()
                return
        self.password_edit.setFocus()

    def reject(self) -> None:
        if self._busy:
            return  # the sign-in in flight would land on a closed dialog
        super().reject()

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Avrop"))
        self.title.setText(self.tr("Welcome to Avrop"))
        self.intro.setText(
            self.tr("Sign in with the user name and password you got from your municipality.")
        )
        self.server_label.setText(self.tr("&Server address"))
        self.username_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.remember_box.setText(self.tr("&Remember me on this computer"))
        self.server_edit.setPlaceholderText(self.tr("https://server.example.com"))
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.remember_box.setAccessibleName(self.tr("Remember me on this computer"))
        self.remember_box.setToolTip(
            self.tr("Keeps you signed in, using this computer's password store.")
        )
        self.busy_label.setText(self.tr("Signing in…"))
        self.busy_bar.setAccessibleName(self.tr("Signing in…"))
        self.session_only_button.setText(self.tr("Sign in for this session &only"))
        self.session_only_button.setAccessibleName(self.tr("Sign in for this session only"))
        self.sign_in_button.setText(self.tr("Sign &in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
