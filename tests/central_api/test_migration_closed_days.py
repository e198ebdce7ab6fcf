"""Server migration s0011: the hubs' and suppliers' closed days, beside the drop days
a server before it already kept (which stay as they were)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.central_api.migrating import migrate, upgrade_stored


def test_s0011_adds_closed_days_and_keeps_the_drop_days(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    migrate(url, "s0009")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO delivery_days VALUES ('u-hub', '1,3')")
    con.commit()
    con.close()
    upgrade_stored(url)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO closed_days VALUES ('u-hub', '2027-01-05', 'Inventering')")
    con.commit()
    assert con.execute("SELECT weekdays FROM delivery_days").fetchall() == [("1,3",)]
    assert con.execute("SELECT party_id, day FROM closed_days").fetchall() == [
        ("u-hub", "2027-01-05")
    ]
    con.close()
    migrate(url, "s0009", down=True)
    con = sqlite3.connect(path)
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    assert "closed_days" not in tables and "delivery_days" in tables
    assert con.execute("SELECT weekdays FROM delivery_days").fetchall() == [("1,3",)]
    con.close()
