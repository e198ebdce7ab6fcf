"""Where the app keeps its files, and the user's plain settings (never a secret).

``resolve_data_dir`` picks the data folder: ``--data-dir`` > ``$AVROP_DATA_DIR`` >
the platform's user data folder. ``settings.json`` in it holds a ``Settings``; reading
is forgiving (unknown keys ignored, a value of the wrong type falls back to its
default) and writing is atomic. Passwords and tokens live in the keyring, never here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DATA_DIR_ENV = "AVROP_DATA_DIR"
SETTINGS_FILE = "settings.json"
LANGUAGES: tuple[str, ...] = ("system", "sv", "da", "nb", "en")


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder: ``cli_value`` > ``$AVROP_DATA_DIR`` > the user data folder.

    A folder it creates is made private to the user (mode 0700).
    """
    chosen = cli_value or os.environ.get(DATA_DIR_ENV)
    if not chosen:  # imported only here: the start-up's first paint waits for its imports
        import platformdirs

        chosen = platformdirs.user_data_dir("Avrop", "Avrop")
    path = Path(chosen).expanduser().resolve()
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask
    return path


@dataclass
class Settings:
    """The user's settings. Never holds a password or token."""

    server_url: str = ""
    username: str = ""
    language: str = "system"  # one of LANGUAGES
    remember_sign_in: bool = True
    last_unit_id: str | None = None
    device_id: str = ""  # random UUID of this installation (heartbeat)
    ca_bundle: str | None = None  # extra CA bundle file for the server's TLS certificate
    ui_state: dict[str, str] = field(default_factory=dict)  # window geometry and the like


def _valid(name: str, value: Any) -> bool:
    """Whether ``value`` read from the file fits field ``name``."""
    if name in ("server_url", "username", "device_id"):
        return isinstance(value, str)
    if name == "language":
        return value in LANGUAGES
    if name == "remember_sign_in":
        return isinstance(value, bool)
    if name in ("last_unit_id", "ca_bundle"):
        return value is None or isinstance(value, str)
    if name == "ui_state":
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        )
    return False


def settings_from_json(data: object) -> Settings:
    """A ``Settings`` from parsed JSON; anything unknown or mistyped is left at its default."""
    defaults = Settings()
    if not isinstance(data, dict):
        return defaults
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in data:
            if _valid(f.name, data[f.name]):
                values[f.name] = data[f.name]
            else:
                log.warning("settings: ignoring %s of the wrong type", f.name)
    return replace(defaults, **values)


def load_settings(data_dir: Path) -> Settings:
    """The settings in ``data_dir``; defaults when the file is missing or unreadable."""
    path = data_dir / SETTINGS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings: cannot read %s: %s", path, exc)
        return Settings()
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("settings: %s is not valid JSON; using defaults", path)
        return Settings()
    return settings_from_json(data)


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write ``settings`` to ``data_dir`` atomically (a crash leaves the old file or the new)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), indent=2, sort_keys=True, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, data_dir / SETTINGS_FILE)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class SettingsStore:
    """The live settings of a running app, shared by all services, saved on each change.

    ``current`` is one ``Settings`` object that ``update`` changes in place, so every
    holder of it sees the change and no one saves a stale copy over another's change.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock = threading.Lock()
        self.current = load_settings(data_dir)

    def update(self, **changes: Any) -> Settings:
        """Set the given fields and save; raises ``TypeError`` for an unknown or bad value."""
        names = {f.name for f in fields(Settings)}
        for name, value in changes.items():
            if name not in names or not _valid(name, value):
                raise TypeError(f"settings: bad value for {name!r}: {value!r}")
        with self._lock:
            for name, value in changes.items():
                setattr(self.current, name, value)
            save_settings(self.data_dir, self.current)
            return self.current

    def save(self) -> None:
        """Save ``current`` after it was changed directly."""
        with self._lock:
            save_settings(self.data_dir, self.current)

    def device_id(self) -> str:
        """This installation's id, made (a random UUID) and saved the first time."""
        with self._lock:
            if not self.current.device_id:
                import uuid  # once per installation (not on the start-up's path)

                self.current.device_id = str(uuid.uuid4())
                save_settings(self.data_dir, self.current)
            return self.current.device_id
