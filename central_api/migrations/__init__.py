"""Alembic migrations of the central API database (run to head at start-up)."""
