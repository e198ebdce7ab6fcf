"""The support bundle's content: what it keeps, and the secrets it never keeps."""

from __future__ import annotations

import json
from datetime import datetime

from desktop.services.support_bundle import REDACTED, build_bundle, scrub
from desktop.storage.support_outbox import WaitingItem


def test_scrub_blanks_tokens_passwords_and_url_credentials() -> None:
    text = (
        "Authorization: Bearer abc.DEF-123 refresh_token=r3fr3sh "
        '{"access_token": "a55e55", "password": "hunter2"} https://anna:pw@x.example/api'
    )
    cleaned = scrub(text)
    for secret in ("abc.DEF-123", "r3fr3sh", "a55e55", "hunter2", "anna:pw@"):
        assert secret not in cleaned
    assert cleaned.count(REDACTED) == 5 and "https://" in cleaned


def test_secrets_the_session_holds_are_removed_wherever_they_appear() -> None:
    held = "opaque-token-without-a-label"
    waiting = [WaitingItem("order", "o-1", datetime(2025, 3, 10, 7, 40), 3, f"failed {held}")]
    bundle = build_bundle(
        username="orderer",
        device_id="pc-1",
        unit_id="u-1",
        last_sync_at=None,
        waiting=waiting,
        log_lines=[f"sent with {held}", "plain line"],
        secrets=[held],
    )
    text = json.dumps(bundle)
    assert held not in text
    assert bundle["outbox"][0]["queued_at"] == "2025-03-10T07:40:00+00:00"
    assert bundle["log"][1] == "plain line" and bundle["user"] == "orderer"
