"""What a 422 says about a PEPPOL document refused by the official rules."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class RuleFinding(BaseModel):
    """One finding: a broken PEPPOL rule, a schema error, or one of Avrop's checks."""

    id: str = Field(description='Rule id, e.g. "PEPPOL-T01-R003", "XSD", "AVROP-WRONG-PROVIDER"')
    flag: Literal["fatal", "error", "warning"]
    location: str = Field(description="XPath of the element at fault")
    line: int | None = Field(description="Line in the XML text, when known")
    message: str
    source: Literal["xsd", "peppol", "avrop"]


class DocumentRejected(BaseModel):
    """422: the document was refused and nothing was stored; ``errors`` lists why
    (PEPPOL BIS 3 rules release 2026.5). Other 422 answers carry no ``errors``."""

    code: str = Field(description="`document_invalid`, `catalogue_invalid`, …")
    message: str
    field: str | None
    errors: list[RuleFinding] = Field(default_factory=list)
