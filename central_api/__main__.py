"""``python -m central_api``."""

from __future__ import annotations

import sys

from central_api.cli import main

sys.exit(main())
