"""AuthService against the real central API: sign-in, refresh, restore, sign-out."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from desktop.domain.office_request import OfficeRequest, Urgency
from desktop.domain.order import OrderState
from desktop.domain.reference import Supplier
from desktop.remote.auth import AuthService
from desktop.remote.credentials import (
    CredentialStore,
    KeyringUnavailableError,
    SessionOnlyCredentialStore,
)
from desktop.remote.http import ApiError, InsecureServerError, NotSignedInError, SignInRequiredError
from desktop.remote.outbox_sender import OutboxSender
from desktop.remote.spend_sync import SpendSync
from desktop.settings import SettingsStore, load_settings
from desktop.storage.database import Database, run_inline
from desktop.storage.guidance_submissions import SubmissionRepository
from desktop.storage.order_repo import OrderRepository
from desktop.storage.outbox_repo import OutboxRepository
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.spend_cache import SpendCache
from tests.desktop.remote.keyring_support import failing_keyring
from tests.fixtures.central_api_server import RunningServer, StartCentralApi
from tests.fixtures.orders_api import follow_up, new_order

SOLROSEN = "u-forskola-solrosen"


def make_auth(data_dir: Path, store: object, repo: ReferenceRepository) -> AuthService:
    return AuthService(SettingsStore(data_dir), store, repo)  # type: ignore[arg-type]


def raw_refresh(server: RunningServer, refresh_token: str) -> requests.Response:
    return requests.post(
        server.url + "/auth/refresh", json={"refresh_token": refresh_token}, timeout=10
    )


def test_sign_in_keeps_user_settings_and_refresh_token(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    store = SessionOnlyCredentialStore()
    auth = make_auth(tmp_path, store, reference_repo)
    me = auth.sign_in(demo_server.url + "/", " orderer ", "demo")
    assert me.username == "orderer" and set(me.unit_ids) >= {"u-forskola-solrosen"}
    assert auth.signed_in and auth.me == me and auth.server_url == demo_server.url
    assert reference_repo.me() == me
    saved = load_settings(tmp_path)
    assert (saved.server_url, saved.username, saved.remember_sign_in) == (
        demo_server.url,
        "orderer",
        True,
    )
    refresh = store.load_refresh_token(demo_server.url, "orderer")
    assert refresh
    assert refresh not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert auth.current_client().get_json("/me").data["username"] == "orderer"


def test_wrong_password_changes_nothing(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    auth = make_auth(tmp_path, SessionOnlyCredentialStore(), reference_repo)
    with pytest.raises(ApiError) as caught:
        auth.sign_in(demo_server.url, "orderer", "wrong")
    assert caught.value.code == "bad_credentials"
    assert not auth.signed_in and reference_repo.me() is None
    assert not (tmp_path / "settings.json").exists()
    with pytest.raises(NotSignedInError):
        auth.current_client()


def test_plain_http_to_another_computer_is_refused_before_sending(
    tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    auth = make_auth(tmp_path, SessionOnlyCredentialStore(), reference_repo)
    with pytest.raises(InsecureServerError):
        auth.sign_in("http://avrop.ekby.example", "orderer", "demo")


def test_without_a_keyring_sign_in_stops_then_session_only_works(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    with failing_keyring():
        auth = make_auth(tmp_path, CredentialStore(), reference_repo)
        with pytest.raises(KeyringUnavailableError):
            auth.sign_in(demo_server.url, "orderer", "demo")
        assert not auth.signed_in and reference_repo.me() is None
        assert load_settings(tmp_path).username == ""

        auth.use_session_only()
        me = auth.sign_in(demo_server.url, "orderer", "demo", remember=False)
        assert me.username == "orderer" and auth.session_only
        assert auth.current_client().get_json("/units").status == 200
        assert load_settings(tmp_path).remember_sign_in is False

        after_restart = make_auth(tmp_path, CredentialStore(), reference_repo)
        assert after_restart.restore() is None  # nothing was kept


def test_restore_online_refreshes_and_rotates(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    store = SessionOnlyCredentialStore()  # shared by both "runs": stands for the keyring
    make_auth(tmp_path, store, reference_repo).sign_in(demo_server.url, "orderer", "demo")
    first = store.load_refresh_token(demo_server.url, "orderer")

    auth = make_auth(tmp_path, store, reference_repo)
    result = auth.restore()
    assert result is not None and result.online and result.me.username == "orderer"
    second = store.load_refresh_token(demo_server.url, "orderer")
    assert second and second != first  # rotated, and the new one kept
    assert raw_refresh(demo_server, first or "").status_code == 401


def test_restore_with_nothing_remembered(
    tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    assert make_auth(tmp_path, SessionOnlyCredentialStore(), reference_repo).restore() is None


def test_restore_offline_uses_the_stored_user_then_reconnects(
    start_central_api: StartCentralApi, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    server = start_central_api()
    store = SessionOnlyCredentialStore()
    me = make_auth(tmp_path, store, reference_repo).sign_in(server.url, "orderer", "demo")
    server.stop()

    auth = make_auth(tmp_path, store, reference_repo)
    result = auth.restore()
    assert result is not None and result.online is False and result.me == me
    assert auth.signed_in

    server.start()  # the network is back: the first call refreshes
    assert auth.current_client().get_json("/me").data["username"] == "orderer"


def test_expired_access_token_is_refreshed_once_across_threads(
    start_central_api: StartCentralApi, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    server = start_central_api(access_token_ttl=2)
    store = SessionOnlyCredentialStore()
    auth = make_auth(tmp_path, store, reference_repo)
    auth.sign_in(server.url, "orderer", "demo")
    before = store.load_refresh_token(server.url, "orderer")
    time.sleep(2.5)

    results: list[object] = []

    def call() -> None:
        try:
            results.append(auth.current_client().get_json("/me").data["username"])
        except Exception as exc:  # collected and asserted below
            results.append(exc)

    threads = [threading.Thread(target=call) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    # With two refreshes at once the second would present a revoked token and fail.
    assert results == ["orderer"] * 4
    after = store.load_refresh_token(server.url, "orderer")
    assert after and after != before
    assert raw_refresh(server, after).status_code == 200  # the kept one is the live one


def test_a_refused_refresh_token_asks_for_sign_in(
    start_central_api: StartCentralApi, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    server = start_central_api(access_token_ttl=2)
    store = SessionOnlyCredentialStore()
    auth = make_auth(tmp_path, store, reference_repo)
    auth.sign_in(server.url, "orderer", "demo")
    stolen = store.load_refresh_token(server.url, "orderer") or ""
    assert raw_refresh(server, stolen).status_code == 200  # ours is now revoked
    time.sleep(2.5)
    with pytest.raises(SignInRequiredError) as caught:
        auth.current_client().get_json("/me")
    assert caught.value.status == 401
    assert caught.value.code in ("token_invalid", "token_expired")
    assert store.load_refresh_token(server.url, "orderer") is None


def test_sign_out_revokes_forgets_and_keeps_settings(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    store = SessionOnlyCredentialStore()
    auth = make_auth(tmp_path, store, reference_repo)
    auth.sign_in(demo_server.url, "orderer", "demo")
    refresh = store.load_refresh_token(demo_server.url, "orderer") or ""
    auth.sign_out()
    assert not auth.signed_in and auth.me is None
    assert store.load_refresh_token(demo_server.url, "orderer") is None
    assert reference_repo.me() is None
    assert raw_refresh(demo_server, refresh).status_code == 401  # revoked at the server
    with pytest.raises(NotSignedInError):
        auth.current_client()
    assert json.loads((tmp_path / "settings.json").read_text())["username"] == "orderer"
    auth.sign_out()  # twice is harmless


def test_sign_out_forgets_cached_spend_but_keeps_queued_orders_for_the_next_sign_in(
    orders_server: RunningServer,
    coffee_supplier: Supplier,
    tmp_path: Path,
    store_database: Database,
    reference_repo: ReferenceRepository,
) -> None:
    cache = SpendCache(store_database)
    auth = AuthService(
        SettingsStore(tmp_path), SessionOnlyCredentialStore(), reference_repo, spend_cache=cache
    )
    auth.sign_in(orders_server.url, "manager", "demo")
    spend = SpendSync(auth.current_client, cache, run_inline, lambda: "manager")
    figures = spend.refresh(SOLROSEN).figures
    cache.save("superuser", figures.report, figures.etag, figures.fetched_at)  # another user's
    queued = new_order(coffee_supplier)
    OrderRepository(store_database).place([queued], "manager")
    request = OfficeRequest("r-kept", SOLROSEN, "Sittdynor", datetime.now(UTC), Urgency.URGENT)
    SubmissionRepository(store_database).queue_request(request, "manager", datetime.now(UTC))

    auth.sign_out()

    assert cache.cached_units("manager") == [] and cache.load("manager", SOLROSEN) is None
    assert cache.cached_units("superuser") == [SOLROSEN]
    outbox = OutboxRepository(store_database)
    assert outbox.count("manager") == 2  # the order and the request: one outbox
    sender = OutboxSender(outbox, auth.current_client, lambda: auth.me and auth.me.username)
    assert sender.send_due().signed_out  # nothing goes out while nobody is signed in

    auth.sign_in(orders_server.url, "manager", "demo")
    assert sender.send_due().sent == 2
    assert outbox.count("manager") == 0
    follow_up(store_database, orders_server, "manager")  # the server has checked it
    entry = OrderRepository(store_database).entry(queued.order.id)
    assert entry is not None and entry.order.state is OrderState.SENT and entry.order.server_id
