"""Order templates of a unit: read and save them on the server, start a cart from one
(no Qt). A line whose item left the catalogue is offered the best match from the same
agreement instead."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.remote.http import ApiClient
from desktop.services.find import FindService
from desktop.services.find_items import line_of
from desktop.storage.search import SearchFilters


@dataclass(frozen=True)
class TemplateLine:
    supplier_id: str
    seller_item_id: str
    name: str
    quantity: Decimal
    agreement_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "supplier_id": self.supplier_id,
            "seller_item_id": self.seller_item_id,
            "name": self.name,
            "quantity": format(self.quantity.normalize(), "f"),
            "agreement_id": self.agreement_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TemplateLine:
        return cls(
            str(data["supplier_id"]),
            str(data["seller_item_id"]),
            str(data["name"]),
            Decimal(str(data["quantity"])),
            data.get("agreement_id"),
        )


@dataclass(frozen=True)
class OrderTemplate:
    template_id: str
    name: str
    lines: tuple[TemplateLine, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.template_id,
            "name": self.name,
            "lines": [line.to_json() for line in self.lines],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrderTemplate:
        lines = tuple(TemplateLine.from_json(line) for line in data.get("lines", []))
        return cls(str(data["id"]), str(data["name"]), lines)


@dataclass(frozen=True)
class UnitTemplates:
    """A unit's templates and the ETag to send back when saving them."""

    unit_id: str
    templates: tuple[OrderTemplate, ...]
    etag: str


@dataclass(frozen=True)
class LineCheck:
    """A template line against today's catalogue: its item, or a replacement."""

    line: TemplateLine
    item_id: int | None  # None: the item left the catalogue
    replacement_id: int | None = None
    replacement_name: str | None = None


class TemplateService:
    """``GET/PUT /units/{id}/templates`` and carts started from a template."""

    def __init__(self, client: Callable[[], ApiClient], find: FindService) -> None:
        self._client = client
        self._find = find

    def fetch(self, unit_id: str) -> UnitTemplates:
        """The unit's templates (network thread)."""
        answer = self._client().get_json(f"/units/{unit_id}/templates")
        data = answer.data if isinstance(answer.data, dict) else {}
        templates = tuple(OrderTemplate.from_json(t) for t in data.get("templates", []))
        return UnitTemplates(unit_id, templates, answer.etag or "*")

    def save(self, current: UnitTemplates, templates: Sequence[OrderTemplate]) -> UnitTemplates:
        """Replace the unit's templates; ``ApiError`` 412 when someone changed them."""
        answer = self._client().put_json(
            f"/units/{current.unit_id}/templates",
            {"templates": [t.to_json() for t in templates]},
            headers={"If-Match": current.etag},
        )
        data = answer.data if isinstance(answer.data, dict) else {}
        saved = tuple(OrderTemplate.from_json(t) for t in data.get("templates", []))
        return UnitTemplates(current.unit_id, saved, answer.etag or "*")

    def from_cart(self, unit_id: str, name: str) -> OrderTemplate:
        """A new template of the unit's cart as it is now (database thread)."""
        lines = tuple(
            TemplateLine(
                line.supplier_id, line.seller_item_id, line.name, line.quantity, line.agreement_id
            )
            for line in self._find.orders.cart(unit_id).lines
        )
        return OrderTemplate(f"t-{uuid.uuid4().hex[:12]}", name, lines)

    def check(self, template: OrderTemplate, language: str = "sv") -> list[LineCheck]:
        """Each line against the local catalogue (database thread)."""
        return [self._check_line(line, language) for line in template.lines]

    def _check_line(self, line: TemplateLine, language: str) -> LineCheck:
        item_id = self._find.item_by_article(line.supplier_id, line.seller_item_id)
        if item_id is not None:
            return LineCheck(line, item_id)
        if line.agreement_id is None:
            return LineCheck(line, None)
        found = self._find.search.search(
            line.name, language=language, filters=SearchFilters(agreement_id=line.agreement_id)
        )
        ids = found.fetch_ids(0, 1)
        if not ids:
            found = self._find.search.search(
                line.name.split()[0] if line.name.split() else "",
                language=language,
                filters=SearchFilters(agreement_id=line.agreement_id),
            )
            ids = found.fetch_ids(0, 1)
        if not ids:
            return LineCheck(line, None)
        rows = self._find.rows(ids)
        return LineCheck(line, None, ids[0], rows[0].name if rows else None)

    def start_cart(
        self, unit_id: str, checks: Sequence[LineCheck], *, use_replacements: bool = True
    ) -> int:
        """Put the template's items in the unit's cart in one step; the number of lines
        added (database thread). Gone items go in as their replacement when asked."""
        added = 0
        for check in checks:
            item_id = check.item_id
            if item_id is None and use_replacements:
                item_id = check.replacement_id
            detail = self._find.item(item_id, "sv") if item_id is not None else None
            if detail is None:
                continue
            self._find.orders.add_to_cart(unit_id, line_of(detail), check.line.quantity)
            added += 1
        return added
