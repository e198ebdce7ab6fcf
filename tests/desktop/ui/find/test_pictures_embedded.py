"""Pictures embedded in a catalogue and pictures at a supplier's own address, end to end:
a small catalogue is published to a real demo central API (loopback HTTP, the
procurement ``PUT``) with an embedded picture, an over-size embedded blob, a picture on
a fake supplier HTTPS site and one at a plain ``http://`` address. After a sync the
embedded picture's thumbnail shows; the over-size blob is refused and counted, the rest
of the catalogue applied; the HTTPS picture is fetched with no Authorization header
and TLS verified, and revalidated conditionally next time; ``http://`` is never asked.

The fake supplier site stands for a third party outside the project: it is a loopback
HTTPS server made in the test (``tests/fixtures/fake_supplier_site.py``).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from central_api.demo.products import generate_catalogue
from desktop.domain.picture import MAX_PICTURE_BYTES, picture_key
from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.parties import Party
from desktop.remote.picture_external import ExternalPictures
from desktop.remote.picture_sync import PictureSync
from desktop.storage.picture_repo import PictureRepository
from desktop.ui.find.thumbnails import Thumbnails
from desktop.ui.find.view import FindView
from desktop.ui.find.wiring import FindWiring
from desktop.ui.shell.changes import ChangeBus
from desktop.ui.shell.status_bar import AppStatusBar
from desktop.ui.shell.style import icon
from desktop.ui.shell.tasks import TaskManager
from tests.desktop.peppol.test_catalogue_embedded_pictures import embedded_ref, real_png
from tests.desktop.ui.find.test_view import search, shown_rows
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.fake_supplier_site import FakeSupplierSite
from tests.fixtures.find_ui import _services

pytestmark = pytest.mark.timeout(600)
SUPPLIER = "s-coffee-1"
NAME = "Bildkaffe"


@dataclass
class Published:
    server: RunningServer
    services: Any
    site: FakeSupplierSite
    embedded: str  # the embedded picture's reference
    external: str  # the picture on the fake supplier site
    insecure: str  # a picture at a plain http:// address
    catalogue: Any  # the SupplierResult of the catalogue sync


def _catalogue(server: RunningServer, lines: list[Any]) -> bytes:
    token = str(server.sign_in("orderer")["access_token"])
    answer = requests.get(
        server.url + "/suppliers", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    s = next(i for i in answer.json()["items"] if i["id"] == SUPPLIER)
    header = CatalogueHeader(
        catalogue_id="CAT-PICTURES-1",
        issue_date=date(2025, 3, 1),
        valid_from=date(2025, 3, 1),
        valid_to=date(2030, 3, 1),
        provider=Party(s["endpoint_id"], s["endpoint_scheme"], s["name"], s["country"]),
        receiver=Party("2120000001", "0007", "Ekby kommun", "SE"),
    )
    out = io.BytesIO()
    write_catalogue(out, header, lines)
    return out.getvalue()


def _oversize(document: bytes, line_index: int) -> bytes:
    """``document`` with the embedded picture of line ``line_index`` made too large."""
    root = etree.fromstring(document)
    line = root.findall(u.cac("CatalogueLine"))[line_index]
    binary = line.find(f".//{u.cbc('EmbeddedDocumentBinaryObject')}")
    assert binary is not None
    binary.text = "AAAA" * (MAX_PICTURE_BYTES // 3 + 30_000)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    server = RunningServer(tmp_path_factory.mktemp("embedded-server"))
    server.start()
    site = FakeSupplierSite(tmp_path_factory.mktemp("supplier-site"), {})
    site.pictures["/img/123.png"] = real_png((50, 40))
    site.start()
    services = _services(tmp_path_factory.mktemp("embedded-app"), server.url)
    try:
        lines = list(generate_catalogue(SUPPLIER, "coffee", "a-coffee", 6, seed=7))
        embedded = embedded_ref(real_png((64, 48)))
        external, insecure = site.url + "/img/123.png", "http://127.0.0.1:9/img/1.png"
        lines[0] = replace(lines[0], name=NAME, image_refs=(embedded,))
        lines[1] = replace(lines[1], image_refs=(embedded_ref(real_png((8, 8))),))
        lines[2] = replace(lines[2], image_refs=(external,))
        lines[3] = replace(lines[3], image_refs=(insecure,))
        lines[4:] = [replace(line, image_refs=()) for line in lines[4:]]  # no outside address
        document = _oversize(_catalogue(server, lines), 1)
        token = str(server.sign_in("procurement")["access_token"])
        put = requests.put(
            f"{server.url}/suppliers/{SUPPLIER}/catalogue",
            data=document,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/xml"},
            timeout=60,
        )
        assert put.status_code == 200, put.text
        services.sync.sync()
        report = services.find.sync().catalogues
        result = next(r for r in report.results if r.supplier_id == SUPPLIER)
        yield Published(server, services, site, embedded, external, insecure, result)
    finally:
        services.close()
        site.stop()
        server.stop()


def _sync(published: Published, verify: bool | str) -> Any:
    services = published.services
    pictures = PictureSync(
        services.auth.current_client,
        PictureRepository(services.database),
        services.reference,
        services.run_db,
        services.pictures.folder,
        ExternalPictures(verify=verify),
    )
    return pictures.sync()


def test_an_over_size_embedded_picture_is_refused_counted_and_the_rest_applied(
    published: Published,
) -> None:
    assert published.catalogue.refused_pictures == 1
    assert published.catalogue.lines == 6  # the line itself is kept, without its picture
    refs = published.services.run_db(PictureRepository(published.services.database).referenced)
    ours = {r for r in refs if not r.startswith("pictures/")}  # not the demo's served ones
    assert ours == {published.embedded, published.external, published.insecure}


def test_tls_is_verified_and_http_is_never_asked(published: Published) -> None:
    report = _sync(published, True)  # the fake site's CA is not trusted: nothing fetched
    path = published.services.pictures.path_of
    assert not path(published.external).exists()
    assert report.refused == 1  # http://
    assert path(published.embedded).is_file()  # kept from the catalogue, no request
    assert all("/img/1.png" not in p for p, _ in published.site.seen)


def test_the_supplier_picture_is_fetched_without_credentials_then_conditionally(
    published: Published,
) -> None:
    site = published.site
    site.seen.clear()
    first = _sync(published, str(site.ca_bundle))
    assert first.fetched == 1
    assert published.services.pictures.path_of(published.external).is_file()
    second = _sync(published, str(site.ca_bundle))
    assert second.fetched == 0 and second.unchanged >= 2
    assert [p for p, _ in site.seen] == ["/img/123.png", "/img/123.png"]
    for _, headers in site.seen:
        assert "Authorization" not in headers and "Cookie" not in headers
    assert "If-None-Match" not in site.seen[0][1]
    assert site.seen[1][1]["If-None-Match"].startswith('"')


def test_the_embedded_picture_shows_as_a_thumbnail(qtbot: Any, published: Published) -> None:
    services = published.services
    tasks = TaskManager(services)
    try:
        view = FindView(tasks, services.find, lambda: "u-forskola-solrosen")
        qtbot.addWidget(view)
        thumbnails = Thumbnails(services.pictures.folder, services.data_dir / "thumbnails", view)
        view.model.set_pictures(thumbnails, icon("item-picture"))
        view.pane.set_pictures(thumbnails)
        view.resize(1000, 600)
        view.show()
        search(qtbot, view, NAME)
        rows = shown_rows(qtbot, view, 1)
        assert picture_key(rows[0].image_ref) == picture_key(published.embedded)
        model = view.model
        index = model.index(0, model.NAME)
        qtbot.waitUntil(
            lambda: isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QPixmap),
            timeout=20_000,
        )
        assert thumbnails.refused == 0
        view.grab().save(str(services.data_dir / "find-embedded.png"))
    finally:
        tasks.shutdown()


def test_the_base64_is_not_kept_twice(published: Published) -> None:
    """The picture is recorded under its short key, not the whole data: URI."""
    cached = published.services.run_db(PictureRepository(published.services.database).cached)
    assert picture_key(published.embedded) in cached
    assert all(len(key) < 200 for key in cached)
    assert base64.b64decode(published.embedded.partition(",")[2])[:4] == b"\x89PNG"


def test_a_first_sync_in_the_app_says_the_refused_pictures(
    qtbot: Any, published: Published, tmp_path: Path
) -> None:
    """The over-size embedded picture (refused while the catalogue is read) and the
    ``http://`` one (refused by the picture sync) are said together in the status bar."""
    services = _services(tmp_path, published.server.url)
    tasks = TaskManager(services)
    try:
        services.sync.sync()
        window = QWidget()
        qtbot.addWidget(window)
        bar = AppStatusBar(window)
        wiring = FindWiring(
            services, tasks, ChangeBus(), bar, lambda: "u-forskola-solrosen", window
        )
        wiring.view.find_actions.start_sync()  # what F5 does
        qtbot.waitUntil(lambda: "refused" in bar.notice.text(), timeout=240_000)
        assert bar.notice.text().startswith("2 item picture")
    finally:
        tasks.shutdown()
        services.close()
