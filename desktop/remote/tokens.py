"""The tokens of one signed-in session, refreshed under a lock.

Refresh tokens rotate on use, so two threads must never refresh at once: the second
would present a revoked token and sign the user out. ``refresh_access_token`` is
serialised and skips the call when another thread has refreshed meanwhile.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from desktop.remote.credentials import KeyringUnavailableError, RefreshTokenStore
from desktop.remote.errors import (
    ApiError,
    BadResponseError,
    NotSignedInError,
    SignInRequiredError,
)
from desktop.remote.http import ApiClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int | None

    @classmethod
    def from_json(cls, status: int, data: Any) -> TokenPair:
        if not isinstance(data, dict):
            raise BadResponseError(status, "The token answer is not an object")
        access, refresh = data.get("access_token"), data.get("refresh_token")
        if not isinstance(access, str) or not access:
            raise BadResponseError(status, "The token answer has no access token", "access_token")
        if not isinstance(refresh, str) or not refresh:
            raise BadResponseError(status, "The token answer has no refresh token", "refresh_token")
        expires = data.get("expires_in")
        return cls(access, refresh, expires if isinstance(expires, int) else None)

    def __repr__(self) -> str:  # never print a token
        return f"TokenPair(expires_in={self.expires_in})"


class SessionTokens:
    """A ``TokenSource`` for one user on one server; keeps the refresh token in ``store``."""

    def __init__(
        self,
        plain_client: ApiClient,
        username: str,
        store: RefreshTokenStore,
        *,
        access_token: str | None,
        refresh_token: str | None,
    ) -> None:
        self.plain_client = plain_client  # no token source: for /auth calls
        self.server_url = plain_client.base_url
        self.username = username
        self.store = store
        self._access = access_token
        self._refresh = refresh_token
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SessionTokens({self.server_url!r}, {self.username!r})"

    def access_token(self) -> str | None:
        return self._access

    def current(self) -> tuple[str | None, str | None]:
        """The (access, refresh) pair now (for logout)."""
        with self._lock:
            return self._access, self._refresh

    def refresh_access_token(self, stale: str | None) -> str:
        with self._lock:
            if self._access is not None and self._access != stale:
                return self._access  # another thread refreshed meanwhile
            if self._refresh is None:
                raise NotSignedInError()
            try:
                answer = self.plain_client.post_json(
                    "/auth/refresh", {"refresh_token": self._refresh}
                )
            except ApiError as exc:
                if exc.status not in (400, 401, 403):
                    raise
                self._forget()
                raise SignInRequiredError(exc.status, exc.code, exc.message, exc.field) from exc
            pair = TokenPair.from_json(answer.status, answer.data)
            self._access, self._refresh = pair.access_token, pair.refresh_token
            try:
                self.store.save_refresh_token(self.server_url, self.username, pair.refresh_token)
            except KeyringUnavailableError as exc:
                # This session goes on with the token in memory; the next start asks to sign in.
                log.warning("could not keep the rotated refresh token: %s", exc.message)
            return pair.access_token

    def _forget(self) -> None:
        self._access = self._refresh = None
        try:
            self.store.delete(self.server_url, self.username)
        except KeyringUnavailableError as exc:
            log.warning("could not delete a refused refresh token: %s", exc.message)
