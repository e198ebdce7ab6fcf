"""ORM models, one module per area. Import this package to register every table.

A later area adds ``models/<area>.py``, imports it below and ships a migration
``migrations/versions/s000N_<area>.py``; ``tests/central_api/test_migrations.py``
checks that the migrations and these models agree.
"""

from __future__ import annotations

from central_api.models.base import Base, Money, UtcDateTime, utcnow
from central_api.models.devices import DeviceRow
from central_api.models.find import (
    AnnouncementRow,
    CatalogueDocumentRow,
    GuidanceDocumentRow,
    OfficeRequestRow,
    RecordedCallOffRow,
)
from central_api.models.meta import ReferenceVersionRow, ServerMetaRow
from central_api.models.orders import (
    AgreementAccountRow,
    ClosedDayRow,
    DeliveryDaysRow,
    GoodsReceiptRow,
    IdempotencyKeyRow,
    OrderApprovalRow,
    OrderChangeCounterRow,
    OrderLineRow,
    OrderResponseRow,
    OrderRow,
    UnitOrderSettingsRow,
)
from central_api.models.pictures import PictureRow
from central_api.models.reference import (
    AgreementCpvRow,
    AgreementRow,
    AgreementSupplierRow,
    MunicipalityRow,
    SupplierRow,
    UnitRow,
)
from central_api.models.snapshots import CatalogueSnapshotRow
from central_api.models.spend import (
    AgreementPriceLevelRow,
    BudgetRow,
    CommitmentRow,
    InvoiceRow,
)
from central_api.models.support import SupportBundleRow, UnitTemplatesRow
from central_api.models.throttle import SignInFailureRow
from central_api.models.users import TokenRow, UserRow, UserUnitRow

__all__ = [
    "AgreementAccountRow",
    "AgreementCpvRow",
    "AgreementPriceLevelRow",
    "AgreementRow",
    "AgreementSupplierRow",
    "AnnouncementRow",
    "Base",
    "BudgetRow",
    "CatalogueDocumentRow",
    "CatalogueSnapshotRow",
    "ClosedDayRow",
    "CommitmentRow",
    "DeliveryDaysRow",
    "DeviceRow",
    "GoodsReceiptRow",
    "GuidanceDocumentRow",
    "IdempotencyKeyRow",
    "InvoiceRow",
    "Money",
    "MunicipalityRow",
    "OfficeRequestRow",
    "OrderApprovalRow",
    "OrderChangeCounterRow",
    "OrderLineRow",
    "OrderResponseRow",
    "OrderRow",
    "PictureRow",
    "RecordedCallOffRow",
    "ReferenceVersionRow",
    "ServerMetaRow",
    "SignInFailureRow",
    "SupplierRow",
    "SupportBundleRow",
    "TokenRow",
    "UnitOrderSettingsRow",
    "UnitRow",
    "UnitTemplatesRow",
    "UserRow",
    "UserUnitRow",
    "UtcDateTime",
    "utcnow",
]
