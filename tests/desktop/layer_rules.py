"""The layer rules of DESIGN.md as a checker over a source tree (the real one, or a
planted one in a test).

Arrows point down only: ``ui`` → ``services`` → ``remote``/``storage`` → ``peppol`` →
``domain``. Every way of importing counts: ``import desktop.ui``, ``from desktop import
storage``, ``from ..ui import tasks``. ``central_api`` may use ``desktop.domain`` and
``desktop.peppol`` only; Qt stays in ``desktop/ui``; nothing but ``ui`` and ``app.py``
(and the entry points that start the app) imports ``services``; nothing imports ``ui``
but the entry points.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

# What each layer of ``desktop`` may import of the project (besides itself).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "peppol": {"domain"},
    "storage": {"domain", "peppol", "settings"},
    "remote": {"domain", "storage", "peppol", "settings"},
    "services": {"domain", "peppol", "storage", "remote", "settings"},
    "settings": {"domain"},
}
LAYERS = {"domain", "peppol", "storage", "remote", "services", "ui", "settings", "app", "cli"}
ENTRY_POINTS = {"app", "cli", "__main__"}  # they build and start everything
QT = {"PySide6", "shiboken6"}
FORBIDDEN_THIRD_PARTY: dict[str, set[str]] = {
    "domain": QT | {"sqlalchemy", "alembic", "requests", "keyring", "lxml"},
    "peppol": QT | {"sqlalchemy", "requests", "keyring"},
    "storage": QT | {"requests", "keyring"},
    "remote": QT,
    "services": QT,
    "settings": QT | {"sqlalchemy", "requests"},
}
CENTRAL_API_MAY_USE = {"domain", "peppol"}


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(root: Path, path: Path) -> set[str]:
    """Every module ``path`` imports, absolute, relative imports resolved; for ``from X
    import a`` both ``X`` and ``X.a`` (``a`` may be a module: ``from desktop import ui``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    own = module_name(root, path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".") if package else []
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base:
                found.add(base)
            found.update(f"{base}.{alias.name}" if base else alias.name for alias in node.names)
    return found


def _layer(module: str) -> str:
    """``desktop.storage.x`` → ``storage``; ``desktop.app`` → ``app``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _sources(root: Path, package: str) -> Iterator[Path]:
    folder = root / package
    return iter(sorted(folder.rglob("*.py"))) if folder.is_dir() else iter(())


def _desktop_problems(root: Path, path: Path) -> Iterator[str]:
    rel = path.relative_to(root)
    layer = _layer(module_name(root, path)) or "__init__"
    for name in sorted(imported_names(root, path)):
        top = name.split(".")[0]
        if top == "central_api":
            yield f"{rel}: desktop never imports central_api ({name})"
        if top in FORBIDDEN_THIRD_PARTY.get(layer, set()):
            yield f"{rel} ({layer}) must not import {name}"
        if top != "desktop":
            continue
        target = _layer(name)
        if target not in LAYERS or target == layer or layer in ENTRY_POINTS:
            continue
        if target == "ui":
            yield f"{rel} ({layer}) imports {name}: nothing but the entry points imports ui"
        elif target == "services" and layer != "ui":
            yield f"{rel} ({layer}) imports {name}: only ui and app.py use services"
        elif layer in ALLOWED and target not in ALLOWED[layer]:
            yield f"{rel} ({layer}) imports {name}: arrow points up"


def _central_api_problems(root: Path, path: Path) -> Iterator[str]:
    rel = path.relative_to(root)
    for name in sorted(imported_names(root, path)):
        top = name.split(".")[0]
        if top in QT:
            yield f"{rel} imports {name}: no Qt in central_api"
        if top == "desktop" and _layer(name) in LAYERS - CENTRAL_API_MAY_USE:
            yield f"{rel} imports {name}: central_api may use desktop.domain/peppol only"


def layer_problems(root: Path) -> list[str]:
    """Every broken rule in the tree under ``root`` (``desktop/`` and ``central_api/``)."""
    problems: list[str] = []
    for path in _sources(root, "desktop"):
        problems.extend(_desktop_problems(root, path))
    for path in _sources(root, "central_api"):
        problems.extend(_central_api_problems(root, path))
    return problems
