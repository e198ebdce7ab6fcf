"""Helpers for keyring tests: the real backend (or skip/fail), and a failing one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend

REQUIRE_ENV = "AVROP_REQUIRE_KEYRING"


def _usable(backend: KeyringBackend) -> str | None:
    """``None`` when a write/read/delete round trip works, else why not."""
    probe = f"probe-{uuid.uuid4()}"
    try:
        backend.set_password("avrop-test-probe", probe, "x")
        ok = backend.get_password("avrop-test-probe", probe) == "x"
        backend.delete_password("avrop-test-probe", probe)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None if ok else "read back a different value"


def real_keyring() -> KeyringBackend:
    """The system keyring; skips the test when there is none usable, unless
    ``AVROP_REQUIRE_KEYRING=1`` (CI), where that is a failure."""
    backend = keyring.get_keyring()
    if type(backend).__module__.startswith("tests."):
        # A test double that keyring's discovery picked up: not the system keyring.
        problem: str | None = "only a test double is installed"
    else:
        problem = _usable(backend)
    if problem is not None:
        message = f"no usable system keyring ({type(backend).__name__}): {problem}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return backend


@contextmanager
def failing_keyring() -> Iterator[None]:
    """Make the process-wide keyring the 'fail' backend (as on a machine without one)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
