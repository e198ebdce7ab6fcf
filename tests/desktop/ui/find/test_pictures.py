"""Item pictures end to end, against a real demo central API on loopback: the first sync
keeps every referenced picture, a second one costs one conditional request; thumbnails
in the results and the item pane, made off the UI thread; hostile pictures refused and
counted; offline, what was cached still shows.

The tests share one server and one synced store and run in order (the last ones change
the server's pictures, then stop it).
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from desktop.domain.picture import cache_name, picture_refusal, served_picture_id
from desktop.remote.errors import NetworkError
from desktop.remote.http import ApiClient
from desktop.remote.picture_sync import PictureSync
from desktop.storage.picture_repo import PictureRepository
from desktop.ui.find.results_model import PICTURE_SIDE
from desktop.ui.find.thumbnails import Thumbnails, make_thumbnail
from desktop.ui.find.view import FindView
from desktop.ui.shell.style import icon
from desktop.ui.shell.tasks import TaskManager
from tests.desktop.ui.find.test_view import search, shown_rows
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.find_ui import _services

pytestmark = pytest.mark.timeout(600)


@dataclass
class Synced:
    server: RunningServer
    services: Any
    folder: Path
    first: Any  # the first PictureSyncReport
    first_requests: int


@dataclass
class Sent:
    method: str
    path: str
    headers: dict[str, str]


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Sent]:
    """Every request the app sends (method, path, headers), as it goes out."""
    seen: list[Sent] = []
    real = ApiClient._send

    def counting(self: ApiClient, method: str, path: str, *args: Any) -> Any:
        seen.append(Sent(method, path, dict(args[2])))
        return real(self, method, path, *args)

    monkeypatch.setattr(ApiClient, "_send", counting)
    return seen


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    server = RunningServer(tmp_path_factory.mktemp("pictures-server"))
    server.start()
    folder = tmp_path_factory.mktemp("pictures-app")
    services = _services(folder, server.url)
    try:
        services.sync.sync()
        assert not services.find.sync().catalogues.failed
        calls = 0
        real = ApiClient._send

        def counting(self: ApiClient, *args: Any) -> Any:
            nonlocal calls
            calls += 1
            return real(self, *args)

        ApiClient._send = counting  # type: ignore[method-assign,assignment]
        try:
            first = services.pictures.sync()
        finally:
            ApiClient._send = real  # type: ignore[method-assign]
        yield Synced(server, services, folder, first, calls)
    finally:
        services.close()
        server.stop()


def _refs(synced: Synced) -> list[str]:
    refs: list[str] = synced.services.run_db(PictureRepository(synced.services.database).referenced)
    return refs


def test_the_first_sync_keeps_every_referenced_picture(synced: Synced) -> None:
    refs = _refs(synced)
    assert len(refs) > 1000  # every demo product has one
    pictures: PictureSync = synced.services.pictures
    assert synced.first.fetched == len(refs) and synced.first.refused == 0
    assert synced.first_requests == len(refs) + 1  # the list, then each picture once
    kept = [pictures.path_of(ref) for ref in refs]
    assert all(p.is_file() and p.parent == synced.folder / "pictures" for p in kept)
    assert sum(p.stat().st_size for p in kept) == synced.first.fetched_bytes
    assert all(picture_refusal(p.read_bytes()) is None for p in kept[:50])
    assert len({hashlib.sha256(p.read_bytes()).digest() for p in kept}) == len(kept)


def test_a_second_sync_sends_one_conditional_request_and_downloads_nothing(
    synced: Synced, sent: list[Sent]
) -> None:
    pictures: PictureSync = synced.services.pictures
    before = {p: p.stat().st_mtime_ns for p in pictures.folder.iterdir()}
    report = pictures.sync()
    assert [(s.method, s.path) for s in sent] == [("GET", "/pictures")]
    assert sent[0].headers.get("If-None-Match")
    assert report.fetched == 0 and report.fetched_bytes == 0 and report.requests == 1
    assert {p: p.stat().st_mtime_ns for p in pictures.folder.iterdir()} == before


def test_without_the_lists_etag_each_picture_is_still_only_compared(
    synced: Synced, sent: list[Sent]
) -> None:
    services = synced.services
    services.run_db(lambda: services.reference.set_sync_state("pictures", None, None))
    report = services.pictures.sync()
    assert [s.path for s in sent] == ["/pictures"]  # the ETags listed match the kept ones
    assert report.fetched == 0 and report.unchanged == len(_refs(synced))


def test_a_stopped_sync_returns_at_once_and_the_next_one_catches_up(synced: Synced) -> None:
    services = synced.services
    pictures: PictureSync = services.pictures
    lost = _refs(synced)[-5:]
    for ref in lost:
        pictures.path_of(ref).unlink()  # as if deleted by hand: fetched again
    closing = PictureSync(
        services.auth.current_client,
        PictureRepository(services.database),
        services.reference,
        services.run_db,
        pictures.folder,
    )
    closing.stop()  # the app is closing
    stopped = closing.sync()
    assert stopped.fetched == 0 and stopped.requests == 1
    assert not any(pictures.path_of(ref).exists() for ref in lost)
    report = pictures.sync()
    assert report.fetched == len(lost) and report.requests == 1 + len(lost)
    assert all(pictures.path_of(ref).is_file() for ref in lost)


def test_results_and_item_pane_show_thumbnails_made_off_the_ui_thread(
    qtbot: Any, qtmodeltester: Any, synced: Synced
) -> None:
    services = synced.services
    tasks = TaskManager(services)
    try:
        view = FindView(tasks, services.find, lambda: "u-forskola-solrosen")
        qtbot.addWidget(view)
        thumbnails = Thumbnails(services.pictures.folder, services.data_dir / "thumbnails", view)
        fallback = icon("item-picture")
        view.model.set_pictures(thumbnails, fallback)
        view.pane.set_pictures(thumbnails)
        view.resize(1200, 800)
        view.show()
        search(qtbot, view, "blöjor")
        rows = shown_rows(qtbot, view, 5)
        model = view.model
        decoration = Qt.ItemDataRole.DecorationRole

        def pictured() -> bool:
            return all(
                isinstance(model.data(model.index(r, model.NAME), decoration), QPixmap)
                for r in range(len(rows))
            )

        qtbot.waitUntil(pictured, timeout=20_000)
        first = model.data(model.index(0, model.NAME), decoration)
        assert max(first.width(), first.height()) == PICTURE_SIDE
        made = services.data_dir / "thumbnails" / f"{cache_name(rows[0].image_ref)}-32.png"
        assert made.is_file()
        qtmodeltester.check(model)
        with qtbot.waitSignal(view.item_shown, timeout=10_000) as shown:
            view.table.selectRow(1)  # the first row may be shown already
        assert shown.args[0].image_ref == rows[1].image_ref
        qtbot.waitUntil(lambda: view.pane.picture.pixmap().width() == 128, timeout=20_000)
        assert thumbnails.refused == 0
        view.grab().save(str(synced.folder / "find-pictures.png"))
    finally:
        tasks.shutdown()


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header declares width × height: a decompression bomb's first bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    idat = zlib.compress(b"\0" * 65536, 9)  # inflates far beyond its size
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


HOSTILE = {
    "bomb": _png_header(50_000, 50_000),
    "wrong_type": b"<html><body>not a picture</body></html>",
    "too_large": b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024),
}


def test_a_decompression_bomb_in_the_cache_is_never_decoded(tmp_path: Path, qtbot: Any) -> None:
    bomb = tmp_path / "bomb"
    bomb.write_bytes(HOSTILE["bomb"])
    fake = tmp_path / "fake"
    fake.write_bytes(b"GIF89a" + b"\0" * 100)
    started = time.monotonic()
    assert make_thumbnail(bomb, tmp_path / "b.png", 32) is None
    assert make_thumbnail(fake, tmp_path / "f.png", 32) is None
    assert time.monotonic() - started < 2.0
    assert not (tmp_path / "b.png").exists() and not (tmp_path / "f.png").exists()
    thumbnails = Thumbnails(tmp_path, tmp_path / "thumbnails")
    ref = "pictures/" + "a" * 24
    (tmp_path / cache_name(ref)).write_bytes(HOSTILE["bomb"])
    assert thumbnails.pixmap(ref, 32) is None
    assert thumbnails.wait()
    qtbot.waitUntil(lambda: thumbnails.refused == 1, timeout=5_000)
    assert thumbnails.pixmap(ref, 32) is None  # asked again: known refused, no new job


def test_hostile_pictures_are_refused_counted_and_never_kept(synced: Synced) -> None:
    refs = _refs(synced)
    victims = dict(zip(HOSTILE, refs[:3], strict=False))
    with sqlite3.connect(synced.server.data_dir / "central.sqlite3", timeout=30) as conn:
        for kind, ref in victims.items():
            content = HOSTILE[kind]
            etag = '"' + hashlib.sha256(content).hexdigest()[:40] + '"'
            conn.execute(
                "UPDATE pictures SET content = ?, etag = ?, byte_count = ? WHERE picture_id = ?",
                (content, etag, len(content), served_picture_id(ref)),
            )
    pictures: PictureSync = synced.services.pictures
    report = pictures.sync()
    assert report.refused == 3 and report.fetched == 0
    assert report.unchanged == len(refs) - 3
    assert not any(pictures.path_of(ref).exists() for ref in victims.values())
    assert all(pictures.path_of(ref).is_file() for ref in refs[3:])
    cached = synced.services.run_db(PictureRepository(synced.services.database).cached)
    assert {cached[ref].refused for ref in victims.values()} == {
        "too_many_pixels",
        "wrong_type",
        "too_large",
    }
    again = pictures.sync()  # refused once: not fetched again while unchanged
    assert again.refused == 0 and again.fetched == 0


def test_offline_the_cached_pictures_still_show(qtbot: Any, synced: Synced) -> None:
    synced.server.stop()
    with pytest.raises(NetworkError):
        synced.services.pictures.sync()
    refs = _refs(synced)
    thumbnails = Thumbnails(
        synced.services.pictures.folder, synced.services.data_dir / "offline-thumbnails"
    )
    ref = refs[-1]
    with qtbot.waitSignal(thumbnails.ready, timeout=10_000):
        assert thumbnails.pixmap(ref, 128) is None
    shown = thumbnails.pixmap(ref, 128)
    assert shown is not None and shown.width() == 128
