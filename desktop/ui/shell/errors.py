"""Translated, actionable messages for the stable error codes of the lower layers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import AvropError

_CONTEXT = "ErrorMessages"

# Each message says what happened and what to do about it.
_MESSAGES: dict[str, str] = {
    "bad_credentials": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The user name or password is wrong. Check them and try again.",
    ),
    "network_unavailable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop cannot reach the server. Check your network connection and try again. "
        "You can keep working with the data on this computer meanwhile.",
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server had a problem and could not answer. Try again in a few minutes; "
        "if it keeps happening, contact the procurement office.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop cannot use this computer's password store (keyring), so it cannot "
        "remember your sign-in. You can sign in for this session only.",
    ),
    "insecure_server": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server address must start with https://. Plain http:// is only allowed "
        "for this computer. Check the address with the procurement office.",
    ),
    "invalid_server_url": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server address is not valid. Enter it as https://server.example.com.",
    ),
    "tls_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server's security certificate could not be verified. Do not continue; "
        "contact your IT support.",
    ),
    "store_too_new": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The data on this computer was saved by a newer version of Avrop. Install the "
        "newest version of Avrop to open it.",
    ),
    "token_expired": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Your sign-in has expired. Sign in again to continue.",
    ),
    "token_invalid": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Your sign-in is no longer valid. Sign in again to continue.",
    ),
    "not_signed_in": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "You are not signed in. Sign in to continue.",
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "You are not allowed to do this. Ask your manager or the procurement office if "
        "you need access.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server no longer has this item. Sync and try again.",
    ),
    "validation_error": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Some of the information is not valid. Check the highlighted field and try again.",
    ),
    "malformed_json": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server sent an answer Avrop does not understand. Contact the procurement office.",
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server sent an answer Avrop does not understand. Contact the procurement office.",
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is too large to send. Make it smaller and try again.",
    ),
    "missing_field": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please fill in all fields.",
    ),
    "store_unreadable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop cannot read its data on this computer. Contact your IT support; do not "
        "delete any files.",
    ),
    "store_migration_failed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Avrop could not update its data on this computer. Nothing was lost: a backup "
        "was made. Contact your IT support.",
    ),
    "demo_server_failed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The demo could not start. Close Avrop and try again.",
    ),
    "sync_failed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Syncing did not finish. The data you had before is kept. Try again with File → Sync now.",
    ),
}

_FALLBACK = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Something went wrong. Try again; if it keeps happening, contact the procurement office.",
)


def message_for_code(code: str) -> str:
    """The translated message for an error ``code`` (a general one when unknown)."""
    return QCoreApplication.translate(_CONTEXT, _MESSAGES.get(code, _FALLBACK))


def message_for(error: BaseException) -> str:
    """The translated message to show the user for ``error``."""
    if isinstance(error, AvropError):
        return message_for_code(error.code)
    return QCoreApplication.translate(_CONTEXT, _FALLBACK)


def known_codes() -> frozenset[str]:
    return frozenset(_MESSAGES)
