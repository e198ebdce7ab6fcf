"""The sign-in dialog against a real central API process: errors stay, success proceeds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.shell.errors import message_for_code
from desktop.ui.shell.sign_in_dialog import SignInDialog
from tests.fixtures.qt_app import UiEnvFactory, free_port


def _dialog(qtbot: Any, env: Any, url: str, username: str = "orderer") -> SignInDialog:
    dialog = SignInDialog(env.tasks, env.services.auth, server_url=url, username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit(qtbot: Any, dialog: SignInDialog, password: str) -> None:
    dialog.password_edit.setText(password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_wrong_password_shows_the_error_and_stays_open(
    qtbot: Any, ui_env: UiEnvFactory, demo_server: Any
) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, demo_server.url)
    dialog.remember_box.setChecked(False)
    _submit(qtbot, dialog, "not-the-password")
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message_for_code("bad_credentials")
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()
    assert env.services.auth.signed_in is False


def test_right_password_signs_in(qtbot: Any, ui_env: UiEnvFactory, demo_server: Any) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, demo_server.url)
    dialog.remember_box.setChecked(False)  # no OS keyring here; see the keyring test
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed_in:
        _submit(qtbot, dialog, "demo")
    me = signed_in.args[0]
    assert me.username == "orderer"
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.password_edit.text() == ""
    assert env.services.auth.signed_in


def test_remember_me_keeps_the_token_in_the_keyring(
    qtbot: Any, ui_env: UiEnvFactory, demo_server: Any, memory_keyring: Any
) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, demo_server.url)
    assert dialog.remember_box.isChecked()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        _submit(qtbot, dialog, "demo")
    assert dialog.remembered
    assert len(memory_keyring.entries) == 1
    assert "demo" not in memory_keyring.entries.values()  # a token, never the password


def test_network_down_says_so(qtbot: Any, ui_env: UiEnvFactory) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, f"http://127.0.0.1:{free_port()}")
    dialog.remember_box.setChecked(False)
    _submit(qtbot, dialog, "demo")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.isVisible()
    assert dialog.error_label.text() == message_for_code("network_unavailable")


def test_insecure_server_is_refused(qtbot: Any, ui_env: UiEnvFactory) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, "http://example.com")
    _submit(qtbot, dialog, "demo")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.error_label.text() == message_for_code("insecure_server")


def test_empty_fields_ask_to_fill_them_in(qtbot: Any, ui_env: UiEnvFactory) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, "http://127.0.0.1:1", username="")
    _submit(qtbot, dialog, "demo")
    assert not dialog.busy
    assert dialog.error_label.text() == message_for_code("missing_field")


def test_keyring_unavailable_offers_session_only(
    qtbot: Any, ui_env: UiEnvFactory, demo_server: Any, failing_keyring: Any
) -> None:
    env = ui_env()
    dialog = _dialog(qtbot, env, demo_server.url)
    assert dialog.remember_box.isChecked()
    assert not dialog.session_only_button.isVisible()
    _submit(qtbot, dialog, "demo")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.error_label.text() == message_for_code("keyring_unavailable")
    assert dialog.session_only_button.isVisible()
    assert env.services.auth.signed_in is False

    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        qtbot.mouseClick(dialog.session_only_button, Qt.MouseButton.LeftButton)
    assert env.services.auth.session_only
    assert env.services.auth.signed_in
    assert not dialog.remembered
    assert not dialog.remember_box.isChecked()
