"""Where the refresh token is kept: the system keyring, or memory for this session only.

Entries are service ``"avrop"``, account ``"<server url>|<username>"``. A keyring that
cannot be used (no backend, locked, D-Bus trouble) raises ``KeyringUnavailableError``
so the UI can offer to sign in for this session only.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop.domain.errors import AvropError

log = logging.getLogger(__name__)

SERVICE = "avrop"


class KeyringUnavailableError(AvropError):
    """No usable system keyring: the sign-in cannot be remembered."""

    def __init__(self, detail: str) -> None:
        super().__init__("keyring_unavailable", f"The system keyring cannot be used: {detail}")


def account_name(server_url: str, username: str) -> str:
    return f"{server_url}|{username}"


class RefreshTokenStore(Protocol):
    """What ``AuthService`` needs of a credential store."""

    def save_refresh_token(self, server_url: str, username: str, token: str) -> None: ...

    def load_refresh_token(self, server_url: str, username: str) -> str | None: ...

    def delete(self, server_url: str, username: str) -> None: ...


class CredentialStore:
    """Refresh tokens in the system keyring (the backend keyring picks, unless given)."""

    persistent = True

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def save_refresh_token(self, server_url: str, username: str, token: str) -> None:
        try:
            self._keyring().set_password(SERVICE, account_name(server_url, username), token)
        except Exception as exc:  # any backend failure means: no usable keyring
            raise KeyringUnavailableError(_describe(exc)) from exc

    def load_refresh_token(self, server_url: str, username: str) -> str | None:
        try:
            return self._keyring().get_password(SERVICE, account_name(server_url, username))
        except Exception as exc:
            raise KeyringUnavailableError(_describe(exc)) from exc

    def delete(self, server_url: str, username: str) -> None:
        """Remove the entry; no error when there is none."""
        try:
            self._keyring().delete_password(SERVICE, account_name(server_url, username))
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored
        except Exception as exc:
            raise KeyringUnavailableError(_describe(exc)) from exc

    def is_available(self) -> bool:
        """Whether a read works (it may unlock or prompt, as the backend decides)."""
        try:
            self.load_refresh_token("avrop-probe", "avrop-probe")
        except KeyringUnavailableError:
            return False
        return True


class SessionOnlyCredentialStore:
    """Keeps the refresh token in memory only: "sign in for this session only"."""

    persistent = False

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def save_refresh_token(self, server_url: str, username: str, token: str) -> None:
        with self._lock:
            self._tokens[account_name(server_url, username)] = token

    def load_refresh_token(self, server_url: str, username: str) -> str | None:
        with self._lock:
            return self._tokens.get(account_name(server_url, username))

    def delete(self, server_url: str, username: str) -> None:
        with self._lock:
            self._tokens.pop(account_name(server_url, username), None)


def _describe(exc: BaseException) -> str:
    # The type and message only: never a secret (they do not carry the token).
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
