"""Helpers of ``python -m benchmarks load``: HTTP client, floor app, the server stack."""
