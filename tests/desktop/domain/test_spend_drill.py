"""Reading the fixture report further: a month, the invoices behind a figure, suppliers."""

from __future__ import annotations

from decimal import Decimal as D

from desktop.domain.spend import Figures, MonthFigures, SpendKind
from desktop.domain.spend_drill import (
    SpendFilter,
    all_units,
    month_summary,
    off_agreement_suppliers,
    purchases_behind,
    trend,
)
from desktop.domain.spend_figures import figures_of, reassess
from desktop.domain.spend_report import SpendReport
from tests.fixtures.spend_data import fixture_report


def test_purchases_carry_their_covering_agreement_and_missed_saving() -> None:
    by_id = {p.invoice_id: p for p in fixture_report().purchases}
    assert (by_id["fx-i3"].covered_by, by_id["fx-i3"].missed_saving) == ("a-fx-coffee", D("80.00"))
    assert (by_id["fx-i5"].covered_by, by_id["fx-i5"].missed_saving) == (None, D(0))
    assert by_id["fx-i1"].covered_by is None  # bought on the agreement: nothing missed
    # Recomputing from the purchases alone (as the app does offline) gives the same.
    report = fixture_report()
    assert figures_of(reassess(report.purchases, {})) == report.totals
    assert SpendReport.from_json(report.to_json()).purchases == report.purchases


def test_a_month_of_the_fixture() -> None:
    february = month_summary(fixture_report(), "2025-02")
    # 123.45 + 2000.00 + 333.33, all beside the agreements; missed 24.69 + 0 + 33.33
    assert february.figures.total == D("2456.78") == february.figures.off_agreement
    assert february.figures.savings_missed == D("58.02")
    assert [c.cpv for c in february.categories] == ["39160000", "15850000", "15860000"]
    assert [(o.supplier_id, o.amount) for o in february.off_agreement] == [
        ("s-fx-off-2", D("2000.00")),
        ("s-fx-off-2", D("333.33")),
        ("s-fx-off-1", D("123.45")),
    ]
    assert february.off_agreement[1].agreement is not None
    assert february.off_agreement[1].agreement.number == "RA-FX-2"
    assert february.categories[2].labels["sv"] == "Kaffe, te och liknande produkter"
    others = {unit.unit_id: figures.total for unit, figures in february.others}
    assert others == {"u-fixture": D("2456.78"), "u-fixture-other": D("800.00")}


def test_the_invoices_behind_a_figure() -> None:
    report = fixture_report()
    jan_avrop = purchases_behind(report, SpendFilter(month="2025-01", kind=SpendKind.THROUGH_AVROP))
    assert [p.invoice_id for p in jan_avrop] == ["fx-i1"] and jan_avrop[0].order_id == "o-fx-i1"
    coffee_off = purchases_behind(report, SpendFilter(cpv="15860000", off_agreement=True))
    assert [p.invoice_id for p in coffee_off] == ["fx-i4", "fx-i3"]  # newest first
    assert sum((p.amount for p in coffee_off), D(0)) == D("523.45")
    by_agreement = purchases_behind(report, SpendFilter(covered_by="a-fx-groceries"))
    assert [p.invoice_id for p in by_agreement] == ["fx-i6"]
    assert len(purchases_behind(report, SpendFilter())) == 8


def test_largest_supplier_beside_the_agreements() -> None:
    suppliers = off_agreement_suppliers(fixture_report().off_agreement)
    # off-2: 2000.00 (furniture, no agreement) + 333.33 (pasta, groceries agreement)
    assert [(s.supplier_id, s.amount, s.invoices) for s in suppliers] == [
        ("s-fx-off-2", D("2333.33"), 2),
        ("s-fx-off-1", D("523.45"), 2),
        ("s-fx-off-3", D("500.00"), 1),
    ]
    largest = suppliers[0]
    assert largest.agreement is not None and largest.agreement.id == "a-fx-groceries"
    assert largest.missed_saving == D("33.33")


def test_all_units_together_weigh_shares_by_spend() -> None:
    together = all_units(c.figures for c in fixture_report().comparison)
    # 7607.28 + 800.00 = 8407.28; Avrop 1250.50 + 600.00 = 1850.50 → 0.220104… → 0.2201
    assert together.total == D("8407.28") and together.e_share == D("0.2201")


def test_the_report_names_every_agreement_its_purchases_name() -> None:
    report = fixture_report()
    # bought on coffee (fx-i1, fx-i8) and furniture (fx-i2); coffee, groceries and toys
    # covered purchases beside them
    assert [a.id for a in report.agreements] == [
        "a-fx-coffee", "a-fx-furniture", "a-fx-groceries", "a-fx-toys"]  # fmt: skip
    assert report.agreement("a-fx-toys") is not None
    assert report.agreement(None) is None


def test_trend_compares_the_last_three_months_with_the_first_three() -> None:
    def month(key: str, on: str, off: str) -> MonthFigures:
        on_d, off_d = D(on), D(off)
        figures = Figures(
            total=on_d + off_d, on_agreement=on_d, on_agreement_outside=on_d, off_agreement=off_d
        )
        return MonthFigures(key, figures)

    months = [
        month("2025-01", "50", "50"), month("2025-02", "100", "100"), month("2025-03", "0", "0"),
        month("2025-04", "70", "30"), month("2025-05", "80", "20"), month("2025-06", "90", "10"),
    ]  # fmt: skip
    # first three: 150 / 300 = 0.5000; last three: 240 / 300 = 0.8000 → +0.3000
    assert trend(months, lambda f: f.compliance) == D("0.3000")
    assert trend(months[:5], lambda f: f.compliance) is None  # fewer than six months
    assert trend(list(reversed(months)), lambda f: f.compliance) == D("0.3000")
