"""Seed step: the demo office's guidance and announcements."""

from __future__ import annotations

from sqlalchemy.orm import Session

from central_api.demo.generator import DemoData
from central_api.demo.guidance import demo_guidance
from central_api.demo.guidance_announcements import demo_announcements
from central_api.demo.variants import localise_guidance
from central_api.services.guidance import store_announcement, store_guidance


def seed_guidance(session: Session, data: DemoData) -> None:
    municipality = data.municipality.id
    store_guidance(session, municipality, localise_guidance(demo_guidance(), data.variant))
    session.flush()
    for item in demo_announcements(data.today):
        store_announcement(session, municipality, item)
    session.flush()
