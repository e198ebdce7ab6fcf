"""Keyboard and screen-reader audit of a shown widget tree (EN 301 549 11.2.1.1, 11.4.1.2).

:func:`audit` returns findings as readable strings (empty when all is well):

- an interactive widget without an accessible name;
- a visible, enabled interactive widget that pressing Tab never reaches;
- a table (item view) that keeps Tab for itself instead of letting focus leave it.

The Tab walk presses the real key on the focused widget, as a keyboard user does; every
tab of a ``QTabWidget`` is walked. :func:`mnemonic_clashes` finds two controls of one
window with the same ``&`` letter.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
MAX_PRESSES = 400


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}".rstrip()


def _is_part_of_another(widget: QWidget, root: QWidget) -> bool:
    """A line edit inside a spin box, a header of a table, a scroll arrow of a tab bar."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget, *, shown_only: bool = False) -> list[QWidget]:
    """The controls of ``root`` a user operates (not their inner parts)."""
    found = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not _is_part_of_another(w, root)
    ]
    if shown_only:
        found = [w for w in found if w.isVisibleTo(root) and w.isEnabled()]
    return found


def unnamed(root: QWidget) -> list[str]:
    return [
        f"no accessible name: {describe(w)}"
        for w in interactive_widgets(root)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName().strip()
    ]


def tab_trapping_tables(root: QWidget) -> list[str]:
    return [
        f"Tab moves between cells instead of leaving: {describe(w)}"
        for w in root.findChildren(QAbstractItemView)
        if not isinstance(w, QHeaderView) and w.tabKeyNavigation()
    ]


def _owner(widget: QWidget | None) -> QWidget | None:
    """The control a focused inner part (a spin box's line edit) belongs to."""
    while widget is not None and not isinstance(widget, INTERACTIVE):
        widget = widget.parentWidget()
    return widget


def tab_walk(window: QWidget) -> tuple[list[QWidget], list[str]]:
    """Press Tab until focus comes back round; the controls visited and any traps."""
    window.activateWindow()
    first = window.focusWidget() or window
    if first is window:
        window.focusNextChild()
        first = QApplication.focusWidget() or window
    visited: list[QWidget] = []
    traps: list[str] = []
    previous: QWidget | None = None
    for _ in range(MAX_PRESSES):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        owner = _owner(focused)
        if owner is not None and owner is previous and isinstance(owner, QAbstractItemView):
            traps.append(f"Tab did not leave the table: {describe(owner)}")
            break
        if owner is not None and owner not in visited:
            visited.append(owner)
        elif owner is not None and owner is visited[0] and len(visited) > 1:
            break
        previous = owner
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first and len(visited) > 1:
            break
    return visited, traps


def unreachable(window: QWidget, root: QWidget) -> list[str]:
    """Controls of ``root`` shown in ``window`` that Tab never reaches, and tables that trap Tab."""
    findings: list[str] = []
    tab_widgets = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(window)]
    pages = [(t, i) for t in tab_widgets for i in range(t.count())] or [(None, 0)]
    for tabs, index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        QApplication.processEvents()
        visited, traps = tab_walk(window)
        findings += traps
        for widget in interactive_widgets(root, shown_only=True):
            if widget.isVisible() and widget not in visited:
                findings.append(f"not reachable by Tab: {describe(widget)}")
    return sorted(set(findings))


def audit(window: QWidget, root: QWidget | None = None) -> list[str]:
    """Every finding for the controls of ``root`` (default: the whole ``window``)."""
    part = root or window
    return unnamed(part) + tab_trapping_tables(part) + unreachable(window, part)


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    cleaned = text.replace("&&", "")
    if index < 0 or index + 1 >= len(cleaned):
        return None
    return cleaned[index + 1].lower()


def mnemonic_clashes(root: QWidget, also: list[str] | None = None) -> list[str]:
    """Two shown controls (or labels with buddies, group boxes) with the same ``&`` letter;
    ``also``: other texts whose letters Alt reaches in the same window (the menu bar's)."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in also or []:
        if letter := _mnemonic(text):
            by_letter[letter].append(text)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        letter = _mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return [f"&{k}: {v}" for k, v in sorted(by_letter.items()) if len(v) > 1]
