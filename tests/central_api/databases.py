"""Which database the server tests run on: SQLite files, or PostgreSQL when
``AVROP_TEST_DATABASE_URL`` names a server (``postgresql+psycopg://user@host:port/postgres``,
a role that may create databases; ``.ci/postgres start`` makes one).

On PostgreSQL the seeded template is one database and every test gets its own copy
(``CREATE DATABASE … TEMPLATE``), dropped when the test ends: each test starts clean.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from central_api.config import DATABASE_FILE

ENV_VAR = "AVROP_TEST_DATABASE_URL"
_names = itertools.count()


def postgres_server_url() -> str | None:
    """The PostgreSQL server the tests use, or None for SQLite."""
    return os.environ.get(ENV_VAR) or None


def on_postgres() -> bool:
    return postgres_server_url() is not None


def _admin(statement: str) -> None:
    url = postgres_server_url()
    assert url is not None
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def _url_of(name: str) -> str:
    url = postgres_server_url()
    assert url is not None
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def create_database(template: str | None = None) -> str:
    """A new, empty (or copied from ``template``'s URL) PostgreSQL database; its URL."""
    name = f"avrop_test_{os.getpid()}_{next(_names)}"
    source = f" TEMPLATE {make_url(template).database}" if template else ""
    _admin(f"CREATE DATABASE {name}{source}")
    return _url_of(name)


def drop_database(url: str) -> None:
    _admin(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")


def fresh_database_url(template: Path | str, data_dir: Path) -> str | None:
    """A copy of ``template`` for one app: a file in ``data_dir`` (SQLite, returns None
    so the app uses its default file) or a new database (PostgreSQL, returns its URL)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if isinstance(template, Path):
        shutil.copyfile(template, data_dir / DATABASE_FILE)
        return None
    return create_database(template)


def release_database(url: str | None) -> None:
    """Drop a database made by ``fresh_database_url`` (nothing to do for SQLite)."""
    if url is not None:
        drop_database(url)
