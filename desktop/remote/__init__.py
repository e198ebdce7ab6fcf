"""Talking to the central API: HTTP client, credentials, sync, the outbox sender."""
