"""End to end: the real central API process, the real keyring, a real store on disk.

Sign in, sync, "restart" with the server gone (offline start from the store), check no
secret reached a file; and sign-out removes the keyring entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop.app import AppOptions, Services, build_services
from desktop.remote.credentials import SERVICE, account_name
from tests.desktop.remote.keyring_support import real_keyring
from tests.fixtures.central_api_server import StartCentralApi

pytestmark = [pytest.mark.e2e, pytest.mark.keyring]

PASSWORD = "demo"


@pytest.fixture
def built(tmp_path: Path) -> Iterator[list[Services]]:
    """Services built in a test, all closed at teardown."""
    made: list[Services] = []
    yield made
    for services in made:
        services.close()


def build(made: list[Services], data_dir: Path) -> Services:
    services = build_services(AppOptions(data_dir=data_dir))
    made.append(services)
    return services


def test_sign_in_sync_then_start_offline_without_leaking_secrets(
    start_central_api: StartCentralApi, tmp_path: Path, built: list[Services]
) -> None:
    real_keyring()
    server = start_central_api()
    data_dir = tmp_path / "data"
    services = build(built, data_dir)
    auth = services.auth
    try:
        me = services.net_executor.submit(auth.sign_in, server.url, "orderer", PASSWORD).result()
        assert me.username == "orderer"
        account = account_name(server.url, "orderer")
        first_refresh = keyring.get_password(SERVICE, account)
        assert first_refresh
        # The access token is held in memory only; read it there to search the files for it.
        access, live_refresh = auth._tokens.current() if auth._tokens else (None, None)
        assert access and live_refresh == first_refresh

        report = services.net_executor.submit(services.sync.sync).result()
        assert report.changed
        units = services.run_db(services.reference.units)
        agreements = services.run_db(services.reference.agreements)
        suppliers = services.run_db(services.reference.suppliers)
        assert {"u-forskola-solrosen", "u-forskola-eken", "u-hub"} <= {u.id for u in units}
        assert {"a-coffee", "a-bakery", "a-furniture"} <= {a.id for a in agreements}
        assert "s-coffee-1" in {s.id for s in suppliers}
        services.close()

        # The server goes away; the app starts again on the same data folder.
        server.stop()
        again = build(built, data_dir)
        result = again.net_executor.submit(again.auth.restore).result()
        assert result is not None and result.online is False and result.me == me
        assert again.run_db(again.reference.units) == units
        assert again.run_db(again.reference.agreements) == agreements
        assert again.run_db(again.reference.suppliers) == suppliers
        again.close()

        secrets = {"password": PASSWORD, "access token": access, "refresh token": first_refresh}
        files = [p for p in data_dir.rglob("*") if p.is_file()]
        assert any(p.name.endswith(".sqlite3") for p in files)
        for path in files:
            content = path.read_bytes()
            for what, value in secrets.items():
                assert value.encode() not in content, f"{what} found in {path}"
    finally:
        if keyring.get_password(SERVICE, account_name(server.url, "orderer")):
            keyring.delete_password(SERVICE, account_name(server.url, "orderer"))


def test_sign_out_deletes_the_keyring_entry(
    start_central_api: StartCentralApi, tmp_path: Path, built: list[Services]
) -> None:
    real_keyring()
    server = start_central_api()
    services = build(built, tmp_path / "data")
    account = account_name(server.url, "manager")
    try:
        services.net_executor.submit(
            services.auth.sign_in, server.url, "manager", PASSWORD
        ).result()
        assert keyring.get_password(SERVICE, account)
        services.net_executor.submit(services.auth.sign_out).result()
        assert keyring.get_password(SERVICE, account) is None
        assert services.net_executor.submit(services.auth.restore).result() is None
    finally:
        if keyring.get_password(SERVICE, account):
            keyring.delete_password(SERVICE, account)
