"""The frozen app's one executable: ``avrop …`` runs the app (``desktop.cli``);
``avrop --central-api …`` runs the demo's central API (``central_api.cli``), which the
app starts as a child process in ``--demo`` mode (see ``desktop.remote.demo_server``).

Lives outside ``desktop`` so the app itself never imports ``central_api``.
"""

from __future__ import annotations

import sys

CENTRAL_API_SWITCH = "--central-api"


def main(argv: list[str]) -> int:
    """Dispatch on the first argument; returns the exit status."""
    if argv[:1] == [CENTRAL_API_SWITCH]:
        from central_api.cli import main as central_api_main

        return central_api_main(argv[1:])
    from desktop.cli import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
