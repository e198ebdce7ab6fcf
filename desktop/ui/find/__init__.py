"""The Find place: search, guidance, the item pane, requests to the office.

The way in: ``FindWiring`` (its ``view`` is the page, ``requests`` the Help section).
It is imported on first use, not with the package: the first paint at start-up
(``first_paint``) uses the results table alone, before the services exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.ui.find.wiring import FindWiring

__all__ = ["FindWiring"]


def __getattr__(name: str) -> Any:
    if name == "FindWiring":
        from desktop.ui.find.wiring import FindWiring

        return FindWiring
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
