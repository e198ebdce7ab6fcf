"""End to end: the real central API process and the app's real services on disk.

Sync every supplier's catalogue and search as a user types; then a question to the
procurement office placed while the server is down reaches it exactly once after it is
back, and the office's answer (pointing to an item) comes back and opens.
"""

from __future__ import annotations

import json
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.app import AppOptions, Services, build_services
from desktop.domain.office_request import OfficeRequest, RequestStatus, Urgency
from desktop.services.find import FindQuery, FindService
from tests.fixtures.central_api_server import RunningServer, StartCentralApi

pytestmark = pytest.mark.e2e


@pytest.fixture
def app(tmp_path: Path) -> Iterator[list[tuple[Services, FindService]]]:
    made: list[tuple[Services, FindService]] = []
    yield made
    for services, find in made:
        find.sender.stop(2.0)
        services.close()


def _http(server: RunningServer, method: str, path: str, body: object = None) -> object:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        server.url + path,
        data=data,
        method=method,
        headers={
            "Authorization": f"Bearer {server.token('procurement')}",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def _wait(condition: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_sync_search_and_a_question_asked_offline(
    start_central_api: StartCentralApi,
    tmp_path: Path,
    app: list[tuple[Services, FindService]],
) -> None:
    server = start_central_api()
    services = build_services(AppOptions(data_dir=tmp_path / "data"))
    services.auth.use_session_only()
    find = services.find
    app.append((services, find))
    services.net_executor.submit(
        services.auth.sign_in, server.url, "orderer", "demo", remember=False
    ).result()
    services.net_executor.submit(services.sync.sync).result()

    # Every supplier's catalogue, as real PEPPOL documents from the server.
    report = services.net_executor.submit(find.sync).result()
    assert not report.catalogues.failed
    listed = _http(server, "GET", "/catalogues")["items"]  # type: ignore[index]
    assert {r.supplier_id for r in report.catalogues.updated} == {i["supplier_id"] for i in listed}

    # Typing a need: the agreement's items first, the agreement shown above them.
    for typed, agreement in (
        ("kaff", "a-coffee"),
        ("blöj", "a-nappies"),
        ("kopipap", "a-copy_paper"),
        ("handsprit", "a-sanitiser"),
    ):
        answer = services.run_db(lambda t=typed: find.query(FindQuery(t, "sv"), date.today()))
        assert answer.guidance[0].agreement.id == agreement, typed
        rows = services.run_db(lambda a=answer: find.rows(a.first_ids[:5]))
        assert [r.agreement_id for r in rows] == [agreement] * 5, typed
    bread = services.run_db(lambda: find.query(FindQuery("brød", "da"), date.today()))
    assert bread.guidance[0].agreement.id == "a-bakery"
    assert bread.guidance[0].savings_percent == 36

    # A question asked with the server down waits in the outbox...
    server.stop()
    request = OfficeRequest(
        str(uuid.uuid4()),
        "u-forskola-solrosen",
        "Sittdynor, 20 st",
        datetime.now(UTC),
        Urgency.WITHIN_WEEK,
        search_text="sittdyna",
    )
    services.run_db(lambda: find.requests.ask_office(request))
    find.sender.start()
    find.sender.wake()
    far = datetime(2100, 1, 1, tzinfo=UTC)

    def attempts() -> int:
        entries = services.run_db(lambda: find.sender.outbox.due("orderer", far))
        return entries[0].attempts if entries else 0

    _wait(lambda: attempts() >= 1)  # tried, and failed: the server is down
    assert services.run_db(find.sender.outbox.count) == 1
    # ...and reaches the office once the server is back.
    server.start()
    find.sender.wake(reset_backoff=True)
    _wait(lambda: services.run_db(find.sender.outbox.count) == 0)
    on_server = [
        r
        for r in _http(server, "GET", "/requests")["items"]  # type: ignore[index]
        if r["id"] == request.id
    ]
    assert len(on_server) == 1 and on_server[0]["status"] == "open"

    # The office answers with an item; the answer comes back and opens it.
    item = services.run_db(lambda: find.rows(bread.first_ids[:1]))[0]
    _http(
        server,
        "POST",
        f"/requests/{request.id}/answer",
        {
            "text": "Ta detta bröd.",
            "item": {"supplier_id": item.supplier_id, "seller_item_id": item.seller_item_id},
        },
    )
    again = services.net_executor.submit(find.guidance_sync.sync).result()
    assert again.newly_answered == (request.id,)
    (local,) = services.run_db(find.requests.mine)
    assert local.request.status is RequestStatus.ANSWERED and local.answer_unseen
    answer_item = local.request.answer.item  # type: ignore[union-attr]
    assert answer_item is not None
    item_id = services.run_db(
        lambda: find.item_by_article(answer_item.supplier_id, answer_item.seller_item_id)
    )
    assert item_id == item.item_id
