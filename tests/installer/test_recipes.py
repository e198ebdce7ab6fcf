"""The platform recipes keep their key settings: the Windows installer is per-user and
silent-capable, the Linux entry and install script work, the version has one home."""

from __future__ import annotations

import configparser
import importlib.metadata
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

import desktop

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _iss_setup() -> dict[str, str]:
    text = (INSTALLER / "avrop.iss").read_text(encoding="utf-8")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (line.split("=", 1) for line in section.splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs if not key.startswith(";")}


def test_the_version_lives_in_desktop_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}
    assert importlib.metadata.version("avrop") == desktop.__version__
    iss = (INSTALLER / "avrop.iss").read_text(encoding="utf-8")
    assert not re.search(r"#define\s+AppVersion", iss)  # passed in: /DAppVersion=…
    for script in ("build-windows.ps1", "build-linux.sh", "build-macos.sh"):
        assert "desktop.__version__" in (INSTALLER / script).read_text(encoding="utf-8")


def test_windows_installer_is_per_user_without_admin_rights() -> None:
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never offers an admin install
    assert setup["DefaultDirName"].startswith("{localappdata}")
    assert setup["AppVersion"] == "{#AppVersion}"
    assert (INSTALLER / setup["SetupIconFile"].replace("\\", "/")).is_file()


def test_windows_installer_has_a_start_menu_entry_and_a_silent_switch() -> None:
    text = (INSTALLER / "avrop.iss").read_text(encoding="utf-8")
    icons = text.split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert re.search(r'^Name: "\{group\}\\Avrop"; Filename: "\{app\}\\avrop\.exe"', icons, re.M)
    # Inno Setup's /VERYSILENT is documented for IT, and the app is not started by it
    assert "/VERYSILENT /SUPPRESSMSGBOXES" in text
    assert re.search(r"^Filename: .*Flags: .*skipifsilent", text, re.M)
    assert '"..\\dist\\avrop\\*"' in text  # what installer/avrop.spec builds


def test_linux_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "avrop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "avrop"  # the app takes no file or URL arguments
    assert section["Icon"] == "avrop"
    assert section["Name"] == "Avrop"
    assert {"GenericName[sv]", "GenericName[da]", "GenericName[nb]"} <= set(section)
    validate = shutil.which("desktop-file-validate")
    if validate:
        subprocess.run([validate, str(INSTALLER / "avrop.desktop")], check=True)


def _unpacked_tarball(tmp_path: Path) -> Path:
    """What installer/build-linux.sh packs, with a stand-in executable."""
    stage = tmp_path / "avrop-x-linux"
    (stage / "avrop" / "_internal").mkdir(parents=True)
    exe = stage / "avrop" / "avrop"
    exe.write_text("#!/bin/sh\necho avrop-ran\n", encoding="utf-8")
    exe.chmod(0o755)
    shutil.copy(INSTALLER / "avrop.desktop", stage / "avrop.desktop")
    shutil.copy(INSTALLER / "linux-install.sh", stage / "install.sh")
    for png in (INSTALLER / "icons").glob("avrop-*.png"):
        size = png.stem.split("-")[1]
        folder = stage / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(png, folder / "avrop.png")
    return stage


def test_linux_install_script_installs_for_the_user_and_uninstalls(tmp_path: Path) -> None:
    stage = _unpacked_tarball(tmp_path)
    prefix = tmp_path / "home" / ".local"
    env = dict(os.environ, PREFIX=str(prefix))
    subprocess.run(["sh", str(stage / "install.sh")], check=True, env=env, capture_output=True)
    launcher = prefix / "bin" / "avrop"
    ran = subprocess.run([str(launcher)], check=True, capture_output=True, text=True)
    assert ran.stdout.strip() == "avrop-ran"
    entry = (prefix / "share" / "applications" / "avrop.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/lib/avrop/avrop" in entry.splitlines()
    assert (prefix / "share/icons/hicolor/48x48/apps/avrop.png").is_file()
    subprocess.run(
        ["sh", str(stage / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True
    )
    assert not launcher.exists() and not (prefix / "lib" / "avrop").exists()
    assert not list((prefix / "share").rglob("avrop*"))


@pytest.mark.parametrize("script", ["build-linux.sh", "build-macos.sh", "linux-install.sh"])
def test_shell_recipes_parse(script: str) -> None:
    path = INSTALLER / script
    assert os.access(path, os.X_OK)
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_ci_builds_the_bundle_and_self_tests_it() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    build = lines.index("installer/build-linux.sh")
    assert any(line.endswith("dist/avrop/avrop --self-test") for line in lines[build + 1 :])
    assert "set -euo pipefail" in lines  # a failing self-test fails CI
