"""The Spend place: a unit's figures, charts and exports."""

from desktop.ui.spend.page import SpendPage

__all__ = ["SpendPage"]
