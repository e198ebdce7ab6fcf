"""Opening the local store: SQLite in WAL mode, migrated to the newest schema at open.

``open_database`` backs the file up before it upgrades an existing store, and refuses a
store written by a newer app (one whose schema revision it does not know), so that a
downgrade never damages the user's queued orders.

Alembic is imported only when a store needs creating or upgrading: a store already at
the newest revision (every start but the first after an update) opens without it,
which keeps about a second off the start-up. SQLAlchemy itself is imported when a
store is opened, not with this module: the first paint of the Find page reads the store
with ``sqlite3`` alone (``desktop.storage.quick_store``).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from desktop.domain.errors import AvropError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

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
        from sqlalchemy.orm import sessionmaker

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
    from sqlalchemy import create_engine, event

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
    from alembic.config import Config

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


_REVISION_RE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(.+)$", re.MULTILINE)


def shipped_head() -> str | None:
    """The newest revision of the shipped migrations, read from their files without
    Alembic (None when they do not make one plain chain: then ask Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found: dict[str, str] = {}
        for match in _REVISION_RE.finditer(script.read_text("utf-8")):
            found[match.group(1)] = match.group(2)
        if "revision" not in found:
            continue
        revision, parent = found["revision"].strip(), found.get("down_revision", "None").strip()
        if not (revision[:1] in "\"'" and revision[-1:] == revision[:1]):
            return None
        revisions.add(revision[1:-1])
        if parent != "None":
            if not (parent[:1] in "\"'" and parent[-1:] == parent[:1]):
                return None  # a merge point (a tuple): not a plain chain
            parents.add(parent[1:-1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(engine: Engine, path: Path) -> str | None:
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DatabaseError as SqlDatabaseError

    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            rows: Sequence[Any] = []
            if "alembic_version" in tables:
                rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
            if len(rows) > 1:
                raise StoreUnreadableError(path, "it holds more than one schema version")
            if not rows and tables - {"alembic_version"}:
                raise StoreUnreadableError(path, "it holds tables but no Avrop schema version")
            return str(rows[0][0]) if rows else None
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
        current = _current_revision(engine, path)
        if extra_versions or current is None or current != shipped_head():
            _migrate(engine, path, current, extra_versions)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)


def _migrate(
    engine: Engine, path: Path, current: str | None, extra_versions: Sequence[Path]
) -> None:
    """Check ``current`` against the migrations and upgrade the store to their head."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    config = alembic_config(extra_versions)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError as exc:
            raise StoreTooNewError(path, current) from exc
    if current == head:
        return
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


class RunDb(Protocol):
    """Runs a function on the database thread and returns its result (or raises)."""

    def __call__(self, fn: Callable[[], T], /) -> T: ...


def run_inline(fn: Callable[[], T], /) -> T:
    """A ``RunDb`` for tests and scripts: calls ``fn`` on the calling thread."""
    return fn()
