"""Support through the real central API: bundles without secrets, a stuck PC seen by the
superuser, templates built by the superuser and used by the orderer."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.app import AppOptions, Services, build_services
from desktop.services.templates import OrderTemplate, TemplateLine
from desktop.storage.order_repo import NewOrder
from tests.fixtures.catalogue import catalogue_line
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.orders import sample_order

SOLROSEN = "u-forskola-solrosen"
EKEN = "u-forskola-eken"

SignedIn = Callable[[str], Services]


@pytest.fixture
def signed_in(demo_server: RunningServer, tmp_path: Path) -> Iterator[SignedIn]:
    made: list[Services] = []

    def make(username: str) -> Services:
        services = build_services(AppOptions(data_dir=tmp_path / username))
        services.auth.use_session_only()
        services.auth.sign_in(demo_server.url, username, "demo", remember=False)
        services.net_executor.submit(services.sync.sync).result()
        made.append(services)
        return services

    yield make
    for services in made:
        services.close()


def _queue_stuck_order(services: Services, error: str) -> None:
    """An order placed yesterday that still waits in the outbox, with its last error."""
    order = sample_order(unit_id=SOLROSEN)
    since = datetime.now(UTC) - timedelta(days=1)
    services.run_db(
        lambda: services.ordering.orders.place([NewOrder(order, b"{}")], "orderer", now=since)
    )
    outbox = services.ordering.outbox
    (entry,) = [e for e in services.run_db(outbox.entries) if e.subject_id == order.id]
    services.run_db(
        lambda: outbox.record_retry(
            entry.id,
            may_have_arrived=False,
            next_attempt_at=datetime.now(UTC) + timedelta(days=1),
            error=error,
        )
    )


def test_a_bundle_reaches_the_superuser_without_any_secret_of_the_session(
    signed_in: SignedIn,
) -> None:
    orderer = signed_in("orderer")
    secrets = orderer.auth.held_secrets()
    assert len(secrets) == 2  # the access and the refresh token
    access, refresh = secrets
    _queue_stuck_order(orderer, f"401 for Bearer {access}")
    logging.getLogger("desktop.test").warning(
        "refresh failed: refresh_token=%s password=demo-secret url=https://u:pw@x.example", refresh
    )
    content = orderer.support.make_bundle(SOLROSEN, None)
    text = json.dumps(content)
    for secret in (*secrets, "demo-secret", "u:pw@"):
        assert secret not in text
    assert content["outbox"][0]["kind"] == "order" and "[redacted]" in text
    assert "refresh failed" in text  # the log line itself is kept
    bundle_id = orderer.net_executor.submit(
        orderer.support.send_bundle, SOLROSEN, content, "Tre ordrar fastnar"
    ).result()

    superuser = signed_in("superuser")
    listed = superuser.support.bundles(SOLROSEN)
    assert bundle_id in [b.bundle_id for b in listed]
    opened = superuser.support.open_bundle(bundle_id)
    assert opened["outbox"][0]["last_error"].startswith("401 for Bearer [redacted]")


def test_the_superuser_sees_a_stuck_pc_with_its_error_before_anyone_calls(
    signed_in: SignedIn,
) -> None:
    orderer = signed_in("orderer")
    _queue_stuck_order(orderer, "The server could not be reached")
    orderer.net_executor.submit(orderer.sync.sync).result()
    report = orderer.net_executor.submit(orderer.sync.sync).result()
    orderer.net_executor.submit(orderer.after_sync, report).result()  # the app's heartbeat

    overview = signed_in("superuser").support.overview(SOLROSEN)
    mine = [d for d in overview.devices if d.device_id == orderer.settings_store.device_id()]
    assert mine and mine[0].outbox_length == 1
    assert mine[0].last_error == "The server could not be reached"
    assert mine[0].stuck(datetime.now(UTC))


def test_a_change_of_the_outbox_sends_a_heartbeat_without_a_sync(signed_in: SignedIn) -> None:
    orderer = signed_in("orderer")
    superuser = signed_in("superuser")
    device = orderer.settings_store.device_id()

    def waiting() -> int | None:
        devices = superuser.support.overview(SOLROSEN).devices
        return next((d.outbox_length for d in devices if d.device_id == device), None)

    assert waiting() is None
    _queue_stuck_order(orderer, "Timed out")
    orderer.heartbeat.outbox_changed()  # as the one sender calls it after any change
    deadline = time.monotonic() + 20
    while waiting() != 1 and time.monotonic() < deadline:
        time.sleep(0.2)  # the heartbeat goes on its own thread, at most one per 2 s
    assert waiting() == 1


def test_the_demo_superuser_sees_the_stuck_pc_rejected_order_and_open_request(
    signed_in: SignedIn,
) -> None:
    overview = signed_in("superuser").support.overview(EKEN)
    assert any(d.stuck(datetime.now(UTC)) and d.last_error for d in overview.devices)
    assert any(o.state == "rejected" for o in overview.orders)
    assert any(r.status == "open" for r in overview.requests)
    colleagues = signed_in("superuser").support.colleagues("u-forskola-blabaret")
    assert colleagues.certification_url
    assert [p.username for p in colleagues.people if not p.certified] == ["blabaret-orderer"]


def test_a_template_built_by_the_superuser_starts_the_orderers_cart(signed_in: SignedIn) -> None:
    superuser = signed_in("superuser")
    current = superuser.templates.fetch(SOLROSEN)
    template = OrderTemplate(
        "fruit",
        "Veckans frukt",
        (
            TemplateLine("s-fruit", "F-1", "Äpplen 1 kg", Decimal(4), "a-fruit"),
            TemplateLine("s-fruit", "F-9", "Bananer 1 kg", Decimal(3), "a-fruit"),
        ),
    )
    saved = superuser.templates.save(current, [template])
    assert saved.templates == (template,) and saved.etag != current.etag

    orderer = signed_in("orderer")
    fruit = {"supplier_id": "s-fruit", "agreement_id": "a-fruit"}
    lines = [
        catalogue_line("F-1", "Äpplen 1 kg", **fruit),
        catalogue_line("F-2", "Bananer ekologiska 1 kg", **fruit),
    ]
    orderer.run_db(lambda: orderer.find.store.replace_catalogue("s-fruit", lines))
    fetched = orderer.templates.fetch(SOLROSEN).templates[0]
    checks = orderer.run_db(lambda: orderer.templates.check(fetched))
    assert checks[0].item_id is not None
    gone = checks[1]  # F-9 left the catalogue: the same agreement's bananas are offered
    assert gone.item_id is None and gone.replacement_name == "Bananer ekologiska 1 kg"
    added = orderer.run_db(lambda: orderer.templates.start_cart(SOLROSEN, checks))
    assert added == 2
    cart = orderer.run_db(lambda: orderer.ordering.cart(SOLROSEN))
    assert {(line.seller_item_id, line.quantity) for line in cart.lines} == {
        ("F-1", Decimal(4)),
        ("F-2", Decimal(3)),
    }
