"""CredentialStore on the real keyring; KeyringUnavailableError without one; session-only."""

from __future__ import annotations

import uuid

import pytest

from desktop.remote.credentials import (
    SERVICE,
    CredentialStore,
    KeyringUnavailableError,
    SessionOnlyCredentialStore,
    account_name,
)
from tests.desktop.remote.keyring_support import failing_keyring, real_keyring


@pytest.mark.keyring
def test_round_trip_through_the_system_keyring() -> None:
    backend = real_keyring()
    store = CredentialStore()
    user = f"test-{uuid.uuid4()}"
    server = "https://avrop.ekby.example"
    try:
        assert store.load_refresh_token(server, user) is None
        store.save_refresh_token(server, user, "refresh-1")
        assert store.load_refresh_token(server, user) == "refresh-1"
        assert backend.get_password(SERVICE, f"{server}|{user}") == "refresh-1"
        store.save_refresh_token(server, user, "refresh-2")  # rotation overwrites
        assert store.load_refresh_token(server, user) == "refresh-2"
        assert store.load_refresh_token(server, "someone-else") is None
        assert store.is_available()
    finally:
        store.delete(server, user)
    assert store.load_refresh_token(server, user) is None
    store.delete(server, user)  # deleting what is not there is fine


def test_no_usable_keyring_raises_keyring_unavailable() -> None:
    store = CredentialStore()
    with failing_keyring():
        for call in (
            lambda: store.save_refresh_token("https://x", "u", "s3cr3t-refresh"),
            lambda: store.load_refresh_token("https://x", "u"),
            lambda: store.delete("https://x", "u"),
        ):
            with pytest.raises(KeyringUnavailableError) as caught:
                call()
            assert caught.value.code == "keyring_unavailable"
            assert "s3cr3t" not in caught.value.message  # never the secret
        assert not store.is_available()


def test_session_only_store_keeps_tokens_in_memory() -> None:
    store = SessionOnlyCredentialStore()
    assert store.load_refresh_token("https://x", "u") is None
    store.save_refresh_token("https://x", "u", "secret")
    assert store.load_refresh_token("https://x", "u") == "secret"
    assert store.load_refresh_token("https://y", "u") is None
    store.delete("https://x", "u")
    store.delete("https://x", "u")
    assert store.load_refresh_token("https://x", "u") is None
    assert not store.persistent and CredentialStore.persistent


def test_account_names_server_and_user() -> None:
    assert account_name("https://avrop.ekby.se", "orderer") == "https://avrop.ekby.se|orderer"
