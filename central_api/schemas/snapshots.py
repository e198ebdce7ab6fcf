"""What ``GET /catalogue-snapshot`` describes: the municipality's prepared store."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class SnapshotManifest(BaseModel):
    sha256: str = Field(description="SHA-256 of the file (hex); its ETag is this, quoted")
    bytes: int = Field(description="Size of the file")
    schema_revision: str = Field(description="The local store schema it was built with")
    lines: int = Field(description="Catalogue lines it holds")
    created_at: datetime
