"""Errors of talking to the central API, each with a stable ``code`` the UI translates."""

from __future__ import annotations

from desktop.domain.errors import AvropError


class ApiError(AvropError):
    """The server answered with an error: ``status`` and its ``code/message/field``."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(code, message, field)
        self.status = status

    def __repr__(self) -> str:
        return f"ApiError({self.status}, {self.code!r}, {self.message!r}, field={self.field!r})"


class NetworkError(AvropError):
    """The server could not be reached, or did not answer in time."""

    def __init__(self, message: str) -> None:
        super().__init__("network_unavailable", message)


class TlsError(AvropError):
    """The server's TLS certificate could not be verified (never ignored)."""

    def __init__(self, message: str) -> None:
        super().__init__("tls_error", message)


class InsecureServerError(AvropError):
    """Plain ``http://`` to a server that is not on this computer."""

    def __init__(self, url: str) -> None:
        super().__init__(
            "insecure_server",
            f"Refusing plain HTTP to {url}: use https:// (http:// only for this computer).",
            "server_url",
        )


class InvalidServerUrlError(AvropError):
    """Not an http(s) URL with a host."""

    def __init__(self, url: str) -> None:
        super().__init__("invalid_server_url", f"Not a server address: {url!r}", "server_url")


class BadResponseError(ApiError):
    """The server's answer is not what the contract says (not JSON, wrong shape)."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(status, "bad_response", message, field)


class NotSignedInError(AvropError):
    """An authenticated call was attempted with no signed-in user."""

    def __init__(self) -> None:
        super().__init__("not_signed_in", "Not signed in.")


class SignInRequiredError(ApiError):
    """The refresh token was refused: the user must sign in again.

    ``code`` is the server's (``token_invalid`` or ``token_expired``).
    """
