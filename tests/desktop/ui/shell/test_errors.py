"""Error codes map to translated messages that say what to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.domain.errors import AvropError
from desktop.remote.errors import InsecureServerError, NetworkError
from desktop.ui.shell.errors import known_codes, message_for, message_for_code
from desktop.ui.shell.i18n import Translations

FALLBACK_START = "Something went wrong"


def test_known_codes_have_their_own_message() -> None:
    for code in known_codes():
        assert not message_for_code(code).startswith(FALLBACK_START), code
    assert len({message_for_code(c) for c in known_codes()}) >= len(known_codes()) - 1


def test_codes_the_lower_layers_raise_are_covered() -> None:
    for code in (
        "bad_credentials",
        "network_unavailable",
        "keyring_unavailable",
        "insecure_server",
        "store_too_new",
        "token_expired",
        "forbidden",
    ):
        assert code in known_codes()
    assert message_for(NetworkError("down")) == message_for_code("network_unavailable")
    assert "https://" in message_for(InsecureServerError("http://example.com"))


def test_unknown_errors_get_the_general_message() -> None:
    assert message_for(AvropError("no_such_code", "x")).startswith(FALLBACK_START)
    assert message_for(RuntimeError("boom")).startswith(FALLBACK_START)


def test_messages_follow_the_language(qapp: QApplication, qtbot: Any) -> None:
    translations = Translations(qapp)
    try:
        translations.apply("nb")
        assert message_for_code("bad_credentials").startswith("Brukernavnet eller passordet")
        translations.apply("sv")
        assert message_for_code("bad_credentials").startswith("Användarnamnet eller lösenordet")
    finally:
        translations.apply("en")
    assert message_for_code("bad_credentials").startswith("The user name or password")
