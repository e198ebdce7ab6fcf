"""build_services: the wiring, the database thread, closing, and the demo mode."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.app import STORE_FILE, AppOptions, build_services
from desktop.remote.connectivity import check_online
from desktop.storage.database import StoreTooNewError, open_database


def test_services_are_wired_on_the_data_dir(tmp_path: Path) -> None:
    services = build_services(AppOptions(data_dir=tmp_path, server_url="https://x.example"))
    try:
        assert services.data_dir == tmp_path
        assert services.database.path == (tmp_path / STORE_FILE).resolve()
        assert services.demo_server is None and services.demo_credentials is None
        assert services.server_url == "https://x.example"
        assert services.language == "system"
        assert services.settings is services.settings_store.current
        assert not services.auth.signed_in

        assert services.run_db(lambda: threading.current_thread().name).startswith("avrop-db")
        nested = services.run_db(lambda: services.run_db(lambda: 42))  # no deadlock
        assert nested == 42
        name = services.net_executor.submit(lambda: threading.current_thread().name).result()
        assert name.startswith("avrop-net")
        assert services.run_db(services.reference.units) == []
    finally:
        services.close()
    services.close()  # idempotent
    with pytest.raises(RuntimeError):
        services.db_executor.submit(lambda: None)


def test_language_option_overrides_the_setting(tmp_path: Path) -> None:
    services = build_services(AppOptions(data_dir=tmp_path, language="da"))
    try:
        services.settings_store.update(language="sv")
        assert services.language == "da"
    finally:
        services.close()


def test_a_store_from_a_newer_app_stops_the_build(tmp_path: Path) -> None:
    open_database(tmp_path / STORE_FILE).close()
    con = sqlite3.connect(tmp_path / STORE_FILE)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(StoreTooNewError):
        build_services(AppOptions(data_dir=tmp_path))
    leftover = {t.name for t in threading.enumerate()} - before
    assert not {n for n in leftover if n.startswith("avrop-")}


@pytest.mark.slow
def test_demo_mode_starts_a_server_in_its_own_folder(tmp_path: Path) -> None:
    services = build_services(AppOptions(data_dir=tmp_path, demo=True))
    try:
        assert services.data_dir == tmp_path / "demo"
        assert services.demo_server is not None and services.demo_server.running
        assert services.demo_credentials == ("orderer", "demo")
        assert services.auth.session_only  # the port changes each run: no keyring entries
        url = services.server_url
        assert check_online(url)
        user, password = services.demo_credentials
        me = services.net_executor.submit(services.auth.sign_in, url, user, password).result()
        assert me.username == "orderer"
        report = services.net_executor.submit(services.sync.sync).result()
        assert report.change("units") is not None
        assert services.run_db(lambda: services.reference.unit("u-skola-norr")) is not None
    finally:
        services.close()
    assert not check_online(url, timeout=1.0)
    assert not (tmp_path / STORE_FILE).exists()  # the real store is untouched by the demo


def test_each_service_and_sender_is_built_once_and_shared(tmp_path: Path) -> None:
    """The composition root: Find and Cart share one OrderService; placing an order wakes
    the one outbox sender; the senders' notifiers reach the subscribed windows."""
    import dataclasses

    services = build_services(AppOptions(data_dir=tmp_path))
    try:
        assert services.find.orders is services.ordering
        assert services.find.sender is services.outbox_sender
        assert services.ordering.on_placed == services.outbox_sender.wake
        assert services.ordering.choices is services.find.choices
        with pytest.raises(dataclasses.FrozenInstanceError):
            services.ordering = services.ordering  # type: ignore[misc]
        heard: list[str] = []
        services.outbox_changed.subscribe(lambda: heard.append("outbox"))
        services.requests_changed.subscribe(lambda: heard.append("requests"))
        services.outbox_changed()
        services.requests_changed()
        assert heard == ["outbox", "requests"]
    finally:
        services.close()
    assert not services.outbox_sender.running
