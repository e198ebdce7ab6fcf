"""Where the app's bundled files live: icons, styles and translations."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding ``resources/`` and ``locale/`` (the bundle dir when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[3]


def icons_dir() -> Path:
    return project_root() / "resources" / "icons"


def styles_dir() -> Path:
    return project_root() / "resources" / "styles"


def locale_dir() -> Path:
    return project_root() / "locale"


def icon_path(name: str) -> Path:
    return icons_dir() / f"{name}.svg"
