"""The Support place: a superuser's units at a glance, colleagues, order templates and
support bundles; for orderers, their unit's templates and the "send diagnostics" button."""

from desktop.ui.support.page import SupportPage

__all__ = ["SupportPage"]
