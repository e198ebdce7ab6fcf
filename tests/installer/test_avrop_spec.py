"""The PyInstaller spec bundles what the frozen app looks for, where it looks for it.

The spec is run with PyInstaller's build steps (``Analysis``, ``PYZ``, ``EXE``,
``COLLECT``, ``BUNDLE``) replaced by recorders: a real build takes minutes; these check its inputs.
"""

from __future__ import annotations

import importlib.util
import re
import runpy
import sys
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.ui.shell import paths

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "avrop.spec"


class _Recorder:
    def __init__(self, calls: dict[str, Any], name: str) -> None:
        self.calls, self.name = calls, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls[self.name] = (args, kwargs)
        return type(self.name, (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()


STEPS = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")


def _run_spec(platform: str) -> dict[str, Any]:
    pytest.importorskip("PyInstaller", reason="pip install -e .[dev] brings PyInstaller")
    calls: dict[str, Any] = {}
    steps = {name: _Recorder(calls, name) for name in STEPS}
    saved = sys.platform, list(sys.path)
    sys.platform = platform  # the spec adds the .app step on macOS only
    try:
        runpy.run_path(str(SPEC), init_globals={"SPECPATH": str(SPEC.parent), **steps})
    finally:
        sys.platform, sys.path[:] = saved
    args, kwargs = calls["Analysis"]
    bundle = calls["BUNDLE"][1] if "BUNDLE" in calls else None
    return {"scripts": args[0], **kwargs, "exe": calls["EXE"][1], "bundle": bundle}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return _run_spec("linux")


def _bundled(spec: dict[str, Any], destination: str) -> list[Path]:
    return [Path(src) for src, dest in spec["datas"] if dest == destination]


def test_data_goes_where_the_app_looks_for_it(spec: dict[str, Any]) -> None:
    assert [Path(s) for s in spec["scripts"]] == [ROOT / "installer" / "avrop_entry.py"]
    root = paths.project_root()  # sys._MEIPASS when frozen: the bundle's top folder
    for folder in (paths.icons_dir(), paths.styles_dir(), paths.locale_dir()):
        assert folder.relative_to(root).parts[0] in {dest for _src, dest in spec["datas"]}
    (resources,) = _bundled(spec, "resources")
    assert resources == ROOT / "resources" == paths.icons_dir().parent
    assert (resources / "standards" / "ubl-2.1").is_dir()  # desktop/peppol/schemas.py
    assert (resources / "standards" / "cpv" / "cpv_2008_nordic.csv").is_file()
    translations, *qt_catalogues = _bundled(spec, "locale")
    assert translations.parent == paths.locale_dir()
    # Qt's own texts (file dialog, message boxes) where Translations looks for them first.
    assert sorted(c.name for c in qt_catalogues) == ["qtbase_da.qm", "qtbase_nn.qm", "qtbase_sv.qm"]
    assert all(catalogue.is_file() for catalogue in qt_catalogues)
    assert sorted(translations.parent.glob(translations.name)) == sorted(
        paths.locale_dir() / f"avrop_{lang}.qm" for lang in ("da", "en", "nb", "sv")
    )
    (migrations,) = _bundled(spec, "desktop/storage/migrations")
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0*.py"))
    assert Path(spec["exe"]["icon"]) == ROOT / "installer" / "icons" / "avrop.ico"
    assert Path(spec["exe"]["icon"]).is_file()


def test_the_demo_central_api_and_its_data_are_bundled(spec: dict[str, Any]) -> None:
    hidden = spec["hiddenimports"]
    assert "central_api" not in spec["excludes"]
    assert {"central_api.cli", "central_api.demo.seed", "uvicorn.protocols.http.h11_impl"} <= set(
        hidden
    )
    (migrations,) = _bundled(spec, "central_api/migrations")
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("s0*.py"))
    (ranges,) = _bundled(spec, "central_api/demo")
    assert ranges.is_file() and ranges.name == "product_ranges.txt"


def test_only_unused_qt_modules_are_left_out(spec: dict[str, Any]) -> None:
    used = {
        match
        for source in (ROOT / "desktop").rglob("*.py")
        for match in re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8"))
    }
    assert {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg"} <= used
    excluded = {name.split(".")[1] for name in spec["excludes"] if name.startswith("PySide6.")}
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"} <= excluded
    assert used & excluded == set()


@pytest.fixture(scope="module")
def macos_spec() -> dict[str, Any]:
    return _run_spec("darwin")


def test_macos_gets_an_app_bundle_with_the_version_and_icon(
    spec: dict[str, Any], macos_spec: dict[str, Any]
) -> None:
    assert spec["bundle"] is None
    bundle = macos_spec["bundle"]
    assert bundle["name"] == "Avrop.app"
    assert Path(bundle["icon"]) == ROOT / "installer" / "icons" / "avrop.icns"
    assert Path(bundle["icon"]).is_file()
    assert bundle["version"] == bundle["info_plist"]["CFBundleShortVersionString"]
    assert bundle["version"] == desktop.__version__


def test_keyring_finds_its_backends_in_the_bundle(spec: dict[str, Any]) -> None:
    metadata = [dest for _src, dest in spec["datas"] if dest.endswith(".dist-info")]
    assert any(dest.startswith("keyring-") for dest in metadata)
    hidden = spec["hiddenimports"]
    for backend in ("SecretService", "Windows", "macOS", "libsecret", "fail"):
        assert f"keyring.backends.{backend}" in hidden


def test_lazily_loaded_modules_are_named_and_exist(spec: dict[str, Any]) -> None:
    hidden = spec["hiddenimports"]
    for name in ("openpyxl", "PySide6.QtCharts", "PySide6.QtSvg", "alembic.op"):
        assert name in hidden
    missing = [name for name in hidden if importlib.util.find_spec(name) is None]
    assert missing == []
