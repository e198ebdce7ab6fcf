"""Avrop: a desktop purchasing assistant for the units of Nordic municipalities.

``__version__`` is the one place the version is kept: pyproject.toml reads it
([tool.setuptools.dynamic]), as do the installers (installer/avrop.spec, build-*.sh/ps1).
"""

from __future__ import annotations

__version__ = "0.1.0"
