"""The judged set (``judged_needs``) on the real demo catalogue, synced from the demo
server over loopback: for every need the guidance names the expected agreement first,
no unrelated item is among the first ten results, and a need whose agreement's items are
in Avrop lists some. "Unrelated" is decided by the item's agreement and category: an
item is related when it is on the expected agreement, or its CPV code is one the
agreement's own items carry or lies inside the agreement's scope."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.guidance_resolve import OrderChannel, cpv_covers
from desktop.services.find import FindQuery, FindService
from desktop.storage.search import SearchFilters
from tests.desktop.storage.judged_needs import JUDGED_NEEDS, KNOWN_MISSES, JudgedNeed
from tests.fixtures.find_ui import STORE_FILE, _services

TOP = 10


@dataclass(frozen=True)
class Outcome:
    first_agreement: str | None
    in_avrop: bool
    shown: int
    unrelated: list[tuple[str, str | None, str | None]]  # name, agreement, CPV

    def fine(self, need: JudgedNeed) -> bool:
        listed = self.shown > 0 or not self.in_avrop
        return self.first_agreement == need.agreement and not self.unrelated and listed


@pytest.fixture(scope="module")
def find_service(
    tmp_path_factory: pytest.TempPathFactory, find_template: Path, demo_server: Any
) -> Iterator[FindService]:
    folder = tmp_path_factory.mktemp("judged")
    shutil.copyfile(find_template, folder / STORE_FILE)
    services = _services(folder, demo_server.url)
    try:
        yield services.find
    finally:
        services.close()


def _related_cpv(service: FindService, agreement_id: str) -> tuple[set[str], tuple[str, ...]]:
    """The CPV codes the agreement's items carry, and its scope."""
    agreement = service.reference.agreement(agreement_id)
    scope = agreement.cpv_codes if agreement else ()
    filters = SearchFilters(agreement_id=agreement_id)
    found = service.search.search("", filters=filters, limit=5000)
    codes = set()
    for item_id in found.fetch_ids(0, 5000):
        detail = service.item(item_id, "sv")
        if detail is not None and detail.cpv_code:
            codes.add(detail.cpv_code)
    return codes, scope


@pytest.fixture(scope="module")
def outcomes(find_service: FindService) -> dict[JudgedNeed, Outcome]:
    today = date.today()
    related: dict[str, tuple[set[str], tuple[str, ...]]] = {}
    found: dict[JudgedNeed, Outcome] = {}
    for need in JUDGED_NEEDS:
        if need.agreement not in related:
            related[need.agreement] = _related_cpv(find_service, need.agreement)
        codes, scope = related[need.agreement]
        answer = find_service.query(FindQuery(need.typed, need.language), today)
        unrelated = []
        for item_id in answer.first_ids[:TOP]:
            detail = find_service.item(item_id, need.language)
            assert detail is not None
            cpv = detail.cpv_code
            if detail.agreement_id == need.agreement or (
                cpv and (cpv in codes or any(cpv_covers(s, cpv) for s in scope))
            ):
                continue
            unrelated.append((detail.name, detail.agreement_id, cpv))
        guides = answer.guidance
        found[need] = Outcome(
            guides[0].agreement.id if guides else None,
            bool(guides) and guides[0].channel is OrderChannel.AVROP,
            len(answer.first_ids),
            unrelated,
        )
    return found


def test_the_judged_set_is_broad_enough() -> None:
    assert len(JUDGED_NEEDS) >= 60
    assert {n.language for n in JUDGED_NEEDS} == {"sv", "da", "nb", "en"}
    assert sum(n.slip for n in JUDGED_NEEDS) * 4 >= len(JUDGED_NEEDS)


def test_summary(outcomes: dict[JudgedNeed, Outcome]) -> None:
    hits = [n for n, o in outcomes.items() if o.fine(n)]
    slips = [n for n in outcomes if n.slip]
    print(
        f"\njudged needs: {len(hits)}/{len(outcomes)} right "
        f"(with a slip: {sum(n in hits for n in slips)}/{len(slips)})"
    )
    for need, outcome in outcomes.items():
        if not outcome.fine(need):
            print(f"  miss: {need.typed!r} ({need.language}): {outcome}")
    assert {n.typed for n in outcomes if not outcomes[n].fine(n)} <= KNOWN_MISSES


@pytest.mark.parametrize(
    "need",
    [
        pytest.param(
            n,
            id=f"{n.language}-{n.typed}",
            marks=[pytest.mark.xfail(strict=True)] if n.typed in KNOWN_MISSES else [],
        )
        for n in JUDGED_NEEDS
    ],
)
def test_a_judged_need(outcomes: dict[JudgedNeed, Outcome], need: JudgedNeed) -> None:
    outcome = outcomes[need]
    assert outcome.first_agreement == need.agreement, outcome
    assert not outcome.unrelated, outcome
    if outcome.in_avrop:
        assert outcome.shown > 0, outcome


@pytest.mark.parametrize(
    "need", [n for n in JUDGED_NEEDS if n.slip], ids=lambda n: f"{n.language}-{n.typed}"
)
def test_the_item_search_itself_forgives_the_slip(
    find_service: FindService, outcomes: dict[JudgedNeed, Outcome], need: JudgedNeed
) -> None:
    """Not only the guidance: the words typed find the agreement's items first."""
    if not outcomes[need].in_avrop:
        pytest.skip("the agreement's items are not in Avrop's shop")
    search = find_service.search
    (first,) = search.rows(search.search(need.typed, language=need.language).first_page(1))
    assert first.agreement_id == need.agreement, first
