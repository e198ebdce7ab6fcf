"""AgreementsModel: a well-behaved Qt model showing number, name, call-off, validity."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.reference import Agreement, CallOffMethod
from desktop.ui.models.agreements_model import AGREEMENT_ROLE, AgreementsModel


def _agreement(
    key: str,
    call_off: CallOffMethod = CallOffMethod.DIRECT,
    *,
    valid_to: date | None = date(2030, 12, 31),
    in_ecommerce: bool = True,
) -> Agreement:
    return Agreement(
        id=f"a-{key}",
        number=f"RA-2025-{key[:3].upper()}",
        name=f"Agreement {key}",
        call_off=call_off,
        valid_from=date(2024, 1, 1),
        valid_to=valid_to,
        in_ecommerce=in_ecommerce,
        supplier_ids=(f"s-{key}-1",),
    )


AGREEMENTS = [
    _agreement("coffee"),
    _agreement("bakery", CallOffMethod.RANKED, valid_to=None),
    _agreement("furniture", CallOffMethod.MINI_COMPETITION, in_ecommerce=False),
    _agreement("old", valid_to=date(2020, 1, 1)),
]


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = AgreementsModel()
    qtmodeltester.check(model)
    model.set_agreements(AGREEMENTS, today=date(2025, 6, 1))
    qtmodeltester.check(model)
    model.set_agreements(AGREEMENTS[:1])
    qtmodeltester.check(model)


def test_rows_show_the_agreement_columns(qtbot: Any) -> None:
    model = AgreementsModel()
    model.set_agreements(AGREEMENTS, today=date(2025, 6, 1))
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0

    def text(row: int, column: int) -> str:
        return str(model.data(model.index(row, column)))

    assert text(0, AgreementsModel.NUMBER) == "RA-2025-COF"
    assert text(0, AgreementsModel.NAME) == "Agreement coffee"
    assert text(0, AgreementsModel.CALL_OFF) == "Order directly"
    assert text(1, AgreementsModel.CALL_OFF) == "Ranked suppliers, in order"
    assert "procurement office" in text(2, AgreementsModel.CALL_OFF)
    assert text(1, AgreementsModel.VALID_TO) == "Until further notice"
    assert "2030" in text(0, AgreementsModel.VALID_TO)
    assert text(0, AgreementsModel.IN_ECOMMERCE) == "Yes"
    assert text(2, AgreementsModel.IN_ECOMMERCE).startswith("No")
    assert model.data(model.index(2, 0), AGREEMENT_ROLE) == AGREEMENTS[2]
    assert "expired" in str(model.data(model.index(3, 1), Qt.ItemDataRole.ToolTipRole))
    assert text(3, AgreementsModel.VALID_TO).endswith("(expired)")
    assert model.data(model.index(3, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Agreement"
    assert model.data(QModelIndex()) is None


def test_retranslate_announces_changed_texts(qtbot: Any) -> None:
    model = AgreementsModel()
    model.set_agreements(AGREEMENTS)
    with (
        qtbot.waitSignal(model.headerDataChanged, timeout=1000),
        qtbot.waitSignal(model.dataChanged, timeout=1000),
    ):
        model.retranslate()
