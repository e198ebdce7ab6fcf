"""Data folder resolution and settings.json: forgiving reads, atomic writes, no secrets."""

from __future__ import annotations

import json
import stat
from dataclasses import fields
from pathlib import Path

import pytest

from desktop.settings import (
    DATA_DIR_ENV,
    Settings,
    SettingsStore,
    load_settings,
    resolve_data_dir,
    save_settings,
)


def test_data_dir_prefers_cli_then_env_then_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-cli")) == tmp_path / "from-cli"
    assert resolve_data_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv(DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None) == tmp_path / "xdg" / "Avrop"


def test_a_new_data_dir_is_private(tmp_path: Path) -> None:
    path = resolve_data_dir(str(tmp_path / "a" / "b"))
    assert path.is_dir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o700


def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert resolve_data_dir(str(folder)) == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()


def test_round_trip(tmp_path: Path) -> None:
    settings = Settings(
        server_url="https://avrop.ekby.se",
        username="orderer",
        language="nb",
        remember_sign_in=False,
        last_unit_id="u-forskola-eken",
        device_id="d-1",
        ca_bundle="/etc/ssl/ekby.pem",
        ui_state={"geometry": "AdnQywAD"},
    )
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path) == settings
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left
    assert stat.S_IMODE((tmp_path / "settings.json").stat().st_mode) == 0o600


def test_unknown_keys_are_ignored_and_wrong_types_fall_back(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {
                "server_url": 42,
                "username": "orderer",
                "language": "fi",
                "remember_sign_in": "yes",
                "last_unit_id": ["x"],
                "ui_state": {"geometry": 1},
                "from_a_newer_version": True,
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings(tmp_path)
    assert loaded == Settings(username="orderer")


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "null", ""])
def test_broken_files_give_defaults(tmp_path: Path, content: str) -> None:
    (tmp_path / "settings.json").write_text(content, encoding="utf-8")
    assert load_settings(tmp_path) == Settings()


def test_settings_have_no_place_for_a_secret() -> None:
    names = {f.name for f in fields(Settings)}
    assert not {n for n in names if any(w in n for w in ("password", "token", "secret"))}


def test_store_updates_in_place_and_saves(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    held = store.current  # another service holding the same object sees the change
    store.update(language="sv", last_unit_id="u-hub")
    assert held.language == "sv" and held.last_unit_id == "u-hub"
    assert load_settings(tmp_path).language == "sv"
    with pytest.raises(TypeError):
        store.update(language="klingon")
    with pytest.raises(TypeError):
        store.update(password="x")
    assert load_settings(tmp_path).language == "sv"


def test_device_id_is_made_once(tmp_path: Path) -> None:
    first = SettingsStore(tmp_path).device_id()
    assert len(first) == 36
    assert SettingsStore(tmp_path).device_id() == first
