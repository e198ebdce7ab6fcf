"""PEPPOL codes: stored units and eco labels move to the official code lists.

A unit that is not in UN/ECE Rec 20 but whose Rec 21 packaging code is (``PK`` →
``XPK``) and Avrop's own label codes (``NordicSwan`` → ``SVANEN``, …) are rewritten in
catalogue lines, cart lines, orders (every line) and the PEPPOL documents of orders
that have not left yet (outbox entries never attempted, so that a send that may have
reached the server is repeated with the same bytes). See ``desktop.domain.legacy_codes``.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.domain.legacy_codes import official_label, official_unit, official_units_in_xml

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

UNIT_SEP, RECORD_SEP = "\x1f", "\x1e"


def upgrade() -> None:
    conn = op.get_bind()
    _catalogue_units(conn)
    _catalogue_labels(conn)
    _payloads(conn, "cart_lines", "rowid", _cart_line)
    _payloads(conn, "orders", "id", _order)
    _outbox_documents(conn)


def downgrade() -> None:
    """Nothing to undo: the official codes mean what the old ones meant."""


def _catalogue_units(conn: sa.Connection) -> None:
    for column in ("unit_code", "content_unit_code"):
        codes = conn.execute(sa.text(f"SELECT DISTINCT {column} FROM catalogue_items")).scalars()
        for code in list(codes):
            new = official_unit(code) if code else code
            if new != code:
                conn.execute(
                    sa.text(f"UPDATE catalogue_items SET {column} = :new WHERE {column} = :old"),
                    {"new": new, "old": code},
                )


def certificates_text(text: str) -> str:
    """The stored certificates (``code␟name`` records) with official label codes."""
    records = []
    for record in text.split(RECORD_SEP):
        code, sep, name = record.partition(UNIT_SEP)
        records.append(f"{official_label(code, name)}{sep}{name}" if sep else record)
    return RECORD_SEP.join(records)


def _catalogue_labels(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text("SELECT item_id, certificates FROM catalogue_items WHERE certificates != ''")
    ).all()
    for item_id, text in rows:
        new = certificates_text(text)
        if new != text:
            conn.execute(
                sa.text("UPDATE catalogue_items SET certificates = :c WHERE item_id = :i"),
                {"c": new, "i": item_id},
            )


def _cart_line(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, "unit_code": official_unit(payload.get("unit_code") or "")}


def _order(payload: dict[str, Any]) -> dict[str, Any]:
    lines = [
        {**line, "unit_code": official_unit(line.get("unit_code") or "")}
        for line in payload.get("lines") or []
    ]
    return {**payload, "lines": lines}


def _payloads(conn: sa.Connection, table: str, key: str, change: Any) -> None:
    rows = conn.execute(sa.text(f"SELECT {key}, payload FROM {table}")).all()
    for row_key, raw in rows:
        payload = json.loads(raw) if isinstance(raw, str | bytes) else raw
        new = change(payload)
        if new != payload:
            conn.execute(
                sa.text(f"UPDATE {table} SET payload = :p WHERE {key} = :k"),
                {"p": json.dumps(new, ensure_ascii=False), "k": row_key},
            )


def _outbox_documents(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text("SELECT order_id, body FROM outbox WHERE attempts = 0 AND NOT in_flight")
    ).all()
    for order_id, body in rows:
        data = json.loads(body)
        document = data.get("document")
        if not isinstance(document, str):
            continue
        new = official_units_in_xml(document)
        if new != document:
            data["document"] = new
            raw = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
            conn.execute(
                sa.text("UPDATE outbox SET body = :b WHERE order_id = :o"),
                {"b": raw, "o": order_id},
            )
