"""Moving a test database between server schema revisions (the migration tests)."""

from __future__ import annotations

from alembic import command

from central_api.db import alembic_config, create_db_engine, upgrade_to_head


def migrate(url: str, target: str, *, down: bool = False) -> None:
    """Upgrade (or, with ``down``, downgrade) the database at ``url`` to ``target``."""
    engine = create_db_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
    engine.dispose()


def upgrade_stored(url: str) -> None:
    """Upgrade a stored database to head as the server does when it starts."""
    engine = create_db_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
