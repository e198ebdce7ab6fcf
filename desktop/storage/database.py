"""Opening the local store: SQLite in WAL mode, migrated to the newest schema at open.

``open_database`` backs the file up before it upgrades an existing store, and refuses a
store written by a newer app (one whose schema revision it does not know), so that a
downgrade never damages the user's queued orders.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import AvropError

log = logging.getLogger(__name__)

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


class StoreTooNewError(AvropError):
    """The store was written by a newer Avrop; this one must not touch it."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            "store_too_new",
            f"The local store {path} was made by a newer version of Avrop (schema "
            f"{revision}). Install that version or newer to open it.",
        )
        self.path = path
        self.revision = revision


class StoreUnreadableError(AvropError):
    """The file is not an Avrop store (not SQLite, damaged, or someone else's database)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__("store_unreadable", f"The local store {path} cannot be read: {detail}")
        self.path = path


class StoreMigrationError(AvropError):
    """Upgrading the store failed; it is left as it was (and a backup exists)."""

    def __init__(self, path: Path, backup: Path | None, detail: str) -> None:
        where = f" A backup is at {backup}." if backup else ""
        super().__init__(
            "store_migration_failed",
            f"The local store {path} could not be upgraded: {detail}.{where}",
        )
        self.path = path
        self.backup = backup


class Database:
    """An open local store. Use ``session()`` for a unit of work; ``close()`` when done."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see "begin").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a placed order survives a power cut
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def alembic_config(extra_versions: Sequence[Path] = ()) -> Config:
    """The Alembic configuration of the store's migrations (plus ``extra_versions``)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    locations = [MIGRATIONS_DIR / "versions", *extra_versions]
    config.set_main_option("version_locations", " ".join(str(p) for p in locations))
    config.set_main_option("path_separator", "space")
    return config


def backup_store(path: Path, revision: str) -> Path:
    """Copy the store consistently (SQLite's backup API, WAL included) beside itself."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.backup-{revision}-{stamp}-{n}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _current_revision(engine: Engine, path: Path) -> str | None:
    try:
        with engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            if revision is None and inspect(conn).get_table_names():
                raise StoreUnreadableError(path, "it holds tables but no Avrop schema version")
            return revision
    except SqlDatabaseError as exc:
        raise StoreUnreadableError(path, str(exc.orig)) from exc


def open_database(path: Path, *, extra_versions: Sequence[Path] = ()) -> Database:
    """Open (creating if needed) the store at ``path`` and migrate it to the newest schema.

    ``extra_versions`` adds folders of migration scripts (tests use it to simulate a
    later release). Raises ``StoreTooNewError``, ``StoreUnreadableError`` or
    ``StoreMigrationError``.
    """
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _make_engine(path)
    try:
        config = alembic_config(extra_versions)
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
        current = _current_revision(engine, path)
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError as exc:
                raise StoreTooNewError(path, current) from exc
        if current != head:
            backup = backup_store(path, current) if current is not None else None
            if backup:
                log.info("store: backed up schema %s to %s before upgrading", current, backup)
            try:
                with engine.begin() as conn:
                    config.attributes["connection"] = conn
                    command.upgrade(config, "head")
            except Exception as exc:
                raise StoreMigrationError(path, backup, str(exc)) from exc
            log.info("store: %s upgraded from %s to %s", path, current, head)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)


class RunDb(Protocol):
    """Runs a function on the database thread and returns its result (or raises)."""

    def __call__(self, fn: Callable[[], T], /) -> T: ...


def run_inline(fn: Callable[[], T], /) -> T:
    """A ``RunDb`` for tests and scripts: calls ``fn`` on the calling thread."""
    return fn()
