"""What stops or qualifies an order, said in codes the UI turns into plain words."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How a problem affects placing the order."""

    BLOCKING = "blocking"  # the order cannot be placed until it is fixed
    WARNING = "warning"  # may be placed, but the user should know (budget exceeded)
    APPROVAL = "approval"  # may be placed; it then waits for the unit's manager


@dataclass(frozen=True)
class Problem:
    """One finding of the local checks: a stable ``code`` and the values to explain it.

    ``params`` holds plain strings (amounts already formatted as wire decimals, ISO
    dates, ids) that the UI puts into its translated sentence for ``code``.
    """

    code: str
    params: dict[str, str] = field(default_factory=dict)
    severity: Severity = Severity.BLOCKING

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCKING


def blocking(problems: list[Problem] | tuple[Problem, ...]) -> list[Problem]:
    """The problems that stop the order from being placed."""
    return [p for p in problems if p.blocks]
