"""Record a call-off made outside e-commerce (by phone, portal or e-mail), so that it
counts as on-agreement in the unit's figures."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AvropError
from desktop.domain.guidance_calloff import RecordedCallOff, validate_calloff
from desktop.domain.guidance_resolve import AgreementGuidance, needs_cascade_reason
from desktop.domain.reference import CallOffMethod, Unit
from desktop.ui.find.office_dialog import parse_amount
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.formats import fit_default_button
from desktop.ui.shell.i18n import language_from_locale


class CallOffDialog(QDialog):
    """Supplier, amount, what, when; and why, when a higher-ranked supplier was skipped."""

    def __init__(
        self,
        guide: AgreementGuidance,
        units: Sequence[Unit],
        unit_id: str | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callOffDialog")
        self.guide = guide
        self.today = today
        self.calloff: RecordedCallOff | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.supplier_combo = QComboBox(self)
        self.supplier_combo.setObjectName("calloffSupplier")
        ranked = guide.call_off is CallOffMethod.RANKED
        for step in guide.steps:
            self.supplier_combo.addItem(
                f"{step.rank}. {step.name}" if ranked else step.name, step.supplier_id
            )
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("calloffAmount")
        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("calloffWhat")
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("calloffDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("calloffReason")
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("calloffUnit")
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(unit_id), 0))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, field in (
            ("supplier", self.supplier_combo),
            ("amount", self.amount_edit),
            ("what", self.what_edit),
            ("date", self.date_edit),
            ("reason", self.reason_edit),
            ("unit", self.unit_combo),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            form.addRow(label, field)
        self.form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.supplier_combo.currentIndexChanged.connect(self._show_reason)
        self.setMinimumWidth(520)
        self._retranslate()
        self._show_reason()

    def _supplier_id(self) -> str:
        return str(self.supplier_combo.currentData() or "")

    def reason_needed(self) -> bool:
        return needs_cascade_reason(self.guide.agreement, self._supplier_id())

    def _show_reason(self) -> None:
        needed = self.reason_needed()
        self.form.setRowVisible(self.reason_edit, needed)

    def build_calloff(self) -> RecordedCallOff:
        qdate = self.date_edit.date()
        amount = parse_amount(self.amount_edit.text())
        if amount is None:
            raise AvropError("calloff_amount_invalid", "amount missing", "amount")
        calloff = RecordedCallOff(
            id=str(uuid.uuid4()),
            unit_id=str(self.unit_combo.currentData() or ""),
            agreement_id=self.guide.agreement.id,
            supplier_id=self._supplier_id(),
            amount=amount,
            description=self.what_edit.text().strip(),
            ordered_on=date(qdate.year(), qdate.month(), qdate.day()),
            cascade_reason=(self.reason_edit.text().strip() or None)
            if self.reason_needed()
            else None,
        )
        validate_calloff(calloff, self.guide.agreement, self.today)
        return calloff

    def _save(self) -> None:
        try:
            self.calloff = self.build_calloff()
        except AvropError as error:
            if error.code == "request_amount_invalid":
                error = AvropError("calloff_amount_invalid", error.message, "amount")
            self.error_label.setText(message_for(error))
            self.error_label.show()
            field = {
                "amount": self.amount_edit,
                "description": self.what_edit,
                "ordered_on": self.date_edit,
                "cascade_reason": self.reason_edit,
                "supplier_id": self.supplier_combo,
            }.get(error.field or "")
            if field is not None:
                field.setFocus()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        agreement = self.guide.agreement
        self.setWindowTitle(self.tr("Record a call-off"))
        self.intro.setText(
            self.tr(
                "You ordered under %1 (%2) by phone, e-mail or the supplier's web shop. "
                "Record it here so it counts as bought under the agreement."
            )
            .replace("%1", self.guide.agreement_name_in(language_from_locale(QLocale())))
            .replace("%2", agreement.number)
        )
        texts = {
            "supplier": self.tr("&Supplier:"),
            "amount": self.tr("&Amount excl. VAT:"),
            "what": self.tr("&What did you order?"),
            "date": self.tr("&Ordered on:"),
            "reason": self.tr("W&hy not a supplier ranked higher?"),
            "unit": self.tr("For &unit:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.supplier_combo.setAccessibleName(self.tr("Supplier"))
        self.supplier_combo.view().setAccessibleName(self.tr("Supplier"))
        self.amount_edit.setAccessibleName(self.tr("Amount excluding VAT"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 4500"))
        self.what_edit.setAccessibleName(self.tr("What you ordered"))
        self.date_edit.setAccessibleName(self.tr("Ordered on"))
        self.date_edit.lineEdit().setAccessibleName(self.tr("Ordered on"))
        self.reason_edit.setAccessibleName(self.tr("Why not a supplier ranked higher"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. supplier 1 could not come this week"))
        self.unit_combo.setAccessibleName(self.tr("For unit"))
        self.unit_combo.view().setAccessibleName(self.tr("For unit"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record"))
        ok.setAccessibleName(self.tr("Record"))
        fit_default_button(ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
