"""Guidance: needs typed in sv, da, nb, en (and misspelt) resolve to the right agreements."""

from __future__ import annotations

from datetime import date

import pytest

from central_api.demo.guidance import demo_guidance
from desktop.domain.guidance import GuidanceRules, NeedRule, pick_text
from desktop.domain.guidance_resolve import (
    GuidanceIndex,
    OrderChannel,
    cpv_covers,
    needs_cascade_reason,
)
from desktop.domain.reference import CallOffMethod
from tests.fixtures.find_data import TODAY, demo_agreements, demo_suppliers


@pytest.fixture(scope="module")
def index() -> GuidanceIndex:
    return GuidanceIndex(demo_guidance(), demo_agreements(), demo_suppliers())


NEEDS_TABLE: list[tuple[str, str, str]] = [
    # (typed, user's language, expected first agreement)
    ("kaffe", "sv", "a-coffee"),
    ("bröd", "sv", "a-bakery"),
    ("blöjor", "sv", "a-nappies"),
    ("kopieringspapper", "sv", "a-copy_paper"),
    ("skyddshandskar", "sv", "a-gloves"),
    ("hantverkare", "sv", "a-craftsmen"),
    ("taxi", "sv", "a-taxi"),
    ("handsprit", "sv", "a-sanitiser"),
    ("toalettpapper", "sv", "a-hygiene"),
    ("möbler", "sv", "a-furniture"),
    ("kaffe", "da", "a-coffee"),
    ("brød", "da", "a-bakery"),
    ("bleer", "da", "a-nappies"),
    ("kopipapir", "da", "a-copy_paper"),
    ("handsker", "da", "a-gloves"),
    ("håndværker", "da", "a-craftsmen"),
    ("taxa", "da", "a-taxi"),
    ("kaffe", "nb", "a-coffee"),
    ("brød", "nb", "a-bakery"),
    ("bleier", "nb", "a-nappies"),
    ("kopipapir", "nb", "a-copy_paper"),
    ("hansker", "nb", "a-gloves"),
    ("håndverker", "nb", "a-craftsmen"),
    ("drosje", "nb", "a-taxi"),
    ("coffee", "en", "a-coffee"),
    ("bread", "en", "a-bakery"),
    ("nappies", "en", "a-nappies"),
    ("copy paper", "en", "a-copy_paper"),
    ("gloves", "en", "a-gloves"),
    ("plumber", "en", "a-craftsmen"),
    ("taxi", "en", "a-taxi"),
    # The neighbour's letters and keyboard stand-ins: ä/æ, ö/ø, å/aa, ae, oe.
    ("brød", "sv", "a-bakery"),
    ("bröd", "da", "a-bakery"),
    ("broed", "nb", "a-bakery"),
    ("brod", "en", "a-bakery"),
    ("bløjor", "sv", "a-nappies"),
    ("møbler", "sv", "a-furniture"),
    ("möbler", "da", "a-furniture"),
    ("häandværker", "da", "a-craftsmen"),
    ("haandvaerker", "da", "a-craftsmen"),
    ("håndvärker", "nb", "a-craftsmen"),
    ("kaffebönner", "da", "a-coffee"),
    ("kaffebønor", "sv", "a-coffee"),
    ("smør", "sv", "a-dairy"),
    ("smör", "nb", "a-dairy"),
    ("äble", "da", "a-fruit"),
    ("grønsaker", "sv", "a-fruit"),
    ("skyddshänskar", "sv", "a-gloves"),
    # Typing slips and words typed half-way.
    ("skyddshanskar", "sv", "a-gloves"),
    ("kopipapper", "sv", "a-copy_paper"),
    ("hand sanitizer", "en", "a-sanitiser"),
    ("kaff", "sv", "a-coffee"),
    ("blöj", "sv", "a-nappies"),
    ("kopipap", "sv", "a-copy_paper"),
    ("handspr", "sv", "a-sanitiser"),
    ("Bröd till fredag", "sv", "a-bakery"),
    ("  KAFFE!  ", "sv", "a-coffee"),
]


@pytest.mark.parametrize(("typed", "language", "expected"), NEEDS_TABLE)
def test_needs_table_resolves_to_the_expected_agreement(
    index: GuidanceIndex, typed: str, language: str, expected: str
) -> None:
    found = index.resolve(typed, language, TODAY)
    assert found, f"{typed!r} ({language}) found no agreement"
    assert found[0].agreement.id == expected


@pytest.mark.parametrize("typed", ["", " ", "x", "!!", "zzzqqq", "ölandskt fornminne"])
def test_unrelated_text_finds_no_agreement(index: GuidanceIndex, typed: str) -> None:
    assert index.resolve(typed, "sv", TODAY) == []


