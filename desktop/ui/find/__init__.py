"""The Find place: search, guidance, the item pane, requests to the office.

The way in: ``FindWiring`` (its ``view`` is the page, ``requests`` the Help section).
"""

from desktop.ui.find.wiring import FindWiring

__all__ = ["FindWiring"]
