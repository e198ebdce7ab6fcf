"""What the app is started with: the command line's options and the data folder they
name, without the composition root (``desktop.app``) and what it imports.

The start-up's first paint needs only these; ``build_services_when_called`` imports
``desktop.app`` when the services are built (on the start-up's worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT, demo_folder, demo_variant
from desktop.settings import resolve_data_dir

if TYPE_CHECKING:
    from desktop.app import Services

STORE_FILE = "avrop.sqlite3"


@dataclass(frozen=True)
class AppOptions:
    """What the command line asked for (``None``: take it from the settings)."""

    data_dir: Path | None = None
    demo: bool = False
    demo_variant: str = DEFAULT_DEMO_VARIANT  # se, dk or no (with ``demo``)
    server_url: str | None = None
    language: str | None = None


def data_dir_of(options: AppOptions) -> Path:
    """The data folder ``options`` ask for (a demo's lives apart), created if missing."""
    data_dir = resolve_data_dir(str(options.data_dir) if options.data_dir else None)
    if options.demo:
        data_dir = resolve_data_dir(
            str(data_dir / demo_folder(demo_variant(options.demo_variant).code))
        )
    return data_dir


def build_services_when_called(options: AppOptions) -> Services:
    """``desktop.app.build_services(options)``, the composition root imported only now."""
    from desktop.app import build_services

    return build_services(options)
