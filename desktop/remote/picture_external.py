"""Fetching pictures at a supplier's own address (an absolute ``https://`` URI).

Such a picture is a third party's: it is fetched with a session of its own that never
carries the user's credentials (no Authorization header, no cookies of the central
API), over ``https`` only (``http://`` is refused, never requested), TLS verified, with
a timeout, streamed under the same byte cap and kept only after the same checks
(``desktop.domain.picture.picture_refusal``). A copy kept is revalidated with its
``ETag`` (``If-None-Match``) or ``Last-Modified`` (``If-Modified-Since``); at most
:data:`MAX_CONCURRENT` fetches run at once, all off the UI thread (in the picture sync).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests

from desktop import __version__
from desktop.domain.picture import MAX_PICTURE_BYTES, picture_refusal
from desktop.remote.http import DEFAULT_TIMEOUT, Timeout

MAX_CONCURRENT = 4
CHUNK = 64 * 1024
_SINCE = "@"  # a kept validator starting with this is a Last-Modified date


@dataclass(frozen=True)
class ExternalAnswer:
    """What fetching one external picture gave: ``content`` to keep (with the
    ``validator`` to revalidate it by), ``not_modified``, or why it was ``refused``;
    ``failed`` when the site could not be reached (tried again next sync)."""

    ref: str
    content: bytes | None = None
    validator: str | None = None
    not_modified: bool = False
    refused: str | None = None
    failed: str | None = None


class ExternalPictures:
    """Fetches absolute-URI pictures without credentials, a few at a time."""

    def __init__(self, verify: bool | str = True, timeout: Timeout = DEFAULT_TIMEOUT) -> None:
        self._verify = verify  # a CA bundle's path in tests; always verified
        self._timeout = timeout
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def fetch_all(self, wanted: dict[str, str | None]) -> list[ExternalAnswer]:
        """Fetch each ``ref`` of ``wanted`` (with the validator of the copy kept)."""
        if not wanted:
            return []
        try:
            with ThreadPoolExecutor(MAX_CONCURRENT, thread_name_prefix="picture") as pool:
                return list(pool.map(lambda item: self.fetch(*item), wanted.items()))
        finally:
            with self._lock:  # the pool's threads are gone: so are their sessions
                sessions, self._sessions = self._sessions, []
            for session in sessions:
                session.close()

    def fetch(self, ref: str, validator: str | None) -> ExternalAnswer:
        if not ref.startswith("https://"):
            return ExternalAnswer(ref, refused="insecure")
        headers = {"Accept": "image/png, image/jpeg"}
        if validator and validator.startswith(_SINCE):
            headers["If-Modified-Since"] = validator[len(_SINCE) :]
        elif validator:
            headers["If-None-Match"] = validator
        try:
            response = self._session().get(
                ref, headers=headers, stream=True, timeout=self._timeout, allow_redirects=False
            )
        except OSError as exc:  # requests' errors: unreachable, TLS refused, timed out
            return ExternalAnswer(ref, failed=str(exc))
        try:
            if response.status_code == 304:
                return ExternalAnswer(ref, validator=validator, not_modified=True)
            if response.status_code != 200:
                return ExternalAnswer(ref, failed=f"HTTP {response.status_code}")
            content = _read_capped(response)
            refusal = "too_large" if content is None else picture_refusal(content)
            if refusal is not None or content is None:
                return ExternalAnswer(ref, refused=refusal)
            etag = response.headers.get("ETag")
            modified = response.headers.get("Last-Modified")
            kept = etag or (_SINCE + modified if modified else None)
            return ExternalAnswer(ref, content=content, validator=kept)
        except OSError as exc:
            return ExternalAnswer(ref, failed=str(exc))
        finally:
            response.close()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.verify = self._verify
            session.trust_env = False  # no .netrc credentials, no proxy from the environment
            session.headers["User-Agent"] = f"Avrop/{__version__}"
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session


def _read_capped(response: requests.Response) -> bytes | None:
    """The body, or None once it grows past the cap (the rest is never read)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(CHUNK):
        size += len(chunk)
        if size > MAX_PICTURE_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
