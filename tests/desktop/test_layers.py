"""The layer rules of DESIGN.md: arrows point down only, Qt stays in ``desktop/ui``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"

# What each layer of ``desktop`` may import of the project (besides itself).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "peppol": {"domain"},
    "storage": {"domain", "settings"},
    "remote": {"domain", "storage", "peppol", "settings"},
    "services": {"domain", "peppol", "storage", "remote", "settings"},
    "settings": {"domain"},
}
FORBIDDEN_THIRD_PARTY: dict[str, set[str]] = {
    "domain": {"PySide6", "sqlalchemy", "alembic", "requests", "keyring", "lxml"},
    "peppol": {"PySide6", "sqlalchemy", "requests", "keyring"},
    "storage": {"PySide6", "requests", "keyring"},
    "remote": {"PySide6"},
    "services": {"PySide6"},
    "settings": {"PySide6", "sqlalchemy", "requests"},
}


def _layer_of(path: Path) -> str:
    rel = path.relative_to(DESKTOP)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _sources() -> list[Path]:
    return sorted(DESKTOP.rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down_only(path: Path) -> None:
    layer = _layer_of(path)
    for name in _imports(path):
        top = name.split(".")[0]
        if top == "central_api":
            pytest.fail(f"{path.name}: desktop never imports central_api ({name})")
        if layer == "ui":
            continue
        if top == "PySide6" or top == "shiboken6":
            pytest.fail(f"{path.relative_to(ROOT)} imports {name}: Qt belongs in desktop/ui")
        if top in FORBIDDEN_THIRD_PARTY.get(layer, set()):
            pytest.fail(f"{path.relative_to(ROOT)} ({layer}) must not import {name}")
        if top == "desktop" and layer in ALLOWED:
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target and target != layer and target not in ALLOWED[layer]:
                pytest.fail(f"{path.relative_to(ROOT)} ({layer}) imports {name}: arrow points up")


def test_nothing_imports_ui() -> None:
    for path in _sources():
        if _layer_of(path) in {"ui", "app", "cli", "__main__"}:
            continue
        for name in _imports(path):
            assert not name.startswith("desktop.ui"), f"{path} imports {name}"


def test_rules_catch_an_upward_arrow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from desktop.ui.shell.main_window import MainWindow\nimport PySide6\n")
    names = _imports(bad)
    assert "desktop.ui.shell.main_window" in names and "PySide6" in names
