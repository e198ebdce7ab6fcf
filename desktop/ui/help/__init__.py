"""The Help place: who you are, your units, the office, and sections others add."""

from desktop.ui.help.page import HelpPage

__all__ = ["HelpPage"]
