"""The HTTP client of the central API: JSON in and out, ETags, errors mapped to codes.

Every request has a timeout; TLS is always verified; plain ``http://`` is refused unless
the server is on this computer (loopback). Redirects are not followed (a redirect could
downgrade to plain HTTP). With a ``token_source`` each request carries the bearer token
and an expired one is refreshed once, then the request is retried.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from dataclasses import dataclass
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

import requests
import urllib3

from desktop import __version__
from desktop.remote.errors import (
    ApiError,
    BadResponseError,
    InsecureServerError,
    InvalidServerUrlError,
    NetworkError,
    NotSignedInError,
    SignInRequiredError,
    TlsError,
)

log = logging.getLogger(__name__)

Timeout = tuple[float, float]  # (connect, read) seconds
DEFAULT_TIMEOUT: Timeout = (3.05, 30.0)

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ApiError",
    "BadResponseError",
    "BytesResponse",
    "InsecureServerError",
    "InvalidServerUrlError",
    "JsonResponse",
    "NetworkError",
    "NotSignedInError",
    "SignInRequiredError",
    "TlsError",
    "TokenSource",
    "is_loopback_host",
    "normalise_base_url",
]


class TokenSource(Protocol):
    """Gives the bearer token and refreshes it (``AuthService`` is one)."""

    def access_token(self) -> str | None:
        """The current access token; ``None`` when there is none yet (then refresh)."""
        ...

    def refresh_access_token(self, stale: str | None) -> str:
        """A fresh token. ``stale`` is the one that was refused: when the current token
        differs, another thread has refreshed already and the current one is returned."""
        ...


@dataclass(frozen=True)
class JsonResponse:
    """A JSON answer: ``data`` is ``None`` for 304 Not Modified and 204 No Content."""

    status: int
    data: Any
    etag: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class BytesResponse:
    """A binary answer (a PEPPOL document): ``content`` is ``None`` for 304."""

    status: int
    content: bytes | None
    etag: str | None
    content_type: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: str) -> str:
    """``url`` without surrounding blanks or trailing slashes; refuses a non-http(s) URL
    (``InvalidServerUrlError``) and plain HTTP off this computer (``InsecureServerError``).
    """
    cleaned = url.strip().rstrip("/")
    try:
        parts = urlsplit(cleaned)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidServerUrlError(url) from exc
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise InvalidServerUrlError(url)
    if parts.username or parts.password:
        raise InvalidServerUrlError(url)  # never credentials in a URL
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureServerError(cleaned)
    return cleaned


def _error_from(response: requests.Response) -> ApiError:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("code"), str):
        message = body.get("message")
        field = body.get("field")
        return ApiError(
            status,
            body["code"],
            message if isinstance(message, str) else body["code"],
            field if isinstance(field, str) else None,
        )
    code = "server_error" if status >= 500 else "http_error"
    return ApiError(status, code, f"HTTP {status} {response.reason or ''}".strip())


def _dropped_keep_alive(method: str, error: requests.exceptions.ConnectionError) -> bool:
    """A read (GET, HEAD) whose connection was closed or reset under it: not a timeout,
    a refused connection or a TLS failure, which asking again would not change."""
    if method not in ("GET", "HEAD") or isinstance(
        error, requests.exceptions.Timeout | requests.exceptions.SSLError
    ):
        return False
    return bool(error.args) and isinstance(error.args[0], urllib3.exceptions.ProtocolError)


class ApiClient:
    """A client of one central API (thread-safe: one ``requests.Session`` per thread)."""

    def __init__(
        self,
        base_url: str,
        token_source: TokenSource | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        *,
        ca_bundle: str | None = None,
    ) -> None:
        self.base_url = normalise_base_url(base_url)
        self.token_source = token_source
        self.timeout = timeout
        self._verify: bool | str = ca_bundle or True
        self._loopback = is_loopback_host(urlsplit(self.base_url).hostname or "")
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.verify = self._verify
            session.headers["User-Agent"] = f"Avrop/{__version__}"
            session.headers["Accept"] = "application/json"
            if self._loopback:
                session.trust_env = False  # never send loopback traffic to a proxy
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    # -- the calls -------------------------------------------------------------------

    def get_json(self, path: str, etag: str | None = None) -> JsonResponse:
        """GET ``path``; with ``etag`` a 304 comes back as ``JsonResponse(304, None, etag)``."""
        return self._json(self.request("GET", path, etag=etag))

    def post_json(
        self, path: str, body: Any, headers: dict[str, str] | None = None
    ) -> JsonResponse:
        return self._json(self.request("POST", path, json_body=body, headers=headers))

    def put_json(self, path: str, body: Any, headers: dict[str, str] | None = None) -> JsonResponse:
        return self._json(self.request("PUT", path, json_body=body, headers=headers))

    def get_bytes(self, path: str, etag: str | None = None) -> BytesResponse:
        response = self.request("GET", path, etag=etag, accept="*/*")
        return BytesResponse(
            response.status_code,
            None if response.status_code == 304 else response.content,
            response.headers.get("ETag"),
            response.headers.get("Content-Type"),
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        data: bytes | IO[bytes] | None = None,
        headers: dict[str, str] | None = None,
        etag: str | None = None,
        accept: str | None = None,
        authenticated: bool = True,
        stream: bool = False,
    ) -> requests.Response:
        """Send one request (refreshing an expired token once); a 2xx or 304 answer is
        returned, anything else raised as ``ApiError`` (``NetworkError`` when unreachable).
        """
        all_headers = dict(headers or {})
        if etag:
            all_headers["If-None-Match"] = etag
        if accept:
            all_headers["Accept"] = accept
        source = self.token_source if authenticated else None
        token: str | None = None
        if source is not None:
            token = source.access_token() or source.refresh_access_token(None)
            all_headers["Authorization"] = f"Bearer {token}"
        response = self._send(method, path, json_body, data, all_headers, stream)
        if source is not None and response.status_code == 401:
            error = _error_from(response)
            if error.code == "token_expired":
                token = source.refresh_access_token(token)
                all_headers["Authorization"] = f"Bearer {token}"
                response = self._send(method, path, json_body, data, all_headers, stream)
        if 200 <= response.status_code < 300 or response.status_code == 304:
            return response
        raise _error_from(response)

    def _send(
        self,
        method: str,
        path: str,
        json_body: Any,
        data: bytes | IO[bytes] | None,
        headers: dict[str, str],
        stream: bool = False,
    ) -> requests.Response:
        url = self.base_url + (path if path.startswith("/") else "/" + path)
        try:
            for asked in (1, 2):
                try:
                    return self._session().request(
                        method,
                        url,
                        json=json_body,
                        data=data,
                        headers=headers,
                        timeout=self.timeout,
                        allow_redirects=False,
                        stream=stream,
                    )
                except requests.exceptions.ConnectionError as exc:
                    if asked == 2 or not _dropped_keep_alive(method, exc):
                        raise
                    # The server closed an idle kept-alive connection as it was reused:
                    # a read is asked again once, on a new connection.
                    log.info("%s %s: connection dropped, asked again", method, url)
            raise AssertionError("unreachable: the second answer or error is returned")
        except requests.exceptions.SSLError as exc:
            raise TlsError(f"TLS verification of {self.base_url} failed: {exc}") from exc
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.Timeout,
            requests.exceptions.ChunkedEncodingError,
        ) as exc:
            log.info("%s %s: %s", method, url, type(exc).__name__)
            raise NetworkError(f"{self.base_url} cannot be reached: {exc}") from exc

    @staticmethod
    def _json(response: requests.Response) -> JsonResponse:
        etag = response.headers.get("ETag")
        if response.status_code in (204, 304) or not response.content:
            return JsonResponse(response.status_code, None, etag)
        try:
            data = response.json()
        except ValueError as exc:
            raise BadResponseError(response.status_code, "The answer is not JSON") from exc
        return JsonResponse(response.status_code, data, etag)
