"""Alembic migrations of the local store (run by ``open_database``, never by hand)."""
