"""The composition root: builds the services the UI works with, and closes them.

All database work runs on one thread (``db_executor``; ``run_db`` submits and waits),
network work on a small pool (``net_executor``). In demo mode the data lives apart
(``<data dir>/demo``) and a demo central API runs as a child process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.app_options import STORE_FILE as STORE_FILE  # the names stay importable here
from desktop.app_options import AppOptions as AppOptions
from desktop.app_options import data_dir_of as data_dir_of
from desktop.domain.demo_variants import demo_variant
from desktop.services.log_tail import LogTail
from desktop.settings import SETTINGS_FILE, Settings, SettingsStore

if TYPE_CHECKING:
    from desktop.remote.auth import AuthService
    from desktop.remote.credentials import CredentialStore
    from desktop.remote.demo_server import DemoServer
    from desktop.remote.heartbeat import DeviceHeartbeat
    from desktop.remote.order_sync import OrderSync
    from desktop.remote.outbox_sender import OutboxSender
    from desktop.remote.picture_sync import PictureSync
    from desktop.remote.reference_sync import ReferenceSync
    from desktop.remote.spend_sync import SpendSync
    from desktop.services.find import FindService
    from desktop.services.notify import Notifier
    from desktop.services.ordering import OrderService
    from desktop.services.reorder import ReorderService
    from desktop.services.requests import RequestService
    from desktop.services.support import SupportService
    from desktop.services.sync import AfterSync
    from desktop.services.templates import TemplateService
    from desktop.storage.database import Database, RunDb
    from desktop.storage.outbox_repo import OutboxRepository
    from desktop.storage.reference_repo import ReferenceRepository

log = logging.getLogger(__name__)

T = TypeVar("T")

DEMO_CREDENTIALS = ("orderer", "demo")
DB_THREAD_PREFIX = "avrop-db"


@dataclass(frozen=True)
class Services:
    """Everything the UI needs, built once and wired together. Call ``close()`` once at
    exit. The UI receives this object and builds no repository, service or sender."""

    options: AppOptions
    settings_store: SettingsStore
    data_dir: Path
    database: Database
    reference: ReferenceRepository
    credentials: CredentialStore
    auth: AuthService
    sync: ReferenceSync
    after_sync: AfterSync
    find: FindService
    requests: RequestService
    ordering: OrderService
    order_follow_up: OrderSync
    outbox: OutboxRepository  # the one outbox: orders, office requests, call-offs, …
    outbox_sender: OutboxSender  # the one sender (started at sign-in by the UI)
    outbox_changed: Notifier  # called (on the sender's thread) when an entry moved
    requests_changed: Notifier  # the same moments, for the views of office requests
    heartbeat: DeviceHeartbeat  # after a sync and whenever the outbox changes
    spend: SpendSync
    support: SupportService
    templates: TemplateService
    reorder: ReorderService  # "Order again" from an earlier order
    pictures: PictureSync  # item pictures, after the catalogues (files in data_dir/pictures)
    db_executor: ThreadPoolExecutor
    net_executor: ThreadPoolExecutor
    run_db: RunDb
    demo_server: DemoServer | None = None
    demo_credentials: tuple[str, str] | None = None
    _closed: threading.Event = field(default_factory=threading.Event, repr=False)

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

    def signed_in_username(self) -> str | None:
        """The user whose work the senders send (None when signed out)."""
        me = self.auth.me
        return me.username if me is not None and self.auth.signed_in else None

    def close(self) -> None:
        """Stop the senders, wait for running work, close the store, stop the demo
        server. Idempotent."""
        if self._closed.is_set():
            return
        self._closed.set()
        self.pictures.stop()  # a first picture sync may have thousands to go
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


@dataclass(frozen=True)
class _UseCases:
    """The services over one store and one session (see ``_build_use_cases``)."""

    after_sync: AfterSync
    find: FindService
    requests: RequestService
    ordering: OrderService
    order_follow_up: OrderSync
    outbox: OutboxRepository
    outbox_sender: OutboxSender
    outbox_changed: Notifier
    requests_changed: Notifier
    heartbeat: DeviceHeartbeat
    spend: SpendSync
    support: SupportService
    templates: TemplateService
    reorder: ReorderService
    pictures: PictureSync


LOG_TAIL = LogTail()


def _build_use_cases(
    database: Database,
    reference: ReferenceRepository,
    auth: AuthService,
    settings: SettingsStore,
    run_db: RunDb,
    work_dir: Path,
) -> _UseCases:
    """Every repository, service and sender the UI uses: each built once, here."""
    from desktop.remote.guidance_sync import GuidanceSync
    from desktop.remote.heartbeat import DeviceHeartbeat
    from desktop.remote.order_sync import OrderSync
    from desktop.remote.outbox_sender import OutboxSender
    from desktop.remote.picture_sync import PictureSync
    from desktop.remote.reference_sync import STEP_SUPPLIERS
    from desktop.remote.spend_sync import SpendSync
    from desktop.services.favourites import FavouritesService
    from desktop.services.find import FindService
    from desktop.services.notify import Notifier
    from desktop.services.ordering import OrderService
    from desktop.services.reorder import ReorderService
    from desktop.services.requests import RequestService
    from desktop.services.support import SupportService
    from desktop.services.sync import AfterSync
    from desktop.services.templates import TemplateService
    from desktop.storage.cart_repo import CartRepository
    from desktop.storage.favourite_repo import FavouriteRepository
    from desktop.storage.guidance_choices import OffAgreementChoices
    from desktop.storage.guidance_repo import GuidanceRepository
    from desktop.storage.guidance_submissions import SubmissionRepository
    from desktop.storage.order_repo import OrderRepository
    from desktop.storage.order_settings_repo import OrderSettingsRepository
    from desktop.storage.outbox_repo import OutboxRepository
    from desktop.storage.picture_repo import PictureRepository
    from desktop.storage.spend_cache import SpendCache
    from desktop.storage.support_outbox import SupportOutbox

    client = auth.current_client

    def username() -> str | None:
        me = auth.me
        return me.username if me is not None else None

    def signed_in_username() -> str | None:
        return username() if auth.signed_in else None

    outbox = OutboxRepository(database)
    submissions = SubmissionRepository(database)
    guidance = GuidanceRepository(database)
    choices = OffAgreementChoices(database)
    outbox_changed, requests_changed = Notifier(), Notifier()
    # The one sender for orders, office requests and call-offs: a change tells both.
    outbox_sender = OutboxSender(outbox, client, signed_in_username, run_db=run_db)
    outbox_sender.add_listener(outbox_changed)
    outbox_sender.add_listener(requests_changed)
    ordering = OrderService(
        CartRepository(database),
        OrderRepository(database),
        outbox,
        reference,
        OrderSettingsRepository(database),
        on_placed=outbox_sender.wake,
        choices=choices,
    )

    def apply_synonyms(language: str, mapping: Mapping[str, tuple[str, ...]]) -> None:
        find.store.set_synonyms(language, mapping)

    guidance_sync = GuidanceSync(
        client, guidance, submissions, run_db, username, apply_synonyms=apply_synonyms
    )
    requests = RequestService(submissions, username)
    favourites = FavouritesService(
        FavouriteRepository(database),
        username,  # kept per user, across sign-outs
        lambda supplier_id, seller_item_id: find.item_by_article(supplier_id, seller_item_id),
    )
    find = FindService(
        database,
        reference,
        run_db,
        client,
        username,
        work_dir,
        guidance=guidance,
        requests=requests,
        choices=choices,
        orders=ordering,
        sender=outbox_sender,
        guidance_sync=guidance_sync,
        favourites=favourites,
    )

    def last_sync() -> datetime | None:
        state = reference.sync_state(STEP_SUPPLIERS)  # the last step of a sync
        return state.synced_at if state is not None else None

    waiting = SupportOutbox(database)
    heartbeat = DeviceHeartbeat(
        client,
        settings,
        outbox,
        run_db=run_db,
        username=signed_in_username,
        last_sync=last_sync,
        waiting=waiting,
    )
    outbox_sender.add_listener(heartbeat.outbox_changed)  # sent when the outbox changes
    LOG_TAIL.install()
    support = SupportService(
        client, username, settings, waiting, LOG_TAIL, run_db, secrets=auth.held_secrets
    )
    return _UseCases(
        after_sync=AfterSync(heartbeat),
        find=find,
        requests=requests,
        ordering=ordering,
        order_follow_up=OrderSync(
            client, ordering.orders, reference, ordering.settings, run_db=run_db
        ),
        outbox=outbox,
        outbox_sender=outbox_sender,
        outbox_changed=outbox_changed,
        requests_changed=requests_changed,
        heartbeat=heartbeat,
        spend=SpendSync(client, SpendCache(database), run_db, username),
        support=support,
        templates=TemplateService(client, find),
        reorder=ReorderService(find, ordering),
        pictures=PictureSync(
            client, PictureRepository(database), reference, run_db, work_dir.parent / "pictures"
        ),
    )


def build_services(options: AppOptions) -> Services:
    """Open the store (migrating it), wire the services; start the demo server if asked.

    Raises ``StoreTooNewError`` and the other store errors, ``DemoServerError``.
    Imports what it builds (SQLAlchemy, keyring, requests …) only now: the first paint
    (``desktop.ui.shell.startup``) comes before.
    """
    from desktop.remote.auth import AuthService
    from desktop.remote.credentials import CredentialStore
    from desktop.remote.demo_server import DemoServer
    from desktop.remote.reference_sync import ReferenceSync
    from desktop.storage.database import open_database
    from desktop.storage.reference_repo import ReferenceRepository
    from desktop.storage.spend_cache import SpendCache

    data_dir = data_dir_of(options)
    variant = demo_variant(options.demo_variant)
    first_start = not (data_dir / SETTINGS_FILE).exists()
    settings = SettingsStore(data_dir)
    if options.demo and first_start:
        settings.update(language=variant.language)  # still changeable in Settings
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
        use_cases = _build_use_cases(
            database, reference, auth, settings, run_db, data_dir / "downloads"
        )
        if options.demo:
            # The demo server's port changes every run: keep no keyring entries for it.
            auth.use_session_only()
            demo_server = DemoServer(data_dir, variant=variant.code)
            demo_server.start()
    except BaseException:
        net_executor.shutdown(wait=False, cancel_futures=True)
        db_executor.shutdown(wait=False, cancel_futures=True)
        database.close()
        if demo_server is not None:
            demo_server.stop()
        raise
    use_cases.heartbeat.start()
    return Services(
        options=options,
        settings_store=settings,
        data_dir=data_dir,
        database=database,
        reference=reference,
        credentials=credentials,
        auth=auth,
        sync=sync,
        after_sync=use_cases.after_sync,
        find=use_cases.find,
        requests=use_cases.requests,
        ordering=use_cases.ordering,
        order_follow_up=use_cases.order_follow_up,
        outbox=use_cases.outbox,
        outbox_sender=use_cases.outbox_sender,
        outbox_changed=use_cases.outbox_changed,
        requests_changed=use_cases.requests_changed,
        heartbeat=use_cases.heartbeat,
        spend=use_cases.spend,
        support=use_cases.support,
        templates=use_cases.templates,
        reorder=use_cases.reorder,
        pictures=use_cases.pictures,
        db_executor=db_executor,
        net_executor=net_executor,
        run_db=run_db,
        demo_server=demo_server,
        demo_credentials=DEMO_CREDENTIALS if options.demo else None,
    )
