"""The load benchmark's municipality: many units, each with its own orderer.

A real municipality has hundreds of units and a unit a few installations, so the
installations are spread over ``units`` units (``u-load-001`` …), each a copy of the demo's
Förskolan Solrosen with its own id, name, GLN and cost centre, and one certified orderer
(``load-orderer-001`` …, password ``demo``). They are written into the fresh benchmark
database directly through the server's models, with the demo seed's own row builders
(:func:`~central_api.demo.seed.unit_row`, :func:`~central_api.demo.seed.user_row`) and its
password hash: a benchmark shortcut past the administration the server does not have. Each
orderer signs in once (a few at a time: sign-in is throttled and hashes with argon2).
"""

from __future__ import annotations

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from central_api.demo.identifiers import gln
from central_api.demo.municipality import GLN_PREFIX, UNIT_BY_ID
from central_api.demo.people import DEMO_PASSWORD, DemoUser
from central_api.demo.seed import unit_row, user_row
from central_api.models import UnitRow
from central_api.security import hash_password
from desktop.domain.reference import Role, Unit

TEMPLATE_UNIT = "u-forskola-solrosen"
FIRST_GLN = 500  # the demo's own units use numbers below this
SIGN_IN_LANES = 4


@dataclass(frozen=True)
class Seat:
    """One unit of the benchmark and its orderer's bearer token."""

    unit: Unit
    username: str
    token: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def load_units(count: int) -> list[Unit]:
    template = UNIT_BY_ID[TEMPLATE_UNIT]
    return [
        replace(
            template,
            id=f"u-load-{n:03d}",
            name=f"Förskolan Last {n}",
            gln=gln(GLN_PREFIX, FIRST_GLN + n),
            cost_centre=f"9{n:03d}",
        )
        for n in range(1, count + 1)
    ]


def orderer_of(unit: Unit) -> DemoUser:
    number = unit.id.removeprefix("u-load-")
    return DemoUser(f"load-orderer-{number}", f"Orderer {number}", Role.ORDERER, (unit.id,), True)


def add_units(database_url: str, units: list[Unit]) -> None:
    """Write ``units`` and their orderers into the (seeded) database."""
    engine = create_engine(database_url)
    password_hash = hash_password(DEMO_PASSWORD, fast=True)
    with Session(engine) as session:
        template = session.get(UnitRow, TEMPLATE_UNIT)
        assert template is not None, "the demo municipality is not seeded"
        municipality_id = template.municipality_id
        session.add_all(unit_row(municipality_id, unit) for unit in units)
        session.flush()
        session.add_all(user_row(municipality_id, orderer_of(u), password_hash) for u in units)
        session.commit()
    engine.dispose()


def _sign_in(url: str, username: str) -> str:
    body = json.dumps({"username": username, "password": DEMO_PASSWORD}).encode()
    request = urllib.request.Request(
        url + "/auth/token", body, {"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return str(json.loads(response.read())["access_token"])


def seats(url: str, database_url: str, count: int) -> list[Seat]:
    """``count`` new units with their orderers, each signed in once."""
    units = load_units(count)
    add_units(database_url, units)
    names = [orderer_of(unit).username for unit in units]
    with ThreadPoolExecutor(SIGN_IN_LANES) as lanes:
        tokens = list(lanes.map(lambda name: _sign_in(url, name), names))
    return [Seat(u, n, t) for u, n, t in zip(units, names, tokens, strict=True)]
