"""Is the central API reachable right now? (``GET /health``, no sign-in needed)."""

from __future__ import annotations

from desktop.domain.errors import AvropError
from desktop.remote.http import ApiClient


def check_online(base_url: str, timeout: float = 2.0, *, ca_bundle: str | None = None) -> bool:
    """Whether ``base_url`` answers ``/health`` with status ok within ``timeout`` seconds.

    Never raises: an unusable URL counts as offline.
    """
    try:
        client = ApiClient(base_url, None, (timeout, timeout), ca_bundle=ca_bundle)
    except AvropError:
        return False
    try:
        answer = client.get_json("/health")
    except AvropError:
        return False
    finally:
        client.close()
    return isinstance(answer.data, dict) and answer.data.get("status") == "ok"
