"""GET /pictures and /pictures/{id}: the demo's one picture per product, conditional,
only for the municipality's users; every picture the demo catalogues reference is served."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from central_api.demo.pictures import draw_picture, picture_id, with_picture
from central_api.demo.products import generate_catalogue
from central_api.services.pictures import add_pictures
from desktop.domain.picture import served_picture_id
from desktop.peppol.catalogue_reader import read_catalogue
from tests.central_api.helpers import bearer, sign_in


def _auth(client: TestClient, user: str = "orderer") -> dict[str, str]:
    return bearer(str(sign_in(client, user)["access_token"]))


def test_every_picture_a_demo_catalogue_references_is_listed_and_served(
    shared_client: TestClient, tmp_path: object
) -> None:
    headers = _auth(shared_client)
    listing = shared_client.get("/pictures", headers=headers)
    assert listing.status_code == 200
    listed = {i["id"]: i["etag"] for i in listing.json()["items"]}
    catalogue = shared_client.get(
        "/suppliers/s-nappies-1/catalogue",
        headers={**headers, "Accept-Encoding": "identity"},
    )
    assert catalogue.status_code == 200
    path = tmp_path / "c.xml"  # type: ignore[operator]
    path.write_bytes(catalogue.content)
    with read_catalogue(path, supplier_id="s-nappies-1") as document:
        refs = [ref for line in document.lines for ref in line.image_refs]
    ids = {served_picture_id(ref) for ref in refs}
    assert refs and None not in ids and ids <= set(listed)
    first = sorted(i for i in ids if i)[0]
    answer = shared_client.get(f"/pictures/{first}", headers=headers)
    assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
    assert answer.headers["ETag"] == listed[first]
    with Image.open(io.BytesIO(answer.content)) as image:
        assert image.format == "PNG" and image.size == (128, 128)


def test_listing_and_picture_answer_304_to_their_etag(shared_client: TestClient) -> None:
    headers = _auth(shared_client)
    listing = shared_client.get("/pictures", headers=headers)
    again = shared_client.get(
        "/pictures", headers={**headers, "If-None-Match": listing.headers["ETag"]}
    )
    assert again.status_code == 304 and again.content == b""
    first = listing.json()["items"][0]
    picture = shared_client.get(
        f"/pictures/{first['id']}", headers={**headers, "If-None-Match": first["etag"]}
    )
    assert picture.status_code == 304 and picture.content == b""


@pytest.mark.parametrize("picture", ["0" * 24, "g" * 24, "ABC", "f" * 25])
def test_unknown_or_malformed_picture_ids_are_4xx(shared_client: TestClient, picture: str) -> None:
    answer = shared_client.get(f"/pictures/{picture}", headers=_auth(shared_client))
    assert 400 <= answer.status_code < 500


def test_signed_out_callers_get_no_picture(shared_client: TestClient) -> None:
    assert shared_client.get("/pictures").status_code == 401


def test_only_png_or_jpeg_within_the_limit_is_stored(shared_client: TestClient) -> None:
    now = datetime.now(UTC)
    with shared_client.app.state.sessions() as session:  # type: ignore[attr-defined]
        for bad in (b"GIF89a....", gzip.compress(b"x"), b"\x89PNG\r\n\x1a\n" + b"0" * 1024 * 1024):
            with pytest.raises(ValueError, match="not a PNG or JPEG"):
                add_pictures(session, "m-ekby", [("1" * 24, bad)], now)
        session.rollback()


def test_each_product_has_its_own_deterministic_picture() -> None:
    lines = list(generate_catalogue("s-nappies-1", "nappies", "a-nappies", 40))
    pictures = {picture_id("nappies", line): draw_picture("nappies", line) for line in lines}
    products = {(line.name, line.content_quantity) for line in lines}
    assert len(pictures) == len(products)  # one per product, the same for the same product
    assert len(set(pictures.values())) == len(pictures)  # and they all differ
    line = lines[0]
    assert draw_picture("nappies", line) == pictures[picture_id("nappies", line)]
    assert draw_picture("coffee", line) != draw_picture("nappies", line)  # category colour
    assert with_picture("nappies", line).image_refs == (f"pictures/{picture_id('nappies', line)}",)
