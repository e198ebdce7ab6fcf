"""Settings of one central API instance."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DEFAULT_ACCESS_TOKEN_TTL_S = 15 * 60
DEFAULT_REFRESH_TOKEN_TTL_S = 30 * 24 * 3600
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
DATABASE_FILE = "central.sqlite3"
DEFAULT_SIGN_IN_WINDOW_S = 15 * 60
DEFAULT_SIGN_IN_FAILURES_PER_USER = 10
DEFAULT_SIGN_IN_FAILURES_PER_ADDRESS = 100
DEFAULT_CLEANUP_INTERVAL_S = 3600


def _env_int(name: str, default: int) -> int:
    """An integer setting from the environment (e.g. ``AVROP_SIGN_IN_WINDOW_S``)."""
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class ServerConfig:
    """What ``create_app`` needs: where data lives, token lifetimes, limits, demo seeding.

    ``database_url`` overrides the default SQLite file ``<data_dir>/central.sqlite3``
    (e.g. ``postgresql+psycopg://user@host/avrop``). ``demo_today`` fixes the "today"
    the demo municipality's dates are generated around (default: the day it is seeded).
    At most ``sign_in_failures_per_user`` / ``sign_in_failures_per_address`` failed
    sign-ins per ``sign_in_window_s`` (defaults from the environment:
    ``AVROP_SIGN_IN_FAILURES_PER_USER``, ``AVROP_SIGN_IN_FAILURES_PER_ADDRESS``,
    ``AVROP_SIGN_IN_WINDOW_S``); expired tokens and ended throttle windows are purged
    every ``cleanup_interval_s``. ``validator_processes``: how many order validator
    processes ``avrop-central-api`` runs beside the workers (PostgreSQL); 0 (the default,
    and always on SQLite) runs one validator thread in each worker process instead.
    """

    data_dir: Path
    database_url: str | None = None
    access_token_ttl_s: int = DEFAULT_ACCESS_TOKEN_TTL_S
    refresh_token_ttl_s: int = DEFAULT_REFRESH_TOKEN_TTL_S
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    demo: bool = False
    demo_today: date | None = None
    demo_variant: str = "se"  # se, dk or no: the country of the demo municipality
    sign_in_window_s: int = field(
        default_factory=lambda: _env_int("AVROP_SIGN_IN_WINDOW_S", DEFAULT_SIGN_IN_WINDOW_S)
    )
    sign_in_failures_per_user: int = field(
        default_factory=lambda: _env_int(
            "AVROP_SIGN_IN_FAILURES_PER_USER", DEFAULT_SIGN_IN_FAILURES_PER_USER
        )
    )
    sign_in_failures_per_address: int = field(
        default_factory=lambda: _env_int(
            "AVROP_SIGN_IN_FAILURES_PER_ADDRESS", DEFAULT_SIGN_IN_FAILURES_PER_ADDRESS
        )
    )
    cleanup_interval_s: float = DEFAULT_CLEANUP_INTERVAL_S
    validator_processes: int = 0

    def __post_init__(self) -> None:
        if self.access_token_ttl_s <= 0 or self.refresh_token_ttl_s <= 0:
            raise ValueError("token lifetimes must be positive")
        if min(self.sign_in_window_s, self.sign_in_failures_per_user) <= 0:
            raise ValueError("the sign-in throttle needs a positive window and limit")
        if self.sign_in_failures_per_address <= 0 or self.cleanup_interval_s <= 0:
            raise ValueError("limits and intervals must be positive")
        if self.validator_processes < 0:
            raise ValueError("validator_processes must not be negative")
        if self.max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / DATABASE_FILE).resolve()}"
