"""Plain-Python domain model: no Qt, no SQLAlchemy, no requests, nothing else of the project."""
