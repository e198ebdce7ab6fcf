"""Password hashing (argon2id) and opaque tokens (random, stored as SHA-256).

Every account's hash uses argon2id's recommended parameters (RFC 9106, the
``PasswordHasher`` defaults; the demo users get cheap ones so that seeding and tests
stay fast). An unknown username is verified against a dummy hash made with the same
recommended parameters, the same way, so it costs what a real account costs. At most
``HASHING_SLOTS`` hashes run at once (each takes 64 MiB), so parallel guessers queue
instead of growing the server's memory.
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import threading
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_STRONG = PasswordHasher()
_FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
HASHING_SLOTS = max(2, min(4, os.cpu_count() or 2))

T = TypeVar("T")


class HashingGate:
    """A bounded number of concurrent hashes; ``peak`` is the most seen at once."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._semaphore = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0

    def run(self, work: Callable[[], T]) -> T:
        with self._semaphore:
            with self._lock:
                self.in_flight += 1
                self.peak = max(self.peak, self.in_flight)
            try:
                return work()
            finally:
                with self._lock:
                    self.in_flight -= 1


HASHING = HashingGate(HASHING_SLOTS)


@functools.cache
def dummy_hash() -> str:
    """A real argon2id hash with the recommended parameters, of no one's password."""
    return _STRONG.hash(secrets.token_urlsafe(16))


def hash_password(password: str, *, fast: bool = False) -> str:
    hasher = _FAST if fast else _STRONG
    return HASHING.run(lambda: hasher.hash(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; ``None`` (unknown user) is checked against a dummy."""
    known = password_hash is not None
    stored = password_hash if password_hash is not None else dummy_hash()

    def verify() -> bool:
        try:
            return _STRONG.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    return HASHING.run(verify) and known


def new_token() -> str:
    """An opaque bearer token (256 random bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def new_family_id() -> str:
    return secrets.token_hex(16)


def token_hash(token: str) -> str:
    """What the database stores instead of the token."""
    return hashlib.sha256(token.encode("utf-8", errors="surrogatepass")).hexdigest()
