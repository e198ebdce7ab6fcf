"""The unit's accounting string that every order carries, so its invoice codes itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.values import ValueFormatError

SEPARATOR = "-"


@dataclass(frozen=True)
class AccountingString:
    """Cost centre (the unit's), account and, where the municipality uses one, project.

    ``text`` is what goes in PEPPOL ``AccountingCost``: the parts joined by ``-``,
    e.g. ``"4210-6110"`` or ``"4210-6110-P017"``.
    """

    cost_centre: str
    account: str
    project: str | None = None

    @property
    def text(self) -> str:
        parts = [self.cost_centre, self.account]
        if self.project:
            parts.append(self.project)
        return SEPARATOR.join(parts)

    def to_json(self) -> dict[str, Any]:
        return {"cost_centre": self.cost_centre, "account": self.account, "project": self.project}

    @classmethod
    def from_json(cls, data: object) -> AccountingString:
        if not isinstance(data, dict):
            raise ValueFormatError("accounting", data, "an object")
        cost_centre, account, project = (
            data.get("cost_centre"),
            data.get("account"),
            data.get("project"),
        )
        if not isinstance(cost_centre, str) or not cost_centre.strip():
            raise ValueFormatError("accounting.cost_centre", cost_centre, "a cost centre")
        if not isinstance(account, str) or not account.strip():
            raise ValueFormatError("accounting.account", account, "an account")
        if project is not None and not isinstance(project, str):
            raise ValueFormatError("accounting.project", project, "a project or null")
        return cls(cost_centre, account, project or None)
