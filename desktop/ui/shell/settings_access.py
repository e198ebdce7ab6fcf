"""Reading and changing the user's settings from the UI."""

from __future__ import annotations

from typing import Any

from desktop.settings import Settings, save_settings


def current_settings(services: Any) -> Settings:
    """The live ``Settings`` of the running app."""
    store = getattr(services, "settings_store", None)
    current = store.current if store is not None else services.settings
    assert isinstance(current, Settings)
    return current


def update_settings(services: Any, **changes: Any) -> Settings:
    """Change the given fields and save them to the data folder (a small atomic write)."""
    store = getattr(services, "settings_store", None)
    if store is not None:
        result: Settings = store.update(**changes)
        return result
    settings = current_settings(services)
    for name, value in changes.items():
        setattr(settings, name, value)
    save_settings(services.data_dir, settings)
    return settings


def language_setting(services: Any) -> str:
    """``--language`` of this run, else the saved setting (``"system"``: follow the OS)."""
    language = getattr(services, "language", None)
    return str(language) if language else current_settings(services).language
