"""The lazy table of search results: it holds item ids only and loads the rows drawn.

The search hands over the ranked ids known so far (the first page); more ids are fetched
as the view scrolls (``fetchMore``), and a page of rows is loaded off the UI thread when
a row of it is first drawn, its cells' texts formatted there too (``RowsArrival``). A
new search resets the model; pages that arrive for an older search are dropped.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find import result_texts
from desktop.ui.find.result_texts import (
    compare_text,
    labels_text,
    price_text,
    result_tr,
    row_texts,
    sample_texts,
)
from desktop.ui.find.results_pages import (
    IdFetcher,
    PageRequest,
    PreparedPage,
    RowLoader,
    RowsArrival,
)
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the first paint draws no pictures: PySide sets up a class's enums
    from PySide6.QtGui import QIcon, QPixmap  # when first imported (a few ms for these)

__all__ = [
    "FindResultsModel",
    "PreparedPage",
    "RowsArrival",
    "compare_text",
    "price_text",
    "sample_texts",
]

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 100  # rows loaded at a time
ID_CHUNK = 2000  # ids fetched at a time when scrolling past those known
KEPT_PAGES = 40  # pages of rows kept (the oldest loaded dropped): memory stays bounded
PLACEHOLDER = "…"
OFF_AGREEMENT_COLOUR = "#6a7479"
PICTURE_SIDE = 32  # the thumbnail beside an item's name

_Index = QModelIndex | QPersistentModelIndex
# The roles as plain ints (what the view passes), and the ones answered.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ITEM_ID, _ITEM_ROW = int(ITEM_ID_ROLE), int(ITEM_ROW_ROLE)
_TEXT_ROLES = (_DISPLAY, _ACCESSIBLE)
_ANSWERED = frozenset(
    (*_TEXT_ROLES, _DECORATION, _TOOLTIP, _FOREGROUND, _FONT, _ALIGNMENT, _ITEM_ID, _ITEM_ROW)
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_OFF_AGREEMENT = QColor(OFF_AGREEMENT_COLOUR)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked for each cell

_HEADERS = (
    QT_TRANSLATE_NOOP("FindResultsModel", "Item"),
    QT_TRANSLATE_NOOP("FindResultsModel", "Price"),
    QT_TRANSLATE_NOOP("FindResultsModel", "Compare price"),
    QT_TRANSLATE_NOOP("FindResultsModel", "Agreement"),
    QT_TRANSLATE_NOOP("FindResultsModel", "You save"),
    QT_TRANSLATE_NOOP("FindResultsModel", "Labels"),
    QT_TRANSLATE_NOOP("FindResultsModel", "Supplier"),
)


class PictureSource(Protocol):
    """Where the model gets item pictures (``thumbnails.Thumbnails``): never blocking."""

    ready: SignalInstance

    def pixmap(self, ref: str | None, side: int) -> QPixmap | None: ...


class FindResultsModel(QAbstractTableModel):
    """Ids of one search; rows loaded by ``load_rows`` as they are drawn. With
    ``set_pictures``, the name column is decorated with the item's thumbnail (asked for
    as the row is drawn), else the category icon."""

    NAME, PRICE, COMPARE = result_texts.NAME, result_texts.PRICE, result_texts.COMPARE
    AGREEMENT, SAVES, LABELS = result_texts.AGREEMENT, result_texts.SAVES, result_texts.LABELS
    SUPPLIER, COLUMN_COUNT = result_texts.SUPPLIER, result_texts.COLUMN_COUNT
    NUMBER_COLUMNS = frozenset((PRICE, COMPARE, SAVES))  # aligned right
    rows_loaded = Signal(int, int)  # first and last row that now have data

    def __init__(self, load_rows: RowLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._fetch_ids: IdFetcher | None = None
        self._ids = array("q")  # 8 bytes an id (a million when scrolled through)
        self._rows: dict[int, ItemRow] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # item id -> its cells' texts
        self._pending: set[int] = set()  # pages being loaded or loaded
        self._kept: dict[int, list[int]] = {}  # loaded page -> its ids, oldest first
        self._fetching = False
        self._complete = True
        self._generation = 0
        self._texts_epoch = 0  # one more at each change of language
        self._today = date.today()
        self._new: frozenset[str] = frozenset()
        self._pictures: PictureSource | None = None
        self._no_picture: QIcon | None = None  # with ``set_pictures``
        self._plain, self._bold = QFont(), QFont()
        self._bold.setBold(True)
        self._off_agreement: QBrush | None = None  # made when first drawn (QBrush's
        # set-up, ~1.7 ms, is not part of the first paint unless a row needs it)
        self._pictures_changed = QTimer(self)
        self._pictures_changed.setSingleShot(True)
        self._pictures_changed.setInterval(40)  # many thumbnails arrive: one repaint
        self._pictures_changed.timeout.connect(self._repaint_pictures)

    # -- feeding ----------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    def set_result(
        self,
        ids: Sequence[int],
        *,
        complete: bool,
        fetch_ids: IdFetcher | None = None,
        today: date | None = None,
        new_agreements: frozenset[str] = frozenset(),
        rows: Sequence[ItemRow] = (),
    ) -> None:
        """Show a new search's first ids; ``fetch_ids`` gives more when scrolled to.
        ``rows``, loaded with the ids, are drawn at once (their pages are not asked for)."""
        self.beginResetModel()
        self._generation += 1
        self._ids = array("q", ids)
        self._rows = {}
        self._texts = {}
        self._pending = set()
        self._kept = {}
        self._fetching = False
        self._complete = complete or fetch_ids is None
        self._fetch_ids = fetch_ids
        self._today = today or date.today()
        self._new = new_agreements
        self._keep_loaded(rows)
        self.endResetModel()

    def _keep_loaded(self, rows: Sequence[ItemRow]) -> None:
        """The pages, from the first, whose every row is in ``rows``: loaded already."""
        known = {row.item_id: row for row in rows}
        for page in range(len(self._ids) // PAGE + 1):
            ids = self._ids[page * PAGE : (page + 1) * PAGE].tolist()
            if not ids or any(i not in known for i in ids):
                return
            self._rows.update((i, known[i]) for i in ids)
            self._pending.add(page)
            self._kept[page] = ids

    def set_pictures(self, pictures: PictureSource, no_picture: QIcon) -> None:
        """Decorate names with thumbnails from ``pictures``; ``no_picture`` meanwhile."""
        self._pictures, self._no_picture = pictures, no_picture
        pictures.ready.connect(lambda _ref: self._pictures_changed.start())

    def refresh_pictures(self) -> None:
        """Ask for every drawn row's picture again (after a picture sync)."""
        self._pictures_changed.start()

    def _repaint_pictures(self) -> None:
        if self._ids:
            last = self.index(len(self._ids) - 1, self.NAME)
            role = Qt.ItemDataRole.DecorationRole
            self.dataChanged.emit(self.index(0, self.NAME), last, [role])

    def item_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def item_row(self, row: int) -> ItemRow | None:
        item_id = self.item_id(row)
        return None if item_id is None else self._rows.get(item_id)

    def loaded_rows(self) -> int:
        return sum(1 for i in self._ids if i in self._rows)

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < self.COLUMN_COUNT and role == Qt.ItemDataRole.DisplayRole:
            return result_tr(_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every cell drawn (7 at each cell; a ``multiData`` that
        # answered them in one call measured no faster): the roles never answered return
        # at once, the rest compare plain ints.
        if role not in _ANSWERED:
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self._ids) or not index.isValid():
            return None
        item_id = self._ids[row_number]
        if role == _ITEM_ID:
            return item_id
        row = self._rows.get(item_id)
        column = index.column()
        if row is None:
            if role in _TEXT_ROLES:
                self._request(row_number)
                return PLACEHOLDER if column == self.NAME else ""
            return None
        if role in _TEXT_ROLES:
            return self._text(row, column)
        if role == _ITEM_ROW:
            return row
        if role == _DECORATION:
            if column != self.NAME or self._pictures is None:
                return None
            return self._pictures.pixmap(row.image_ref, PICTURE_SIDE) or self._no_picture
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _FOREGROUND:
            return None if row.agreement_valid_on(self._today) else self._off_agreement_brush()
        if role == _FONT:
            if column != self.AGREEMENT:
                return None
            return self._bold if row.agreement_valid_on(self._today) else self._plain
        return _RIGHT if column in self.NUMBER_COLUMNS else None  # _ALIGNMENT

    def _off_agreement_brush(self) -> QBrush:
        if self._off_agreement is None:
            self._off_agreement = QBrush(_OFF_AGREEMENT)
        return self._off_agreement

    def _tooltip(self, row: ItemRow, column: int) -> str | None:
        if column == self.AGREEMENT and row.agreement_name:
            return f"{row.agreement_name} ({row.agreement_number})"
        if column == self.NAME:
            return f"{row.name}\n{row.supplier_name}"
        if column == self.LABELS:
            return labels_text(row, row.agreement_id in self._new) or None
        return self._text(row, column) or None

    def _text(self, row: ItemRow, column: int) -> str:
        texts = self._texts.get(row.item_id)
        if texts is None:  # rows not prepared by their loader: formatted once, here
            texts = self._texts[row.item_id] = row_texts(row, self._today, self._new)
        return texts[column]

    # -- lazy loading -----------------------------------------------------------------

    def _request(self, row: int) -> None:
        page = row // PAGE
        if page in self._pending:
            return
        self._pending.add(page)
        ids = self._ids[page * PAGE : (page + 1) * PAGE].tolist()
        request = PageRequest(
            self, self._generation, page, self._texts_epoch, self._today, self._new
        )
        self._load_rows(ids, request)

    def page_loaded(self, request: PageRequest, loaded: list[ItemRow] | PreparedPage) -> None:
        if request.generation != self._generation:
            return  # an older search's rows
        page = request.page
        rows = loaded.rows if isinstance(loaded, PreparedPage) else loaded
        for row in rows:
            self._rows[row.item_id] = row
        if isinstance(loaded, PreparedPage) and request.texts_epoch == self._texts_epoch:
            self._texts.update(zip((row.item_id for row in rows), loaded.texts, strict=True))
        self._kept[page] = [row.item_id for row in rows]
        if len(self._kept) > KEPT_PAGES:  # drawn again, it is loaded again
            oldest = next(iter(self._kept))
            for item_id in self._kept.pop(oldest):
                self._rows.pop(item_id, None)
                self._texts.pop(item_id, None)
            self._pending.discard(oldest)
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))
            self.rows_loaded.emit(first, last)

    def page_failed(self, request: PageRequest) -> None:
        """Left marked as pending, the page's rows would never come: drawn again, it is
        asked for again."""
        if request.generation == self._generation:
            self._pending.discard(request.page)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch_ids is None:
            return
        self._fetching = True
        generation = self._generation
        self._fetch_ids(len(self._ids), lambda ids: self._more(generation, ids))

    def _more(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not ids:
            self._complete = True
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()

    def retranslate(self) -> None:
        self._texts = {}  # formatted in the language they were loaded in
        self._texts_epoch += 1  # and those of pages on their way too
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMN_COUNT - 1)
            )
