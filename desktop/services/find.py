"""The Find place's service: search, guidance, item checks, the cart, requests, sync.

No Qt here. Methods marked *database thread* must run there (``TaskManager.run_db``);
``sync`` runs on the network pool. The catalogue store is opened lazily on the database
thread (opening may rebuild the search index).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from desktop.domain.announcement import Announcement, new_agreement_ids
from desktop.domain.cart import Cart
from desktop.domain.guidance import GuidanceRules
from desktop.domain.guidance_prices import OffAgreementAdvice, off_agreement_advice
from desktop.domain.guidance_resolve import (
    AgreementGuidance,
    GuidanceIndex,
    OrderChannel,
    cascade_rank,
)
from desktop.domain.reference import Agreement, CallOffMethod, Unit
from desktop.remote.catalogue_sync import CatalogueProgress, CatalogueSync, CatalogueSyncReport
from desktop.remote.guidance_sync import GuidanceSync, GuidanceSyncReport
from desktop.remote.http import ApiClient
from desktop.remote.outbox_sender import OutboxSender
from desktop.services.favourites import FavouritesService
from desktop.services.find_items import line_of, offer_of
from desktop.services.ordering import OrderService
from desktop.services.requests import RequestService
from desktop.storage.catalogue_cpv import cpv_codes, significant_prefix
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.catalogue_views import ItemDetail, ItemRow
from desktop.storage.database import Database, RunDb
from desktop.storage.guidance_choices import OffAgreementChoice, OffAgreementChoices
from desktop.storage.guidance_repo import GuidanceRepository
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.search import CatalogueSearch, SearchFilters, SearchResult

FIRST_PAGE = 200
ALTERNATIVES = 300  # agreement items compared when an item is bought beside an agreement


@dataclass(frozen=True)
class FindQuery:
    text: str
    language: str = "sv"
    agreement_id: str | None = None
    supplier_id: str | None = None
    cpv_prefix: str | None = None
    eco_only: bool = False

    def filters(self) -> SearchFilters:
        return SearchFilters(self.agreement_id, self.supplier_id, self.cpv_prefix, self.eco_only)


@dataclass(frozen=True)
class FindAnswer:
    query: FindQuery
    result: SearchResult
    first_ids: list[int]
    guidance: list[AgreementGuidance]
    new_agreements: frozenset[str]


@dataclass(frozen=True)
class FilterOptions:
    agreements: list[tuple[str, str]]  # (id, "name (number)"), in e-commerce and valid
    suppliers: list[tuple[str, str]]  # (id, name), those with a catalogue here
    categories: list[tuple[str, str]]  # (CPV prefix, label in the user's language)


class AddCheckKind(StrEnum):
    OK = "ok"
    OFF_AGREEMENT = "off_agreement"  # an agreement covers it: say so, ask why
    CASCADE = "cascade"  # a supplier ranked before this one exists: ask why
    GONE = "gone"  # the item is no longer in the catalogue


@dataclass(frozen=True)
class AddCheck:
    kind: AddCheckKind
    detail: ItemDetail | None
    advice: OffAgreementAdvice | None = None
    agreement: Agreement | None = None  # for CASCADE: the ranked agreement
    ranked_before: tuple[str, ...] = ()  # for CASCADE: names of the suppliers before


@dataclass(frozen=True)
class FindSyncReport:
    guidance: GuidanceSyncReport
    catalogues: CatalogueSyncReport


class FindService:
    """Everything the Find view asks for."""

    def __init__(
        self,
        database: Database,
        reference: ReferenceRepository,
        run_db: RunDb,
        client_provider: Callable[[], ApiClient],
        username: Callable[[], str | None],
        work_dir: Path,
        *,
        guidance: GuidanceRepository,
        requests: RequestService,
        choices: OffAgreementChoices,
        orders: OrderService,
        sender: OutboxSender,
        guidance_sync: GuidanceSync,
        favourites: FavouritesService,
    ) -> None:
        self.database = database
        self.reference = reference
        self.run_db = run_db
        self.username = username
        self.guidance = guidance
        self.requests = requests  # the office and call-offs (also for the Find actions)
        self.choices = choices
        self.orders = orders
        self.sender = sender
        self.guidance_sync = guidance_sync
        self.favourites = favourites  # the user's starred items (for the Find view)
        self._client_provider = client_provider
        self._work_dir = work_dir
        self._store: CatalogueStore | None = None
        self._search: CatalogueSearch | None = None
        self._index: GuidanceIndex | None = None

    # -- lazily opened (database thread) ----------------------------------------------

    @property
    def store(self) -> CatalogueStore:
        if self._store is None:
            self._store = CatalogueStore(self.database)
        return self._store

    @property
    def search(self) -> CatalogueSearch:
        if self._search is None:
            self._search = CatalogueSearch(self.database)
        return self._search

    def index(self) -> GuidanceIndex:
        if self._index is None:
            rules = self.guidance.rules() or GuidanceRules()
            self._index = GuidanceIndex(
                rules, self.reference.agreements(), self.reference.suppliers(), self.home_language()
            )
        return self._index

    def home_language(self) -> str | None:
        """The municipality's language (``GET /me``): office texts fall back to it."""
        me = self.reference.me()
        return me.language if me else None

    def invalidate(self) -> None:
        """Forget what was derived from synced data (database thread)."""
        self._index = None

    # -- finding (database thread) ----------------------------------------------------

    def query(self, query: FindQuery, today: date) -> FindAnswer:
        """Items and guidance for ``query``; the two never contradict each other: under
        an agreement whose items are not in Avrop only items naming the words typed are
        listed, and under one whose items are, its items are."""
        index = self.index()
        guides = index.resolve(query.text, query.language, today) if query.text.strip() else []
        in_avrop = bool(guides) and guides[0].channel is OrderChannel.AVROP
        result = self.search.search(
            query.text,
            language=query.language,
            filters=query.filters(),
            limit=FIRST_PAGE,
            words_only=bool(guides) and not in_avrop,
        )
        if in_avrop:
            # The card says the agreement's items are shown first below: so they are.
            filters = replace(query.filters(), agreement_id=guides[0].agreement.id)
            guided = self.search.search(
                query.text, language=query.language, filters=filters, limit=FIRST_PAGE
            )
            if not result.first_page(1):  # recognised despite a slip search cannot mend
                result = self.search.search(
                    "", language=query.language, filters=filters, limit=FIRST_PAGE
                )
            elif not query.agreement_id:
                result.put_first(guided.first_page(FIRST_PAGE))
        if not guides and query.cpv_prefix and not query.text.strip():
            code = query.cpv_prefix.ljust(8, "0")
            guides = [
                g
                for a in index.covering([code], today)[:2]
                if (g := index.for_agreement(a.id, query.language, today)) is not None
            ]
        news = new_agreement_ids(self.guidance.announcements(), today)
        return FindAnswer(query, result, result.first_page(FIRST_PAGE), guides, news)

    def rows(self, ids: list[int]) -> list[ItemRow]:
        return self.search.rows(ids)

    def item(self, item_id: int, language: str) -> ItemDetail | None:
        return self.store.item(item_id, language=language)

    def offers(self, item_id: int) -> list[ItemRow]:
        """*Database thread.* The suppliers' offers of the item's product, best first."""
        return self.store.offers(item_id)

    def item_by_article(self, supplier_id: str, seller_item_id: str) -> int | None:
        return self.store.find_item(supplier_id, seller_item_id)

    def agreement_guide(
        self, agreement_id: str, language: str, today: date
    ) -> AgreementGuidance | None:
        return self.index().for_agreement(agreement_id, language, today)

    def filter_options(self, language: str, today: date) -> FilterOptions:
        agreements = [
            a for a in self.reference.agreements() if a.in_ecommerce and a.is_valid_on(today)
        ]
        suppliers = [
            (s.id, s.name)
            for s in self.reference.suppliers()
            if s.in_ecommerce and self.store.catalogue_state(s.id).line_count > 0
        ]
        labels = cpv_codes()
        categories: dict[str, str] = {}
        for agreement in agreements:
            for code in agreement.cpv_codes:
                cpv = labels.get(code)
                if cpv is not None:
                    text = cpv.labels.get(language) or cpv.labels.get("en", code)
                    categories[significant_prefix(code)] = text
        home = self.home_language()
        names = {a.id: f"{a.name_in(language, home)} ({a.number})" for a in agreements}
        return FilterOptions(
            sorted(names.items(), key=lambda kv: kv[1].casefold()),
            suppliers,
            sorted(categories.items(), key=lambda kv: kv[1].casefold()),
        )

    # -- adding to the cart (database thread) -----------------------------------------

    def check_add(self, item_id: int, language: str, today: date) -> AddCheck:
        """Whether adding the item needs a word first (off-agreement, lower rank)."""
        detail = self.item(item_id, language)
        if detail is None:
            return AddCheck(AddCheckKind.GONE, None)
        agreement = self.reference.agreement(detail.agreement_id) if detail.agreement_id else None
        if agreement is not None and agreement.is_valid_on(today):
            rank = cascade_rank(agreement, detail.supplier_id)
            if agreement.call_off is CallOffMethod.RANKED and rank is not None and rank > 1:
                names = {s.id: s.name for s in self.reference.suppliers()}
                before = tuple(names.get(s, s) for s in agreement.supplier_ids[: rank - 1])
                return AddCheck(AddCheckKind.CASCADE, detail, None, agreement, before)
            return AddCheck(AddCheckKind.OK, detail)
        cpv = (detail.cpv_code,) if detail.cpv_code else ()
        covering = [a for a in self.index().covering(cpv, today) if a.in_ecommerce]
        if not covering:
            return AddCheck(AddCheckKind.OK, detail)
        offers = []
        for other in covering[:2]:
            filters = SearchFilters(
                agreement_id=other.id,
                cpv_prefix=significant_prefix(detail.cpv_code) if detail.cpv_code else None,
            )
            found = self.search.search("", language=language, filters=filters, limit=ALTERNATIVES)
            offers += [offer_of(r) for r in self.rows(found.fetch_ids(0, ALTERNATIVES))]
        advice = off_agreement_advice(offer_of(detail, cpv), covering, offers, today)
        if advice is None:
            return AddCheck(AddCheckKind.OK, detail)
        return AddCheck(AddCheckKind.OFF_AGREEMENT, detail, advice)

    def add_to_cart(
        self,
        unit_id: str,
        detail: ItemDetail,
        quantity: Decimal,
        reason: str | None = None,
        advice: OffAgreementAdvice | None = None,
    ) -> Cart:
        """Put the item in the unit's cart; a reason given is kept for the order."""
        cart = self.orders.add_to_cart(unit_id, line_of(detail), quantity)
        if reason:
            self.choices.record(
                OffAgreementChoice(
                    unit_id,
                    detail.supplier_id,
                    detail.seller_item_id,
                    self.username() or "",
                    advice.agreement.id if advice else detail.agreement_id,
                    reason,
                    advice.difference if advice else None,
                    datetime.now(UTC),
                )
            )
        return cart

    def reason_for_cart(self, unit_id: str) -> str | None:
        """The reasons given for the items now in the unit's cart (others are dropped):
        what the order placed from this cart carries as ``off_agreement_reason``."""
        in_cart = {line.key for line in self.orders.cart(unit_id).lines}
        kept = self.choices.choices(unit_id)
        gone = [(c.supplier_id, c.seller_item_id) for c in kept]
        self.choices.forget(unit_id, [k for k in gone if k not in in_cart])
        return self.choices.reason_for_cart(unit_id)

    # -- news (database thread) ------------------------------------------------------

    def announcements(self) -> list[Announcement]:
        return self.guidance.announcements()

    def unseen_announcements(self, mark_seen: bool) -> list[Announcement]:
        """The announcements not yet shown; with ``mark_seen`` they count as shown now."""
        items = self.guidance.unseen_announcements()
        if mark_seen and items:
            self.guidance.mark_seen([a.id for a in items], datetime.now(UTC))
        return items

    def units(self) -> list[Unit]:
        me = self.reference.me()
        mine = set(me.unit_ids) if me is not None else set()
        return [u for u in self.reference.units() if u.id in mine]

    # -- sync (network pool) ----------------------------------------------------------

    def sync(self, progress: Callable[[CatalogueProgress], None] | None = None) -> FindSyncReport:
        """Guidance, announcements and answers, then every supplier's catalogue."""
        guidance = self.guidance_sync.sync()
        catalogues = CatalogueSync(
            self._client_provider,
            self.run_db(lambda: self.store),
            self.reference,
            self.run_db,
            self._work_dir,
        ).sync(progress)
        self.run_db(self.invalidate)
        self.sender.wake()
        return FindSyncReport(guidance, catalogues)
