"""The load benchmark's floor answers its 304 where the central API answers its own:
in front of FastAPI's routing (a floor dearer than the real path would be no floor)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from benchmarks.load_bench.floor_app import ETAG_PATH, create_floor_app


def test_the_floor_304_never_enters_routing() -> None:
    app = create_floor_app()
    client = TestClient(app)
    first = client.get(ETAG_PATH)
    assert first.status_code == 200
    app.router.routes.clear()  # routed now, it would be a 404
    again = client.get(ETAG_PATH, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["ETag"] == first.headers["ETag"]
    assert client.get(ETAG_PATH, headers={"If-None-Match": '"stale"'}).status_code == 404
