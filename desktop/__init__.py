"""Avrop: a desktop purchasing assistant for the units of Nordic municipalities."""

from __future__ import annotations

__version__ = "0.1.0"
