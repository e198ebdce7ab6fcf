"""Suite-wide set-up: offscreen Qt, a private data folder, shared fixtures.

Fixture modules live in ``tests/fixtures/`` and are loaded as plugins below, so that
each area adds its own file instead of editing this one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt: no display here, and never a real user's data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DATA = Path(tempfile.mkdtemp(prefix="avrop-test-data-"))
os.environ["AVROP_DATA_DIR"] = str(_SESSION_DATA)

pytest_plugins = [
    f"tests.fixtures.{p.stem}"
    for p in sorted((Path(__file__).parent / "fixtures").glob("*.py"))
    if p.stem != "__init__"
]
