"""Use cases between ``remote``/``storage`` and ``ui`` (no Qt): find, ordering, requests,
spend, sync. ``desktop/app.py`` builds them once; the UI receives them built."""
