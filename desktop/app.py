"""The composition root: builds the services the UI works with, and closes them.

All database work runs on one thread (``db_executor``; ``run_db`` submits and waits),
network work on a small pool (``net_executor``). In demo mode the data lives apart
(``<data dir>/demo``) and a demo central API runs as a child process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from desktop.remote.auth import AuthService
from desktop.remote.credentials import CredentialStore
from desktop.remote.demo_server import DemoServer
from desktop.remote.heartbeat import DeviceHeartbeat
from desktop.remote.outbox_sender import OutboxSender
from desktop.remote.reference_sync import STEP_SUPPLIERS, ReferenceSync
from desktop.settings import Settings, SettingsStore, resolve_data_dir
from desktop.storage.database import Database, RunDb, open_database
from desktop.storage.outbox_repo import OutboxRepository
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.spend_cache import SpendCache

log = logging.getLogger(__name__)

T = TypeVar("T")

STORE_FILE = "avrop.sqlite3"
DEMO_CREDENTIALS = ("orderer", "demo")
DB_THREAD_PREFIX = "avrop-db"


@dataclass(frozen=True)
class AppOptions:
    """What the command line asked for (``None``: take it from the settings)."""

    data_dir: Path | None = None
    demo: bool = False
    server_url: str | None = None
    language: str | None = None


@dataclass
class Services:
    """Everything the UI needs, wired together. Call ``close()`` once at exit."""

    options: AppOptions
    settings_store: SettingsStore
    data_dir: Path
    database: Database
    reference: ReferenceRepository
    credentials: CredentialStore
    auth: AuthService
    sync: ReferenceSync
    db_executor: ThreadPoolExecutor
    net_executor: ThreadPoolExecutor
    run_db: RunDb
    outbox: OutboxRepository  # the one outbox: orders, office requests, call-offs, …
    outbox_sender: OutboxSender  # the one sender (started at sign-in by the UI)
    heartbeat: DeviceHeartbeat  # after a sync and whenever the outbox changes
    demo_server: DemoServer | None = None
    demo_credentials: tuple[str, str] | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def settings(self) -> Settings:
        """The live settings (change them with ``settings_store.update(...)``)."""
        return self.settings_store.current

    @property
    def server_url(self) -> str:
        """The server to sign in to: ``--server``, the demo server, or the last one used."""
        if self.demo_server is not None:
            return self.demo_server.url
        return self.options.server_url or self.settings.server_url

    @property
    def language(self) -> str:
        """``--language`` for this run, else the setting (``"system"``: follow the OS)."""
        return self.options.language or self.settings.language

    def close(self) -> None:
        """Wait for running work, close the store, stop the demo server. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.outbox_sender.stop(timeout=5.0)
        self.heartbeat.stop(timeout=1.0)
        self.net_executor.shutdown(wait=True, cancel_futures=True)
        self.db_executor.shutdown(wait=True, cancel_futures=False)
        self.database.close()
        if self.demo_server is not None:
            self.demo_server.stop()


def make_run_db(executor: ThreadPoolExecutor) -> RunDb:
    """``run_db(fn)``: run ``fn`` on the database thread and wait for its result.

    Called on the database thread itself it runs ``fn`` directly (no deadlock).
    """

    def run_db(fn: Callable[[], T], /) -> T:
        if threading.current_thread().name.startswith(DB_THREAD_PREFIX):
            return fn()
        return executor.submit(fn).result()

    return run_db


def _build_outbox(
    database: Database,
    auth: AuthService,
    reference: ReferenceRepository,
    settings: SettingsStore,
    run_db: RunDb,
) -> tuple[OutboxRepository, OutboxSender, DeviceHeartbeat]:
    """The one outbox, its one sender and the heartbeat that follows its length."""

    def username() -> str | None:
        me = auth.me
        return me.username if me is not None and auth.signed_in else None

    def last_sync() -> datetime | None:
        state = reference.sync_state(STEP_SUPPLIERS)  # the last step of a sync
        return state.synced_at if state is not None else None

    outbox = OutboxRepository(database)
    sender = OutboxSender(outbox, auth.current_client, username, run_db=run_db)
    heartbeat = DeviceHeartbeat(
        auth.current_client,
        settings,
        outbox,
        run_db=run_db,
        username=username,
        last_sync=last_sync,
    )
    sender.add_listener(heartbeat.outbox_changed)
    return outbox, sender, heartbeat


def build_services(options: AppOptions) -> Services:
    """Open the store (migrating it), wire the services; start the demo server if asked.

    Raises ``StoreTooNewError`` and the other store errors, ``DemoServerError``.
    """
    data_dir = resolve_data_dir(str(options.data_dir) if options.data_dir else None)
    if options.demo:
        data_dir = resolve_data_dir(str(data_dir / "demo"))
    settings = SettingsStore(data_dir)
    database = open_database(data_dir / STORE_FILE)
    db_executor = ThreadPoolExecutor(1, thread_name_prefix=DB_THREAD_PREFIX)
    net_executor = ThreadPoolExecutor(4, thread_name_prefix="avrop-net")
    run_db = make_run_db(db_executor)
    demo_server: DemoServer | None = None
    try:
        reference = ReferenceRepository(database)
        credentials = CredentialStore()
        auth = AuthService(
            settings, credentials, reference, run_db=run_db, spend_cache=SpendCache(database)
        )
        sync = ReferenceSync(auth.current_client, reference, run_db)
        outbox, sender, heartbeat = _build_outbox(database, auth, reference, settings, run_db)
        if options.demo:
            # The demo server's port changes every run: keep no keyring entries for it.
            auth.use_session_only()
            demo_server = DemoServer(data_dir)
            demo_server.start()
    except BaseException:
        net_executor.shutdown(wait=False, cancel_futures=True)
        db_executor.shutdown(wait=False, cancel_futures=True)
        database.close()
        if demo_server is not None:
            demo_server.stop()
        raise
    heartbeat.start()
    return Services(
        options=options,
        settings_store=settings,
        data_dir=data_dir,
        database=database,
        reference=reference,
        credentials=credentials,
        auth=auth,
        sync=sync,
        db_executor=db_executor,
        net_executor=net_executor,
        run_db=run_db,
        outbox=outbox,
        outbox_sender=sender,
        heartbeat=heartbeat,
        demo_server=demo_server,
        demo_credentials=DEMO_CREDENTIALS if options.demo else None,
    )
