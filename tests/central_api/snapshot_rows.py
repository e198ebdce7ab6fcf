"""The authorisation matrix's rows for ``/catalogue-snapshot``: a tiny real SQLite file
as the body, and a snapshot published first so that only the caller decides a GET."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from tests.central_api.helpers import bearer, sign_in


def snapshot(call: Any) -> bytes:
    """A real (tiny) SQLite file: the server takes a snapshot as an opaque database file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "snapshot.sqlite3"
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE t (n INTEGER)")
        con.commit()
        con.close()
        return path.read_bytes()


def snapshot_headers(call: Any) -> dict[str, str]:
    return {
        "Content-Type": "application/vnd.sqlite3",
        "X-Schema-Revision": "0012",
        "X-Catalogue-Lines": "0",
    }


def published_snapshot(call: Any) -> dict[str, str]:
    """Procurement publishes one first, so that only the caller decides the status."""
    headers = bearer(str(sign_in(call.client, "procurement")["access_token"]))
    response = call.client.put(
        "/catalogue-snapshot",
        content=snapshot(call),
        headers={**headers, **snapshot_headers(call)},
    )
    assert response.status_code == 200, response.text
    return {}
