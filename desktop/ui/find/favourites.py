"""Favourites on the Find place: the star of the chosen item (the item pane's button or
Ctrl+D) and the "Favourites" toggle that lists the user's starred items as the results,
so that one goes into the cart as from a search. A favourite that left the catalogue is
named under the list as gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.services.favourites import FavouriteItem
from desktop.storage.catalogue_views import ItemDetail
from desktop.ui.shell.errors import message_for

if TYPE_CHECKING:
    from desktop.ui.find.view import FindView

STAR_KEY = "Ctrl+D"


class FindFavourites(QObject):
    """The star and the list of favourites of one Find view."""

    shown = Signal(object)  # list[FavouriteItem], once listed (tests wait on it)
    starred = Signal(bool)  # the store now holds (or no longer holds) the chosen item

    def __init__(self, view: FindView) -> None:
        super().__init__(view)
        self.view = view
        self.items: list[FavouriteItem] = []
        self.button = QPushButton(view)
        self.button.setObjectName("findFavourites")
        self.button.setCheckable(True)
        self.gone_label = QLabel(view)
        self.gone_label.setObjectName("findFavouritesGone")
        self.gone_label.setWordWrap(True)
        self.gone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gone_label.hide()
        self.shortcut = QShortcut(QKeySequence(STAR_KEY), view)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.toggle_star)
        self.button.toggled.connect(self._listing_toggled)
        view.search_edit.textEdited.connect(lambda _text: self.button.setChecked(False))
        view.pane.favourite_toggled.connect(self._star_changed)
        view.item_shown.connect(self._item_shown)
        self.retranslate()

    @property
    def listing(self) -> bool:
        """Whether the results show the favourites rather than a search."""
        return self.button.isChecked()

    def toggle_star(self) -> None:
        """Star the chosen item, or unstar it (Ctrl+D)."""
        if self.view.pane.detail is not None:
            self.view.pane.star.toggle()

    def _listing_toggled(self, on: bool) -> None:
        if not on:
            self.gone_label.hide()
        self.view.run_search()

    def _item_shown(self, detail: ItemDetail | None) -> None:
        if detail is None:
            return
        favourites, pane = self.view.service.favourites, self.view.pane

        def show(on: bool) -> None:
            if pane.detail is detail:
                pane.set_favourite(on)

        self.view.tasks.run_db(lambda: favourites.is_favourite(detail), show)

    def _star_changed(self, on: bool) -> None:
        detail = self.view.pane.detail
        if detail is None:
            return
        favourites = self.view.service.favourites
        self.view.tasks.run_db(
            lambda: favourites.set_favourite(detail, on), self._stored, self._failed
        )

    def _stored(self, on: bool) -> None:
        self.view.pane.set_favourite(on)
        self.view.notice.emit(
            self.tr("Added to your favourites.") if on else self.tr("Removed from your favourites.")
        )
        self.starred.emit(on)

    def _failed(self, error: BaseException) -> None:
        self.view.pane.set_favourite(False)
        self.view.notice.emit(message_for(error))

    # -- the list ---------------------------------------------------------------------

    def load(self) -> None:
        """Show the user's favourites as the results (only the newest listing is shown)."""
        favourites = self.view.service.favourites
        self.view.tasks.latest("find-search").run_db(favourites.items, self._show)

    def _show(self, items: list[FavouriteItem]) -> None:
        view, today = self.view, self.view.today()
        self.items = items
        view.answer = None
        view.error_label.hide()
        view.empty_box.hide()
        view.splitter.show()
        view.count_label.show()
        view.guidance.show_guidance([], frozenset(), today)
        ids = [i.item_id for i in items if i.item_id is not None]
        view.model.set_result(ids, complete=True, today=today)
        if items:
            text = self.tr("%n favourite(s).", "", len(items))
        else:
            text = self.tr("No favourites yet: choose an item and star it (%1).")
            text = text.replace("%1", STAR_KEY)
        view.count_label.setText(text)
        view.count_label.setAccessibleName(text)
        gone = [i.favourite.name for i in items if i.gone]
        self.gone_label.setText(
            self.tr("No longer in the catalogue: %1").replace("%1", ", ".join(gone))
        )
        self.gone_label.setAccessibleName(self.gone_label.text())
        self.gone_label.setVisible(bool(gone))
        if ids:
            view.table.selectRow(0)
        else:
            view.pane.show_detail(None)
        self.shown.emit(items)

    def retranslate(self) -> None:
        self.button.setText("\u2605 " + self.tr("Favourites"))
        self.button.setAccessibleName(self.tr("Show my favourites"))
        self.button.setToolTip(self.tr("Your starred items; star the chosen item with Ctrl+D"))
        if self.listing:
            self._show(self.items)
