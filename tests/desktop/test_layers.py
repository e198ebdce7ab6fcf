"""The layer rules of DESIGN.md hold in the tree, and the checker catches every way of
breaking them (each hole is planted in a temporary tree and must be reported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktop.layer_rules import imported_names, layer_problems

ROOT = Path(__file__).resolve().parents[2]

# A small tree that keeps every rule: one module per layer, importing downwards only.
CLEAN: dict[str, str] = {
    "desktop/__init__.py": '__version__ = "0"\n',
    "desktop/domain/__init__.py": "",
    "desktop/domain/order.py": "import decimal\n",
    "desktop/peppol/__init__.py": "",
    "desktop/peppol/order_writer.py": "from desktop.domain import order\n",
    "desktop/storage/__init__.py": "",
    "desktop/storage/order_repo.py": "from ..domain import order\nfrom . import outbox\n",
    "desktop/storage/outbox.py": "from desktop.peppol.order_writer import x\n",
    "desktop/remote/__init__.py": "",
    "desktop/remote/sender.py": "from desktop import __version__\nimport desktop.storage.outbox\n",
    "desktop/services/__init__.py": "",
    "desktop/services/ordering.py": (
        "from desktop.remote import sender\nfrom ..storage import outbox\n"
    ),
    "desktop/ui/__init__.py": "",
    "desktop/ui/orders/__init__.py": "",
    "desktop/ui/orders/page.py": (
        "from PySide6 import QtWidgets\nfrom ...services import ordering\n"
    ),
    "desktop/app.py": "from desktop.services import ordering\nfrom desktop.ui.orders import page\n",
    "central_api/__init__.py": "",
    "central_api/orders.py": "from desktop.domain import order\nfrom desktop.peppol import x\n",
}

# Each hole: (file, source that breaks a rule, words the report must contain).
HOLES: dict[str, tuple[str, str, str]] = {
    "relative import up": ("desktop/storage/bad.py", "from ..ui import tasks\n", "desktop.ui"),
    "relative import of a sibling layer": (
        "desktop/domain/bad.py",
        "from ..storage.order_repo import x\n",
        "desktop.storage",
    ),
    "package import": ("desktop/domain/bad.py", "from desktop import storage\n", "storage"),
    "import of the ui package": ("desktop/remote/bad.py", "import desktop.ui\n", "desktop.ui"),
    "central_api uses storage": (
        "central_api/bad.py",
        "from desktop.storage import database\n",
        "central_api may use",
    ),
    "central_api uses remote by package": (
        "central_api/bad.py",
        "from desktop import remote\n",
        "desktop.remote",
    ),
    "services import ui": ("desktop/services/bad.py", "from desktop.ui import x\n", "ui"),
    "services import Qt": ("desktop/services/bad.py", "from PySide6 import QtCore\n", "PySide6"),
    "storage imports services": (
        "desktop/storage/bad.py",
        "from desktop.services import ordering\n",
        "only ui and app.py use services",
    ),
    "remote imports services relatively": (
        "desktop/remote/bad.py",
        "from ..services.ordering import x\n",
        "only ui and app.py use services",
    ),
    "Qt outside ui": ("desktop/storage/bad.py", "import PySide6.QtCore\n", "PySide6"),
    "desktop imports central_api": ("desktop/remote/bad.py", "import central_api\n", "never"),
}


def _plant(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return root


def test_the_tree_keeps_the_layer_rules() -> None:
    assert layer_problems(ROOT) == []


def test_the_clean_tree_passes(tmp_path: Path) -> None:
    assert layer_problems(_plant(tmp_path, CLEAN)) == []


@pytest.mark.parametrize("hole", sorted(HOLES))
def test_each_planted_hole_is_caught(tmp_path: Path, hole: str) -> None:
    name, source, words = HOLES[hole]
    problems = layer_problems(_plant(tmp_path, {**CLEAN, name: source}))
    assert problems, f"{hole}: not caught"
    assert all(p.startswith(name) for p in problems), problems
    assert any(words in p for p in problems), problems


def test_relative_and_package_imports_are_resolved(tmp_path: Path) -> None:
    root = _plant(tmp_path, {"desktop/storage/x.py": "from ..ui import tasks\nfrom . import y\n"})
    names = imported_names(root, root / "desktop/storage/x.py")
    assert {"desktop.ui", "desktop.ui.tasks", "desktop.storage", "desktop.storage.y"} <= names
