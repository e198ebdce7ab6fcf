"""open_database without Alembic: a store already at the newest revision opens fast."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from desktop.storage.database import (
    StoreTooNewError,
    alembic_config,
    open_database,
    shipped_head,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_shipped_head_read_from_the_files_is_alembics() -> None:
    assert shipped_head() == ScriptDirectory.from_config(alembic_config(())).get_current_head()


def test_a_current_store_opens_without_importing_alembic(tmp_path: Path) -> None:
    store = tmp_path / "avrop.sqlite3"
    open_database(store).close()  # created and migrated: Alembic needed
    probe = (
        "import sys; from pathlib import Path; "
        "from desktop.storage.database import open_database; "
        f"open_database(Path({str(store)!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


def test_a_revision_the_files_do_not_know_still_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "avrop.sqlite3"
    open_database(store).close()
    conn = sqlite3.connect(store)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-a-newer-app'")
    conn.close()
    with pytest.raises(StoreTooNewError):
        open_database(store)
    conn = sqlite3.connect(store)
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    assert revision == "from-a-newer-app"
