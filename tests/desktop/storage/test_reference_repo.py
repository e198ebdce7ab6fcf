"""ReferenceRepository: round trips, in-place replacement, the user and sync state."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select, text

from desktop.domain.reference import Agreement, Supplier, Unit
from desktop.storage.database import Database
from desktop.storage.models import AgreementCpvRow, AgreementSupplierRow
from desktop.storage.reference_repo import ReferenceRepository, SyncState
from tests.fixtures.store import sample_agreements, sample_me, sample_suppliers, sample_units


def test_items_come_back_equal_and_as_domain_objects(seeded_reference: ReferenceRepository) -> None:
    units = seeded_reference.units()
    assert units == sorted(sample_units(), key=lambda u: u.name)
    assert all(isinstance(u, Unit) for u in units)
    assert seeded_reference.suppliers() == sorted(sample_suppliers(), key=lambda s: s.name)
    assert all(isinstance(s, Supplier) for s in seeded_reference.suppliers())
    assert seeded_reference.agreements() == sorted(sample_agreements(), key=lambda a: a.name)
    assert all(isinstance(a, Agreement) for a in seeded_reference.agreements())
    assert seeded_reference.unit("u-hub") == sample_units()[1]
    assert seeded_reference.agreement("a-bakery") == sample_agreements()[1]
    assert seeded_reference.supplier("s-coffee-1") == sample_suppliers()[0]
    assert seeded_reference.unit("nope") is None
    assert seeded_reference.agreement("nope") is None
    assert seeded_reference.supplier("nope") is None


def test_money_and_dates_survive_exactly(seeded_reference: ReferenceRepository) -> None:
    unit = seeded_reference.unit("u-forskola-solrosen")
    assert unit is not None and str(unit.approval_limit) == "5000.00"
    bakery = seeded_reference.agreement("a-bakery")
    assert bakery is not None and bakery.valid_to is None
    assert bakery.supplier_ids == ("s-bakery-1", "s-coffee-1")  # rank order kept


def test_replace_updates_in_place_adds_and_removes(seeded_reference: ReferenceRepository) -> None:
    coffee, bakery = sample_agreements()
    renamed = replace(coffee, name="Kaffe, te och choklad", supplier_ids=("s-coffee-1", "s-new"))
    new = replace(bakery, id="a-fruit", number="RA-9", name="Frukt", cpv_codes=("03222000",))
    result = seeded_reference.replace_agreements([renamed, new])
    assert (result.added, result.updated, result.removed) == (1, 1, 1)
    assert seeded_reference.agreement("a-bakery") is None
    assert seeded_reference.agreement("a-coffee") == renamed
    assert [a.id for a in seeded_reference.agreements_for_supplier("s-new")] == ["a-coffee"]
    assert seeded_reference.agreements_for_supplier("s-bakery-1") == [new]

    again = seeded_reference.replace_agreements([renamed, new])
    assert not again.changed


def test_agreement_links_follow_the_agreement(
    seeded_reference: ReferenceRepository, store_database: Database
) -> None:
    seeded_reference.replace_agreements([sample_agreements()[0]])
    with store_database.session() as s:
        links = s.execute(select(AgreementSupplierRow.agreement_id)).scalars().all()
        cpvs = s.execute(select(AgreementCpvRow.cpv_code)).scalars().all()
    assert set(links) == {"a-coffee"}
    assert cpvs == ["15861000"]


def test_replace_is_all_or_nothing(
    seeded_reference: ReferenceRepository, store_database: Database
) -> None:
    with store_database.session() as s:  # make the next insert fail half-way through
        s.execute(
            text(
                "CREATE TRIGGER no_x BEFORE INSERT ON units WHEN NEW.id = 'u-x' "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    first, _ = sample_units()
    bad = replace(first, id="u-x", name="X")
    try:
        seeded_reference.replace_units([replace(first, name="Changed"), bad])
    except Exception:
        pass
    else:
        raise AssertionError("the trigger should have refused the insert")
    assert seeded_reference.units() == sorted(sample_units(), key=lambda u: u.name)


def test_me_round_trip_and_clear(reference_repo: ReferenceRepository) -> None:
    assert reference_repo.me() is None
    reference_repo.save_me(sample_me())
    other = replace(sample_me(), username="manager", display_name="Maja Chef")
    reference_repo.save_me(other)
    assert reference_repo.me() == other
    reference_repo.clear_me()
    assert reference_repo.me() is None


def test_sync_state_round_trip_in_utc(reference_repo: ReferenceRepository) -> None:
    assert reference_repo.sync_state("units") is None
    when = datetime(2025, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    reference_repo.set_sync_state("units", '"abc"', when)
    state = reference_repo.sync_state("units")
    assert state == SyncState("units", '"abc"', when)
    assert state is not None and state.synced_at.tzinfo is not None
    reference_repo.set_sync_state("units", None)
    later = reference_repo.sync_state("units")
    assert later is not None and later.etag is None and later.synced_at > when
    reference_repo.clear_sync_states()
    assert reference_repo.sync_state("units") is None


def test_replace_records_sync_state_in_the_same_transaction(
    reference_repo: ReferenceRepository,
) -> None:
    state = SyncState("suppliers", 'W/"1"', datetime.now(UTC))
    reference_repo.replace_suppliers(sample_suppliers(), sync_state=state)
    assert reference_repo.sync_state("suppliers") == state
