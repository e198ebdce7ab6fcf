"""The diagnostics file an orderer sends their superuser (no Qt).

What goes in: app and Python versions, the platform, this installation's id, the last
sync, every queued item with its last error, and the recent log lines. What never goes
in: passwords, tokens, server addresses with credentials, personal data beyond user
ids. ``scrub`` blanks anything that looks like a secret in the free text, and the
caller passes the secrets it holds so that they are removed even when they look like
nothing special.
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from desktop import __version__
from desktop.storage.support_outbox import WaitingItem

BUNDLE_FORMAT = 1
REDACTED = "[redacted]"
_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)((?:access|refresh)_?token[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"),
    re.compile(r"(?i)(password[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"),
    re.compile(r"(?i)(://)[^/\s:@]+:[^/\s@]+@"),
)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without tokens, passwords, URL credentials and the given ``secrets``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC; the store's naive times are UTC."""
    if moment is None:
        return None
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).isoformat()


def build_bundle(
    *,
    username: str,
    device_id: str,
    unit_id: str,
    last_sync_at: datetime | None,
    waiting: Sequence[WaitingItem],
    log_lines: Sequence[str],
    secrets: Iterable[str] = (),
    now: datetime | None = None,
) -> dict[str, Any]:
    """The bundle's content as JSON-ready data, every free text scrubbed."""
    held = [s for s in secrets if s]
    return {
        "format": BUNDLE_FORMAT,
        "made_at": _iso(now or datetime.now(UTC)),
        "app_version": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(terse=True),
        "user": username,
        "device_id": device_id,
        "unit_id": unit_id,
        "last_sync_at": _iso(last_sync_at),
        "outbox": [
            {
                "kind": item.kind,
                "id": item.item_id,
                "queued_at": _iso(item.queued_at),
                "attempts": item.attempts,
                "last_error": scrub(item.last_error, held) if item.last_error else None,
            }
            for item in waiting
        ],
        "log": [scrub(line, held) for line in log_lines],
    }
