"""Item thumbnails: made from the fetched pictures off the UI thread, with bounded decoding.

The sync (``desktop.remote.picture_sync``) keeps the pictures' bytes in ``pictures/`` of
the data folder, checked by their header only. Decoding happens here, one picture at a
time on a worker thread: ``QImageReader`` with an allocation limit, the declared size
checked before ``read()``, and only PNG or JPEG. A thumbnail (``thumbnails/`` of the data
folder, ``<cache name>-<side>.png``) is made once and reused, also offline. A picture
that cannot be decoded within the limits is refused, counted and shown as the category
icon. Views ask ``pixmap(ref, side)``: it answers from memory or None at once (never
blocking) and ``ready`` says when to ask again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from desktop.domain.picture import MAX_PICTURE_SIDE, cache_name

log = logging.getLogger(__name__)

ALLOCATION_LIMIT_MB = 64  # QImageReader refuses to allocate more for one picture
FORMATS = (b"png", b"jpeg")
MEMORY_ENTRIES = 2000  # pixmaps kept in memory


def make_thumbnail(source: Path, target: Path, side: int) -> QImage | None:
    """The thumbnail of ``source`` at most ``side`` pixels square (saved to ``target``,
    or read from it when already made); None when there is no picture or it is refused.
    Safe on a worker thread (``QImage`` only)."""
    if not source.is_file():
        return None
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        made = QImage(str(target))
        if not made.isNull():
            return made
    reader = QImageReader(str(source))
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()  # from the header: nothing decoded yet
    if (
        bytes(reader.format().data()) not in FORMATS
        or not size.isValid()
        or size.isEmpty()
        or max(size.width(), size.height()) > MAX_PICTURE_SIDE
    ):
        log.warning("picture %s refused: %s, %s", source.name, reader.format(), size)
        return None
    reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.warning("picture %s not decoded: %s", source.name, reader.errorString())
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # PNG, by the name
        log.warning("thumbnail %s not saved", target)
    return image


class _Relay(QObject):
    done = Signal(str, int, object)  # ref, side, QImage or None


class _Job(QRunnable):
    def __init__(self, relay: _Relay, ref: str, side: int, source: Path, target: Path) -> None:
        super().__init__()
        self._relay, self._ref, self._side = relay, ref, side
        self._source, self._target = source, target

    def run(self) -> None:
        image: QImage | None = None
        try:
            image = make_thumbnail(self._source, self._target, self._side)
        except Exception:  # never leave the view waiting for a thumbnail
            log.exception("thumbnail of %s not made", self._source.name)
        self._relay.done.emit(self._ref, self._side, image)


class Thumbnails(QObject):
    """Pixmaps of item pictures at a few sizes, made lazily off the UI thread."""

    ready = Signal(str)  # a picture reference whose pixmap can now be asked for

    def __init__(self, pictures_dir: Path, thumbnails_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.pictures_dir = pictures_dir
        self.thumbnails_dir = thumbnails_dir
        self.refused = 0  # pictures that could not be decoded within the limits
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._absent: set[tuple[str, int]] = set()
        self._pending: set[tuple[str, int]] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)

    def pixmap(self, ref: str | None, side: int) -> QPixmap | None:
        """The picture's pixmap if made; else None now, and ``ready(ref)`` once made."""
        if not ref:
            return None
        key = (ref, side)
        found = self._pixmaps.get(key)
        if found is not None or key in self._absent or key in self._pending:
            return found
        self._pending.add(key)
        name = cache_name(ref)
        target = self.thumbnails_dir / f"{name}-{side}.png"
        self._pool.start(_Job(self._relay, ref, side, self.pictures_dir / name, target))
        return None

    def refresh(self) -> None:
        """Forget what is in memory (after a picture sync: pictures may have changed)."""
        self._pixmaps.clear()
        self._absent.clear()

    def wait(self, msecs: int = 10000) -> bool:
        """Wait for the thumbnails being made (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def _done(self, ref: str, side: int, image: object) -> None:
        key = (ref, side)
        self._pending.discard(key)
        if not isinstance(image, QImage) or image.isNull():
            if (self.pictures_dir / cache_name(ref)).is_file():
                self.refused += 1
            self._absent.add(key)
            return
        if len(self._pixmaps) >= MEMORY_ENTRIES:
            self._pixmaps.pop(next(iter(self._pixmaps)))
        self._pixmaps[key] = QPixmap.fromImage(image)
        self.ready.emit(ref)
