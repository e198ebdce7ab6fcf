"""The layout of ``desktop/ui``: feature packages that never import each other, each with
one way in, and the shell that puts them together."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "desktop" / "ui"
FEATURES = {"find": "FindWiring", "cart": "CartPage", "orders": "OrdersWiring"}
FEATURES |= {"spend": "SpendPage", "help": "HelpPage", "support": "SupportPage"}


def _imported_modules(root: Path, path: Path) -> set[str]:
    """Absolute names of what ``path`` (under ``root``, the ``desktop/ui`` folder) imports,
    relative imports resolved."""
    package = ".".join(["desktop", "ui", *path.relative_to(root).parts[:-1]])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def feature_crossings(root: Path) -> list[str]:
    """``"cart -> desktop.ui.orders.texts"`` for each import of another feature."""
    crossings = []
    for feature in FEATURES:
        for path in sorted((root / feature).rglob("*.py")):
            for name in sorted(_imported_modules(root, path)):
                parts = name.split(".")
                if parts[:2] == ["desktop", "ui"] and len(parts) > 2:
                    other = parts[2]
                    if other in FEATURES and other != feature:
                        crossings.append(f"{feature} -> {name}")
    return crossings


def test_features_do_not_import_each_other() -> None:
    assert feature_crossings(UI) == []


def test_the_check_sees_a_crossing(tmp_path: Path) -> None:
    for feature in FEATURES:
        (tmp_path / feature).mkdir()
    (tmp_path / "cart" / "page.py").write_text("from ..orders import texts\n")
    (tmp_path / "spend" / "page.py").write_text("import desktop.ui.find.view\n")
    assert feature_crossings(tmp_path) == [
        "cart -> desktop.ui.orders",
        "cart -> desktop.ui.orders.texts",
        "spend -> desktop.ui.find.view",
    ]


@pytest.mark.parametrize(("feature", "entry"), sorted(FEATURES.items()))
def test_each_feature_has_one_way_in(feature: str, entry: str) -> None:
    package = importlib.import_module(f"desktop.ui.{feature}")
    assert package.__all__ == [entry]
    assert isinstance(getattr(package, entry), type)


def test_no_placeholder_packages_are_left() -> None:
    assert not (UI / "pages").exists()
    assert not (UI / "models").exists()
    flat = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert flat == []
