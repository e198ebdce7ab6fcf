"""The PyInstaller spec bundles what the frozen app looks for, where it looks for it.

The spec is run with PyInstaller's build steps (``Analysis``, ``PYZ``, ``EXE``,
``COLLECT``) replaced by recorders: a real build takes minutes; these check its inputs.
"""

from __future__ import annotations

import importlib.util
import runpy
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.shell import paths

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "avrop.spec"


class _Recorder:
    def __init__(self, calls: dict[str, Any], name: str) -> None:
        self.calls, self.name = calls, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls[self.name] = (args, kwargs)
        return type(self.name, (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    pytest.importorskip("PyInstaller", reason="pip install -e .[dev] brings PyInstaller")
    calls: dict[str, Any] = {}
    steps = {name: _Recorder(calls, name) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    runpy.run_path(str(SPEC), init_globals={"SPECPATH": str(SPEC.parent), **steps})
    args, kwargs = calls["Analysis"]
    return {"scripts": args[0], **kwargs, "exe": calls["EXE"][1]}


def _bundled(spec: dict[str, Any], destination: str) -> list[Path]:
    return [Path(src) for src, dest in spec["datas"] if dest == destination]


def test_data_goes_where_the_app_looks_for_it(spec: dict[str, Any]) -> None:
    assert [Path(s) for s in spec["scripts"]] == [ROOT / "desktop" / "__main__.py"]
    root = paths.project_root()  # sys._MEIPASS when frozen: the bundle's top folder
    for folder in (paths.icons_dir(), paths.styles_dir(), paths.locale_dir()):
        assert folder.relative_to(root).parts[0] in {dest for _src, dest in spec["datas"]}
    (resources,) = _bundled(spec, "resources")
    assert resources == ROOT / "resources" == paths.icons_dir().parent
    assert (resources / "standards" / "ubl-2.1").is_dir()  # desktop/peppol/schemas.py
    assert (resources / "standards" / "cpv" / "cpv_2008_nordic.csv").is_file()
    (translations,) = _bundled(spec, "locale")
    assert translations.parent == paths.locale_dir()
    assert sorted(translations.parent.glob(translations.name)) == sorted(
        paths.locale_dir() / f"avrop_{lang}.qm" for lang in ("da", "nb", "sv")
    )
    (migrations,) = _bundled(spec, "desktop/storage/migrations")
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0*.py"))
    icon = spec["exe"]["icon"]
    assert icon is None or Path(icon).is_file()


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
    assert "central_api" in spec["excludes"]  # the demo server is not part of the app
