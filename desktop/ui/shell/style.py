"""The app's look: the style sheet and icons from ``resources/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop.ui.shell.paths import icon_path, icons_dir, styles_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QPixmap

# QtGui's icon and painter classes are imported where used: PySide sets up a class's
# enums when it is first imported (~2.5 ms for these), and the start-up's first paint
# (``apply_style``) draws without them.

FUSION = "fusion"  # the base style on every platform
INK = "#2b3a42"  # the line colour of the icons in resources/icons


def icon(name: str) -> QIcon:
    """An icon of ``resources/icons/<name>.svg`` (empty when missing)."""
    from PySide6.QtGui import QIcon

    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


def _render(svg: str, size: int) -> QPixmap:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer  # the navigation's icons only: not the first paint

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def nav_icon(name: str, size: int = 24) -> QIcon:
    """``icon(name)`` with a white variant for the selected (green) row."""
    from PySide6.QtGui import QIcon

    path = icon_path(name)
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    for scale in (1, 2):
        result.addPixmap(_render(svg, size * scale), QIcon.Mode.Normal)
        result.addPixmap(_render(svg.replace(INK, "#ffffff"), size * scale), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    return icon("avrop")


def style_sheet() -> str:
    """``resources/styles/avrop.qss`` with ``{icons}`` made the icon folder's path."""
    path = styles_dir() / "avrop.qss"
    if not path.exists():
        return ""
    return path.read_text(encoding="utf-8").replace("{icons}", icons_dir().as_posix())


def apply_style(app: QApplication, *, window_icon: bool = True, set_fusion: bool = True) -> None:
    """Fusion as a consistent base on every platform, with Avrop's style sheet on top;
    the window icon too unless ``window_icon`` is false (the start-up sets it after its
    first paint: an SVG icon loads Qt's SVG icon engine, a few milliseconds). Without
    ``set_fusion`` the app was made with Fusion already (``-style fusion``): setting it
    again makes a second style and costs the start-up ~5 ms."""
    if set_fusion:
        app.setStyle(FUSION)
    app.setStyleSheet(style_sheet())
    if window_icon:
        app.setWindowIcon(app_icon())
