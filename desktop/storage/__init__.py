"""Local store: SQLAlchemy 2 on SQLite (WAL), Alembic migrations, full-text search."""
