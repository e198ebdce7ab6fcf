"""GET/PUT /guidance and GET/POST /announcements."""

from __future__ import annotations

from typing import Any

from central_api.demo.guidance import demo_guidance
from desktop.domain.announcement import Announcement
from desktop.domain.guidance import GuidanceRules
from tests.fixtures.find_api import DEMO_TODAY, FindApi


def test_guidance_is_served_with_an_etag_and_304(find_api: FindApi) -> None:
    first = find_api.client.get("/guidance", headers=find_api.auth("orderer"))
    assert first.status_code == 200
    rules = GuidanceRules.from_json(first.json())
    assert rules == demo_guidance()
    assert {"kaffe", "te"} <= set(next(n for n in rules.needs if n.id == "coffee").phrases["sv"])
    etag = first.headers["ETag"]
    again = find_api.client.get(
        "/guidance", headers=find_api.auth("orderer", **{"If-None-Match": etag})
    )
    assert again.status_code == 304 and again.content == b""


def test_guidance_needs_sign_in(find_api: FindApi) -> None:
    answer = find_api.client.get("/guidance")
    assert answer.status_code == 401 and answer.json()["code"] == "token_invalid"


def _with_need(body: dict[str, Any], agreement: str) -> dict[str, Any]:
    body = dict(body)
    body["needs"] = [
        *body["needs"],
        {"id": "sand", "phrases": {"sv": ["sand"]}, "cpv_codes": [], "agreement_ids": [agreement]},
    ]
    return body


def test_procurement_publishes_guidance_and_the_etag_changes(find_api: FindApi) -> None:
    client = find_api.client
    before = client.get("/guidance", headers=find_api.auth("orderer"))
    body = _with_need(before.json(), "a-toys")
    put = client.put("/guidance", json=body, headers=find_api.auth("procurement"))
    assert put.status_code == 200, put.text
    after = client.get("/guidance", headers=find_api.auth("orderer"))
    assert after.headers["ETag"] != before.headers["ETag"]
    assert any(n["id"] == "sand" for n in after.json()["needs"])
    # Put the demo guidance back for the other tests.
    restore = client.put("/guidance", json=before.json(), headers=find_api.auth("procurement"))
    assert restore.status_code == 200


def test_guidance_naming_an_unknown_agreement_is_refused(find_api: FindApi) -> None:
    body = _with_need(demo_guidance().to_json(), "a-nope")
    answer = find_api.client.put("/guidance", json=body, headers=find_api.auth("procurement"))
    assert answer.status_code == 422
    assert answer.json()["code"] == "validation_error"
    assert answer.json()["field"].startswith("needs.")
    malformed = find_api.client.put(
        "/guidance",
        json={"needs": [{"id": "x", "phrases": ["oops"]}]},
        headers=find_api.auth("procurement"),
    )
    assert malformed.status_code == 422 and malformed.json()["field"] == "phrases"


def test_only_procurement_publishes(find_api: FindApi) -> None:
    for user in ("orderer", "manager", "superuser"):
        answer = find_api.client.put(
            "/guidance", json=demo_guidance().to_json(), headers=find_api.auth(user)
        )
        assert answer.status_code == 403, user
        post = find_api.client.post(
            "/announcements",
            json={"id": "x", "kind": "notice", "published": "2025-05-01", "title": {"sv": "x"}},
            headers=find_api.auth(user),
        )
        assert post.status_code == 403, user


def test_announcements_oldest_first_with_etag(find_api: FindApi) -> None:
    answer = find_api.client.get("/announcements", headers=find_api.auth("orderer"))
    assert answer.status_code == 200
    items = [Announcement.from_json(i) for i in answer.json()["items"]]
    assert [a.published for a in items] == sorted(a.published for a in items)
    bakery = next(a for a in items if a.agreement_id == "a-bakery")
    assert bakery.savings_percent == 36 and "36 %" in bakery.title_in("sv")
    assert all(a.published <= DEMO_TODAY for a in items)
    cached = find_api.client.get(
        "/announcements",
        headers=find_api.auth("orderer", **{"If-None-Match": answer.headers["ETag"]}),
    )
    assert cached.status_code == 304


def test_procurement_posts_and_replaces_an_announcement(find_api: FindApi) -> None:
    body = {
        "id": "ann-test",
        "kind": "new_agreement",
        "published": "2025-05-14",
        "agreement_id": "a-toys",
        "title": {"sv": "Leksaker: nytt avtal", "en": "Toys: new agreement"},
        "savings_percent": "12.5",
    }
    created = find_api.client.post(
        "/announcements", json=body, headers=find_api.auth("procurement")
    )
    assert created.status_code == 201, created.text
    replaced = find_api.client.post(
        "/announcements",
        json={**body, "title": {"sv": "Leksaker: nytt avtal!"}},
        headers=find_api.auth("procurement"),
    )
    assert replaced.status_code == 200
    items = find_api.client.get("/announcements", headers=find_api.auth("orderer")).json()
    mine = [i for i in items["items"] if i["id"] == "ann-test"]
    assert mine and mine[0]["title"] == {"sv": "Leksaker: nytt avtal!"}
    unknown = find_api.client.post(
        "/announcements",
        json={**body, "id": "ann-x", "agreement_id": "a-nope"},
        headers=find_api.auth("procurement"),
    )
    assert unknown.status_code == 422 and unknown.json()["field"] == "agreement_id"
