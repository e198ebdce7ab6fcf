"""The central API on SQLite needs no PostgreSQL driver: the installer's bundle leaves
psycopg out (``installer/avrop.spec``) and runs the demo server from the bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SPEC = Path(__file__).parents[2] / "installer" / "avrop.spec"


def test_the_server_imports_without_psycopg() -> None:
    assert '"psycopg"' in SPEC.read_text(encoding="utf-8")  # why this matters
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None  # as absent as in the bundle\n"
        "import central_api.cli, central_api.app, central_api.front\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
