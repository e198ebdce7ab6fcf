"""Password hashing (argon2id) and opaque tokens (random, stored as SHA-256)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# Strong defaults for real accounts; the demo users get cheap (but valid) parameters so
# that seeding and tests stay fast. The parameters are stored in each hash.
_STRONG = PasswordHasher()
_FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
# Verified against when the username is unknown, so both cases take similar time.
_DUMMY_HASH = _FAST.hash("not a password")


def hash_password(password: str, *, fast: bool = False) -> str:
    return (_FAST if fast else _STRONG).hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; ``None`` (unknown user) is checked against a dummy."""
    try:
        return _STRONG.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """An opaque bearer token (256 random bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def new_family_id() -> str:
    return secrets.token_hex(16)


def token_hash(token: str) -> str:
    """What the database stores instead of the token."""
    return hashlib.sha256(token.encode("utf-8", errors="surrogatepass")).hexdigest()
