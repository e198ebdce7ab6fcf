"""The reference central procurement API (FastAPI + SQLAlchemy)."""
