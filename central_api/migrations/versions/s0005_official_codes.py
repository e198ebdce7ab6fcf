"""PEPPOL codes: stored data moves to the official code lists; substituted items.

* ``order_lines``: a unit outside UN/ECE Rec 20 whose Rec 21 packaging code is in the
  official list moves to it (``PK`` → ``XPK``); new columns ``substitute_item_id`` and
  ``substitute_name`` keep the item a supplier delivers instead (CA response). The
  order and response documents stay exactly as received.
* ``catalogue_documents``: each kept catalogue is rewritten as Avrop writes now
  (official units and labels, the forms the PEPPOL rules accept) with a new ETag, so
  the apps fetch it again. One that cannot be read is left as it was.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.domain.legacy_codes import official_unit
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.legacy_catalogue import official_catalogue_xml

revision: str = "s0005"
down_revision: str | None = "s0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("order_lines") as batch:
        batch.add_column(sa.Column("substitute_item_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("substitute_name", sa.String(300), nullable=True))
    conn = op.get_bind()
    for code in list(conn.execute(sa.text("SELECT DISTINCT unit_code FROM order_lines")).scalars()):
        new = official_unit(code)
        if new != code:
            conn.execute(
                sa.text("UPDATE order_lines SET unit_code = :new WHERE unit_code = :old"),
                {"new": new, "old": code},
            )
    _catalogues(conn)


def downgrade() -> None:
    with op.batch_alter_table("order_lines") as batch:
        batch.drop_column("substitute_name")
        batch.drop_column("substitute_item_id")


def _catalogues(conn: sa.Connection) -> None:
    suppliers = conn.execute(sa.text("SELECT supplier_id FROM catalogue_documents")).scalars()
    for supplier_id in list(suppliers):
        blob = conn.execute(
            sa.text("SELECT xml_gzip FROM catalogue_documents WHERE supplier_id = :s"),
            {"s": supplier_id},
        ).scalar_one()
        try:
            xml, count = official_catalogue_xml(gzip.decompress(blob), supplier_id)
        except (PeppolDocumentError, OSError, ValueError):
            continue  # unreadable: kept as it was, the supplier publishes again
        new_blob = gzip.compress(xml, compresslevel=6, mtime=0)
        if new_blob == blob:
            continue
        conn.execute(
            sa.text(
                "UPDATE catalogue_documents SET xml_gzip = :b, xml_bytes = :n, line_count = :c, "
                "etag = :e WHERE supplier_id = :s"
            ),
            {
                "b": new_blob,
                "n": len(xml),
                "c": count,
                "e": '"' + hashlib.sha256(new_blob).hexdigest()[:40] + '"',
                "s": supplier_id,
            },
        )
