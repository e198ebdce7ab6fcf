"""Signing in and out, and picking up the last sign-in when the app starts.

The access token lives in memory only; the refresh token in the system keyring (or in
memory, for "this session only"). The server and user name go to the settings, the
user's ``Me`` to the local store so the app can start offline.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from desktop.domain.errors import AvropError
from desktop.domain.reference import Me
from desktop.domain.values import ValueFormatError
from desktop.remote.credentials import (
    KeyringUnavailableError,
    RefreshTokenStore,
    SessionOnlyCredentialStore,
)
from desktop.remote.errors import (
    ApiError,
    BadResponseError,
    NetworkError,
    NotSignedInError,
    SignInRequiredError,
)
from desktop.remote.http import DEFAULT_TIMEOUT, ApiClient, Timeout, normalise_base_url
from desktop.remote.tokens import SessionTokens, TokenPair
from desktop.settings import SettingsStore
from desktop.storage.database import RunDb, run_inline
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.spend_cache import SpendCache

log = logging.getLogger(__name__)

LOGOUT_TIMEOUT: Timeout = (2.0, 5.0)


@dataclass(frozen=True)
class RestoreResult:
    """The user the app starts with; ``online=False`` when taken from the local store."""

    me: Me
    online: bool


def fetch_me(client: ApiClient) -> Me:
    answer = client.get_json("/me")
    if not isinstance(answer.data, dict):
        raise BadResponseError(answer.status, "/me did not answer with an object")
    try:
        return Me.from_json(answer.data)
    except ValueFormatError as exc:
        raise BadResponseError(answer.status, str(exc), exc.field) from exc


class AuthService:
    """Sign-in state of the app (thread-safe).

    ``spend_cache``: the figures cached for the user are forgotten at sign-out.
    """

    def __init__(
        self,
        settings: SettingsStore,
        credentials: RefreshTokenStore,
        reference: ReferenceRepository,
        *,
        run_db: RunDb = run_inline,
        timeout: Timeout = DEFAULT_TIMEOUT,
        spend_cache: SpendCache | None = None,
    ) -> None:
        self._settings = settings
        self._keyring = credentials
        self._memory = SessionOnlyCredentialStore()
        self._reference = reference
        self._spend_cache = spend_cache
        self._run_db = run_db
        self._timeout = timeout
        self._session_only = False
        self._lock = threading.RLock()
        self._tokens: SessionTokens | None = None
        self._client: ApiClient | None = None
        self._me: Me | None = None

    # -- state -----------------------------------------------------------------------

    @property
    def session_only(self) -> bool:
        return self._session_only

    @property
    def me(self) -> Me | None:
        return self._me

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None

    @property
    def server_url(self) -> str | None:
        tokens = self._tokens
        return tokens.server_url if tokens else None

    def held_secrets(self) -> tuple[str, ...]:
        """The tokens this session holds, for support bundles to leave out."""
        tokens = self._tokens
        if tokens is None:
            return ()
        return tuple(token for token in tokens.current() if token)

    def use_session_only(self) -> None:
        """From now on keep the refresh token in memory only (no usable keyring)."""
        self._session_only = True

    def current_client(self) -> ApiClient:
        """The client of the signed-in session; ``NotSignedInError`` when there is none."""
        with self._lock:
            if self._tokens is None:
                raise NotSignedInError()
            if self._client is None:
                self._client = ApiClient(
                    self._tokens.server_url, self._tokens, self._timeout, ca_bundle=self._ca()
                )
            return self._client

    # -- signing in and out ------------------------------------------------------------

    def sign_in(
        self, server_url: str, username: str, password: str, *, remember: bool = True
    ) -> Me:
        """Sign in; with ``remember`` the refresh token goes to the keyring.

        Raises ``ApiError`` (``bad_credentials``), ``NetworkError``, ``InsecureServerError``
        and ``KeyringUnavailableError``; in that last case nothing is kept and the caller
        may ``use_session_only()`` and sign in again.
        """
        url = normalise_base_url(server_url)
        username = username.strip()
        plain = ApiClient(url, None, self._timeout, ca_bundle=self._ca())
        answer = plain.post_json("/auth/token", {"username": username, "password": password})
        pair = TokenPair.from_json(answer.status, answer.data)
        persist = remember and not self._session_only
        store = self._keyring if persist else self._memory
        tokens = SessionTokens(
            plain, username, store, access_token=pair.access_token, refresh_token=pair.refresh_token
        )
        client = ApiClient(url, tokens, self._timeout, ca_bundle=self._ca())
        me = fetch_me(client)
        try:
            store.save_refresh_token(url, username, pair.refresh_token)
        except KeyringUnavailableError:
            self._logout_quietly(tokens)
            raise
        if not persist:
            self._delete_quietly(self._keyring, url, username)
        previous = self._settings.current
        if (previous.server_url, previous.username) != (url, username):
            self._run_db(self._reference.clear_sync_states)
        self._settings.update(server_url=url, username=username, remember_sign_in=persist)
        self._run_db(lambda: self._reference.save_me(me))
        with self._lock:
            old = self._tokens
            self._tokens, self._client, self._me = tokens, client, me
        if old is not None and (old.server_url, old.username) != (url, username):
            self._delete_quietly(old.store, old.server_url, old.username)
        log.info("signed in as %s at %s", username, url)
        return me

    def restore(self) -> RestoreResult | None:
        """Take up the remembered sign-in: refresh and ``/me`` online; offline the ``Me``
        kept in the store (``online=False``); ``None`` when the user must sign in."""
        saved = self._settings.current
        if self._session_only or not saved.remember_sign_in:
            return None
        if not saved.server_url or not saved.username:
            return None
        try:
            url = normalise_base_url(saved.server_url)
            refresh = self._keyring.load_refresh_token(url, saved.username)
        except AvropError as exc:
            log.warning("cannot restore the sign-in: %s", exc.message)
            return None
        if not refresh:
            return None
        plain = ApiClient(url, None, self._timeout, ca_bundle=self._ca())
        tokens = SessionTokens(
            plain, saved.username, self._keyring, access_token=None, refresh_token=refresh
        )
        client = ApiClient(url, tokens, self._timeout, ca_bundle=self._ca())
        with self._lock:
            self._tokens, self._client, self._me = tokens, client, None
        try:
            me = fetch_me(client)  # refreshes first: there is no access token yet
        except SignInRequiredError:
            self._drop(tokens)
            return None
        except (NetworkError, ApiError) as exc:
            if isinstance(exc, ApiError) and exc.status < 500:
                self._drop(tokens)
                raise
            cached = self._run_db(self._reference.me)
            if cached is None or cached.username != saved.username:
                self._drop(tokens)
                return None
            with self._lock:
                self._me = cached
            log.info("server unreachable; starting offline as %s", cached.username)
            return RestoreResult(cached, online=False)
        self._run_db(lambda: self._reference.save_me(me))
        with self._lock:
            self._me = me
        return RestoreResult(me, online=True)

    def sign_out(self) -> None:
        """Log out at the server (best effort), delete the keyring entry, forget the tokens
        and the spend figures cached for the user (another may use this computer next).

        Queued orders and requests stay in the store: they are sent at the next sign-in
        of the same user.
        """
        with self._lock:
            tokens, client = self._tokens, self._client
            self._tokens, self._client, self._me = None, None, None
        saved = self._settings.current
        username = tokens.username if tokens is not None else saved.username
        if tokens is not None:
            self._logout_quietly(tokens)
            self._delete_quietly(tokens.store, tokens.server_url, tokens.username)
            self._delete_quietly(self._keyring, tokens.server_url, tokens.username)
        elif saved.server_url and saved.username:
            self._delete_quietly(self._keyring, saved.server_url, saved.username)
        if client is not None:
            client.close()
        self._run_db(self._reference.clear_me)
        spend = self._spend_cache
        if spend is not None and username:
            self._run_db(lambda: spend.forget_user(username))

    # -- helpers -----------------------------------------------------------------------

    def _ca(self) -> str | None:
        return self._settings.current.ca_bundle

    def _drop(self, tokens: SessionTokens) -> None:
        with self._lock:
            if self._tokens is tokens:
                self._tokens, self._client, self._me = None, None, None

    def _logout_quietly(self, tokens: SessionTokens) -> None:
        logout = ApiClient(tokens.server_url, None, LOGOUT_TIMEOUT, ca_bundle=self._ca())
        try:
            for attempt in (1, 2):
                access, refresh = tokens.current()
                if refresh is None:
                    return
                if access is None:
                    tokens.refresh_access_token(None)
                    access, refresh = tokens.current()
                try:
                    logout.post_json(
                        "/auth/logout",
                        {"refresh_token": refresh},
                        headers={"Authorization": f"Bearer {access}"},
                    )
                    return
                except ApiError as exc:
                    if exc.code != "token_expired" or attempt == 2:
                        raise
                    tokens.refresh_access_token(access)
        except AvropError as exc:
            log.info("logout at the server did not complete: %s", exc.code)
        finally:
            logout.close()

    @staticmethod
    def _delete_quietly(store: RefreshTokenStore, server_url: str, username: str) -> None:
        try:
            store.delete(server_url, username)
        except KeyringUnavailableError as exc:
            log.warning("could not delete the keyring entry: %s", exc.message)
