"""Content from the office carries a language: announcements, guidance advice and agreement
names are stored and served per language, and a text keyed by an unknown language (or one
PostgreSQL could not store) is refused with 422, changing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command

from central_api.db import alembic_config, create_db_engine, upgrade_to_head
from desktop.domain.announcement import Announcement
from desktop.domain.guidance import LANGUAGES
from desktop.domain.reference import Agreement
from tests.fixtures.find_api import FindApi

NOTICE = {"id": "ann-lang", "kind": "notice", "published": "2025-05-14"}


def _announcements(find_api: FindApi) -> list[dict[str, Any]]:
    answer = find_api.client.get("/announcements", headers=find_api.auth("orderer"))
    assert answer.status_code == 200
    return list(answer.json()["items"])


def test_demo_announcements_and_advice_are_in_every_language(find_api: FindApi) -> None:
    for item in _announcements(find_api):
        assert set(item["title"]) == set(LANGUAGES), item["id"]
        assert set(item["body"]) == set(LANGUAGES), item["id"]
        assert len(set(item["title"].values())) == 4, item["title"]  # really translated
    guidance = find_api.client.get("/guidance", headers=find_api.auth("orderer")).json()
    texts = [n["advice"] for n in guidance["needs"] if n["advice"]]
    texts += [n["advice"] for n in guidance["agreements"] if n["advice"]]
    assert texts and all(set(t) == set(LANGUAGES) for t in texts)


def test_agreements_carry_their_names_per_language(find_api: FindApi) -> None:
    answer = find_api.client.get("/agreements", headers=find_api.auth("orderer"))
    agreements = {a.id: a for a in map(Agreement.from_json, answer.json()["items"])}
    bakery = agreements["a-bakery"]
    assert set(bakery.names) == set(LANGUAGES)
    assert bakery.name_in("sv") == bakery.name
    assert bakery.name_in("da") != bakery.name_in("sv")
    playground = agreements["a-playground"]
    assert playground.name_in("nb") == "Lekeplassutstyr"
    assert playground.name_in("en", "sv") == "Playground equipment"


def test_every_language_is_stored_and_served_back(find_api: FindApi) -> None:
    title = {"sv": "Stängt i jul", "da": "Lukket i julen", "nb": "Stengt i jula", "en": "Closed"}
    posted = find_api.client.post(
        "/announcements", json={**NOTICE, "title": title}, headers=find_api.auth("procurement")
    )
    assert posted.status_code in (200, 201), posted.text
    mine = next(i for i in _announcements(find_api) if i["id"] == "ann-lang")
    assert Announcement.from_json(mine).title == title


def test_an_unknown_language_is_refused_and_nothing_changes(find_api: FindApi) -> None:
    before = _announcements(find_api)
    for title, body in (
        ({"sv": "Hej", "de": "Hallo"}, {}),
        ({"sv": "Hej"}, {"xx": "?"}),
        ({"sv": "Hej", "SV": "Hej"}, {}),
    ):
        answer = find_api.client.post(
            "/announcements",
            json={**NOTICE, "id": "ann-bad", "title": title, "body": body},
            headers=find_api.auth("procurement"),
        )
        assert answer.status_code == 422, answer.text
        assert answer.json()["code"] == "validation_error"
        assert answer.json()["field"] in ("title", "body")
    surrogate = find_api.client.post(
        "/announcements",
        content=b'{"id": "ann-bad", "kind": "notice", "published": "2025-05-14",'
        b' "title": {"sv": "a\\udc00b"}}',
        headers=find_api.auth("procurement", **{"Content-Type": "application/json"}),
    )
    assert surrogate.status_code == 422
    assert _announcements(find_api) == before


def test_guidance_with_an_unknown_language_is_refused(find_api: FindApi) -> None:
    before = find_api.client.get("/guidance", headers=find_api.auth("orderer")).json()
    body = dict(before)
    body["needs"] = [{**before["needs"][0], "advice": {"sv": "Hej", "fr": "Salut"}}]
    answer = find_api.client.put("/guidance", json=body, headers=find_api.auth("procurement"))
    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == "needs.0.advice"
    synonyms = {**before, "synonyms": {"klingon": {"a": ["b"]}}}
    answer = find_api.client.put("/guidance", json=synonyms, headers=find_api.auth("procurement"))
    assert answer.status_code == 422 and answer.json()["field"] == "synonyms"
    after = find_api.client.get("/guidance", headers=find_api.auth("orderer")).json()
    assert after == before


def test_s0012_gives_existing_agreements_no_names(tmp_path: Path) -> None:
    """An agreement stored before s0012 keeps its one name; ``name_in`` falls back to it."""
    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    engine = create_db_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "s0009")
    engine.dispose()
    con = sqlite3.connect(path)  # foreign keys are not enforced: only this row matters
    con.execute(
        "INSERT INTO agreements (id, municipality_id, number, name, call_off, valid_from, "
        "valid_to, in_ecommerce, category_key, description, instructions) VALUES "
        "('a-old', 'm-ekby', 'EKB-1', 'Bröd', 'direct', '2025-01-01', NULL, 1, NULL, '', '')"
    )
    con.commit()
    con.close()

    engine = create_db_engine(url)
    upgrade_to_head(engine)
    engine.dispose()

    con = sqlite3.connect(path)
    try:
        (names,) = con.execute("SELECT names FROM agreements WHERE id = 'a-old'").fetchone()
    finally:
        con.close()
    assert names == "{}"
