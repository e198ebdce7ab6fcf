"""The spend figures of the hand-computed fixture (``tests/fixtures/spend_data.py``).

Every expected number below is worked out by hand from the fixture's invoices; the
arithmetic is in the comments. Period 2025-01-01 … 2025-03-31, unit ``u-fixture``:

    inv   date        supplier          cpv       acct  amount   kind                 list
    fx-i1 2025-01-10  coffee-1          15860000  4010  1000.00  Avrop, a-fx-coffee   1250.00
    fx-i2 2025-01-20  furniture-1       39160000  5410  3000.00  call-off a-fx-furn.  4000.00
    fx-i3 2025-01-25  off-1 web shop    15860000  4010   400.00  off
    fx-i4 2025-02-05  off-1 web shop    15860000  4010   123.45  off
    fx-i5 2025-02-14  off-2 local store 39160000  5410  2000.00  off (furniture agr. expired)
    fx-i6 2025-02-28  off-2 local store 15850000  4010   333.33  off (groceries covers 15…)
    fx-i7 2025-03-03  off-3 toy shop    37520000  4010   500.00  off (toys agr. from 03-01)
    fx-i8 2025-03-15  coffee-1          15860000  4010   250.50  Avrop, a-fx-coffee   —
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from desktop.domain.spend import Figures, SpendKind, add_months, months_between
from desktop.domain.spend_figures import covering_agreement, cpv_covers, cpv_prefix, price_levels
from desktop.domain.spend_report import SpendReport
from tests.fixtures.spend_data import (
    COVERS,
    FIRST,
    LAST,
    OTHER,
    PURCHASES,
    UNIT,
    fixture_report,
)


def report(first: date = FIRST, last: date = LAST) -> SpendReport:
    return fixture_report(first, last)


def test_totals_of_the_period_match_the_hand_computation() -> None:
    totals = report().totals
    # 1000.00 + 3000.00 + 400.00 + 123.45 + 2000.00 + 333.33 + 500.00 + 250.50 = 7607.28
    assert totals.total == D("7607.28")
    assert totals.invoices == 8
    # through Avrop: fx-i1 1000.00 + fx-i8 250.50 = 1250.50
    assert totals.through_avrop == D("1250.50")
    # on an agreement outside Avrop: fx-i2 3000.00
    assert totals.on_agreement_outside == D("3000.00")
    # off: 400.00 + 123.45 + 2000.00 + 333.33 + 500.00 = 3356.78
    assert totals.off_agreement == D("3356.78")
    # the three parts add up: 1250.50 + 3000.00 + 3356.78 = 7607.28
    assert sum((totals.part(k) for k in SpendKind), D(0)) == totals.total
    # on agreement in or outside Avrop: 1250.50 + 3000.00 = 4250.50
    assert totals.on_agreement == D("4250.50")
    # e-handelsgrad 1250.50 / 7607.28 = 0.164382… → 0.1644
    assert totals.e_share == D("0.1644")
    # compliance 4250.50 / 7607.28 = 0.558741… → 0.5587
    assert totals.compliance == D("0.5587")
    # realised: (1250.00 − 1000.00) + (4000.00 − 3000.00) + 0 (fx-i8 has no list price)
    assert totals.savings_realised == D("1250.00")
    # missed: fx-i3 400.00×0.20 = 80.00; fx-i4 123.45×0.20 = 24.69; fx-i5 0 (expired);
    # fx-i6 333.33×0.10 = 33.333 → 33.33; fx-i7 500.00×0.15 = 75.00  → 213.02
    assert totals.savings_missed == D("213.02")


def test_months_match_the_hand_computation() -> None:
    months = {m.month: m.figures for m in report().months}
    assert list(months) == ["2025-01", "2025-02", "2025-03"]
    jan, feb, mar = months["2025-01"], months["2025-02"], months["2025-03"]
    # January: 1000.00 Avrop + 3000.00 call-off + 400.00 off = 4400.00
    assert (jan.total, jan.through_avrop, jan.on_agreement_outside, jan.off_agreement) == (
        D("4400.00"), D("1000.00"), D("3000.00"), D("400.00"))  # fmt: skip
    assert jan.e_share == D("0.2273")  # 1000 / 4400 = 0.227272…
    assert jan.compliance == D("0.9091")  # 4000 / 4400 = 0.909090…
    assert jan.savings_realised == D("1250.00") and jan.savings_missed == D("80.00")
    # February: all off agreement, 123.45 + 2000.00 + 333.33 = 2456.78
    assert feb.total == feb.off_agreement == D("2456.78")
    assert feb.e_share == D("0.0000") and feb.compliance == D("0.0000")
    assert feb.savings_missed == D("58.02")  # 24.69 + 0 + 33.33
    # March: 500.00 off + 250.50 Avrop = 750.50; 250.50 / 750.50 = 0.333777… → 0.3338
    assert mar.total == D("750.50") and mar.e_share == D("0.3338") == mar.compliance
    assert mar.savings_missed == D("75.00")


def test_categories_and_suppliers_largest_first() -> None:
    result = report()
    assert [(c.cpv, c.figures.total) for c in result.categories] == [
        ("39160000", D("5000.00")),  # 3000.00 + 2000.00
        ("15860000", D("1773.95")),  # 1000.00 + 400.00 + 123.45 + 250.50
        ("37520000", D("500.00")),
        ("15850000", D("333.33")),
    ]
    assert result.categories[1].labels["sv"] == "Kaffe, te och liknande produkter"
    assert [(s.supplier_id, s.figures.total) for s in result.suppliers] == [
        ("s-fx-furniture-1", D("3000.00")),
        ("s-fx-off-2", D("2333.33")),  # 2000.00 + 333.33
        ("s-fx-coffee-1", D("1250.50")),  # 1000.00 + 250.50
        ("s-fx-off-1", D("523.45")),  # 400.00 + 123.45
        ("s-fx-off-3", D("500.00")),
    ]


def test_off_agreement_spend_names_the_agreement_that_covered_it() -> None:
    rows = [
        (o.supplier_id, o.cpv, o.agreement.id if o.agreement else None, o.amount, o.invoices,
         o.missed_saving)
        for o in report().off_agreement
    ]  # fmt: skip
    assert rows == [
        ("s-fx-off-2", "39160000", None, D("2000.00"), 1, D("0")),  # furniture agr. expired
        ("s-fx-off-1", "15860000", "a-fx-coffee", D("523.45"), 2, D("104.69")),  # 80 + 24.69
        ("s-fx-off-3", "37520000", "a-fx-toys", D("500.00"), 1, D("75.00")),
        # pasta: only the groceries agreement (15…) covers 1585…, not coffee (1586…)
        ("s-fx-off-2", "15850000", "a-fx-groceries", D("333.33"), 1, D("33.33")),
    ]


def test_budget_per_account_counts_the_year_to_the_end_of_the_period() -> None:
    budgets = {b.account: b for b in report().budgets}
    assert report().budget_year == 2025
    # 4010 spent: 1000.00 + 400.00 + 123.45 + 333.33 + 500.00 + 250.50 = 2607.28
    # left: 10000.00 − 300.00 committed − 2607.28 = 7092.72
    b4010 = budgets["4010"]
    assert (b4010.budget, b4010.committed, b4010.spent, b4010.left) == (
        D("10000.00"), D("300.00"), D("2607.28"), D("7092.72"))  # fmt: skip
    # 5410 spent 3000.00 + 2000.00 = 5000.00; left 8000.00 − 1200.00 − 5000.00 = 1800.00
    assert budgets["5410"].spent == D("5000.00") and budgets["5410"].left == D("1800.00")
    # A period from February still spends January's money of the budget year…
    assert {b.account: b.spent for b in report(date(2025, 2, 1)).budgets}["4010"] == D("2607.28")
    # …and one ending in February leaves out March: 1000 + 400 + 123.45 + 333.33 = 1856.78
    feb = report(FIRST, date(2025, 2, 28))
    assert {b.account: b.spent for b in feb.budgets}["4010"] == D("1856.78")


def test_comparison_has_every_unit_that_bought_something() -> None:
    comparison = {c.unit_id: c for c in report().comparison}
    assert list(comparison) == [UNIT.id, OTHER.id]  # the empty unit is left out
    other = comparison[OTHER.id].figures
    # 600.00 Avrop on agreement + 200.00 off (coffee agreement: 200 × 0.20 = 40.00 missed)
    assert (other.total, other.e_share, other.compliance) == (D("800.00"), D("0.75"), D("0.75"))
    assert other.savings_missed == D("40.00") and other.savings_realised == D("150.00")
    assert comparison[UNIT.id].figures == report().totals
    assert [m.figures.total for m in comparison[OTHER.id].months] == [D(0), D("800.00"), D(0)]


def test_period_purchases_are_the_ones_behind_the_figures() -> None:
    ids = [p.invoice_id for p in report().purchases]
    assert ids == [f"fx-i{n}" for n in range(1, 9)]
    assert report().as_of == date(2025, 3, 15)


def test_price_levels_come_from_the_purchases_with_list_prices() -> None:
    levels = price_levels(PURCHASES)
    # coffee: (999.00 + 1000.00 + 600.00) / (1100.00 + 1250.00 + 750.00) = 2599 / 3100
    assert levels["a-fx-coffee"] == D("0.8384")  # 0.838387…
    assert levels["a-fx-furniture"] == D("0.7500")
    assert "a-fx-toys" not in levels


def test_cpv_scopes_cover_their_subcodes_only() -> None:
    assert cpv_prefix("15000000") == "15" and cpv_prefix("30192700") == "301927"
    assert cpv_covers("15000000", "15860000") and not cpv_covers("15860000", "15850000")
    chosen = covering_agreement(COVERS, "15860000", date(2025, 1, 1))
    assert chosen is not None and chosen.agreement.id == "a-fx-coffee"  # the most specific
    assert covering_agreement(COVERS, "37520000", date(2025, 2, 28)) is None


def test_report_survives_the_wire() -> None:
    original = report()
    assert SpendReport.from_json(original.to_json()) == original
    wire = original.to_json()
    assert wire["totals"]["e_share"] == "0.1644" and wire["totals"]["total"] == "7607.28"


def test_empty_figures_have_no_shares() -> None:
    assert Figures().e_share is None and Figures().compliance is None


def test_month_helpers() -> None:
    assert months_between(date(2024, 11, 5), date(2025, 2, 1)) == (
        "2024-11", "2024-12", "2025-01", "2025-02")  # fmt: skip
    assert add_months(date(2025, 1, 31), -12) == date(2024, 1, 1)
    assert add_months(date(2025, 12, 3), 1) == date(2026, 1, 1)