def test_own_language_phrase_ranks_first(index: GuidanceIndex) -> None:
    # "te" is tea in sv/da/nb; the exact phrase beats a prefix of anything else.
    matches = index.match_needs("te", "sv")
    assert matches[0].rule.id == "coffee"
    assert matches[0].language == "sv"


def test_one_need_may_lead_to_several_agreements(index: GuidanceIndex) -> None:
    ids = [g.agreement.id for g in index.resolve("krislager", "sv", TODAY)]
    assert ids[:2] == ["a-gloves", "a-sanitiser"]


def test_expired_agreement_falls_back_to_the_agreement_covering_its_cpv() -> None:
    index = GuidanceIndex(
        demo_guidance(), demo_agreements(expired=frozenset({"bakery"})), demo_suppliers()
    )
    found = index.resolve("bröd", "sv", TODAY)
    # Groceries (CPV 15000000) covers bread (15810000); the expired bakery agreement is gone.
    assert [g.agreement.id for g in found] == ["a-groceries"]


def test_ranked_cascade_lists_suppliers_in_rank_order(index: GuidanceIndex) -> None:
    bakery = index.resolve("bröd", "sv", TODAY)[0]
    assert bakery.call_off is CallOffMethod.RANKED
    assert bakery.channel is OrderChannel.AVROP
    assert [s.rank for s in bakery.steps] == [1, 2, 3]
    assert [s.supplier_id for s in bakery.steps] == ["s-bakery-1", "s-bakery-2", "s-bakery-3"]
    assert all(s.orders_in_avrop for s in bakery.steps)
    assert bakery.savings_percent == 36
    assert any("12" in a for a in bakery.advice)
    assert needs_cascade_reason(bakery.agreement, "s-bakery-2")
    assert not needs_cascade_reason(bakery.agreement, "s-bakery-1")


def test_direct_agreement_outside_ecommerce_says_whom_to_contact(index: GuidanceIndex) -> None:
    taxi = index.resolve("taxi", "sv", TODAY)[0]
    assert taxi.call_off is CallOffMethod.DIRECT
    assert taxi.channel is OrderChannel.CONTACT_SUPPLIER
    assert taxi.quote_number == taxi.agreement.number
    (step,) = taxi.steps
    assert step.supplier is not None and step.supplier.phone
    assert not step.orders_in_avrop
    assert not needs_cascade_reason(taxi.agreement, step.supplier_id)


def test_mini_competition_goes_to_the_office(index: GuidanceIndex) -> None:
    furniture = index.resolve("möbler", "sv", TODAY)[0]
    assert furniture.call_off is CallOffMethod.MINI_COMPETITION
    assert furniture.channel is OrderChannel.ASK_OFFICE
    english = index.resolve("furniture", "en", TODAY)[0]
    assert "mini-competition" in english.advice[0]


def test_for_agreement_and_covering(index: GuidanceIndex) -> None:
    guide = index.for_agreement("a-coffee", "en", TODAY)
    assert guide is not None and guide.need is None and guide.channel is OrderChannel.AVROP
    assert index.for_agreement("a-nope", "en", TODAY) is None
    assert index.for_agreement("a-coffee", "en", date(2030, 1, 1)) is None
    covering = [a.id for a in index.covering(["15811100"], TODAY)]
    assert covering == ["a-bakery", "a-groceries"]


def test_cpv_covers_by_level() -> None:
    assert cpv_covers("15000000", "15810000")
    assert cpv_covers("15810000", "15811100")
    assert not cpv_covers("15810000", "15860000")
    assert not cpv_covers("03220000", "30192700")


def test_guidance_rules_json_round_trip() -> None:
    rules = demo_guidance()
    again = GuidanceRules.from_json(rules.to_json())
    assert again == rules
    assert again.synonyms_for("sv")["kopipapper"] == ("kopieringspapper",)


def test_malformed_guidance_is_refused() -> None:
    with pytest.raises(ValueError, match="phrases"):
        GuidanceRules.from_json({"needs": [{"id": "x", "phrases": ["kaffe"]}]})
    with pytest.raises(ValueError, match="id"):
        NeedRule.from_json({"phrases": {}})


def test_pick_text_falls_back_to_a_neighbour_language() -> None:
    assert pick_text({"sv": "Hej", "en": "Hi"}, "nb") == "Hej"
    assert pick_text({"en": "Hi"}, "da") == "Hi"
    assert pick_text({}, "sv") == ""
