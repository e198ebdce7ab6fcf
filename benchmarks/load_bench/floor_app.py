"""The physical floor of the server stack: the same uvicorn + FastAPI + middleware as the
central API, answering a trivial JSON POST and a 304, with no database behind them.

A 304 has two floors. ``/floor/etag`` is a FastAPI route (middleware, routing, a sync
route's threadpool hop); the central API answers the minute sync's 304s in front of
FastAPI (``central_api.front``), so ``/floor/etag-front`` is answered at that same place,
the cheapest this stack can: the same header parsing and ETag comparison, then the 304
(``etag.send_not_modified``, as the real one).
The real 304 is judged against the second (against the first it is already above 1).

``python -m benchmarks.load_bench.floor_app --ready-file F [--workers N]`` serves it on a
free loopback port and writes its URL to F.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request, Response
from starlette.types import Receive, Scope, Send
from uvicorn.supervisors.multiprocess import Multiprocess

from central_api.cli import _bind
from central_api.config import DEFAULT_MAX_BODY_BYTES
from central_api.errors import install_error_handlers
from central_api.etag import if_none_match_hits, json_with_etag, send_not_modified
from central_api.limits import BodyLimitMiddleware
from central_api.not_modified import request_conditions

TRIVIAL_ITEMS = {"items": [{"id": "x", "name": "floor"}]}
ETAG_PATH = "/floor/etag"
FRONT_ETAG_PATH = "/floor/etag-front"


class FloorApi(FastAPI):
    """FastAPI with ``FRONT_ETAG_PATH``'s conditional GET answered up front (as
    ``CentralApi`` answers the minute sync's)."""

    etag = ""  # the trivial list's, learnt from its first 200

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "GET"
            and scope["path"] == FRONT_ETAG_PATH
        ):
            if_none_match, _token = request_conditions(scope)
            if if_none_match and self.etag and if_none_match_hits(if_none_match, self.etag):
                await send_not_modified(send, self.etag)
                return
        await super().__call__(scope, receive, send)


def create_floor_app() -> FastAPI:
    app = FloorApi()
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, default_limit=DEFAULT_MAX_BODY_BYTES)

    @app.post("/floor/post", status_code=201)
    def trivial_post(body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "keys": len(body)}

    @app.get(ETAG_PATH)
    @app.get(FRONT_ETAG_PATH)  # its first answer, and any not answered up front
    def trivial_etag(request: Request) -> Response:
        response = json_with_etag(request, TRIVIAL_ITEMS)
        app.etag = response.headers["ETag"]
        return response

    return app


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_bench.floor_app")
    parser.add_argument("--ready-file", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    sock = _bind("127.0.0.1", 0)
    config = uvicorn.Config(
        "benchmarks.load_bench.floor_app:create_floor_app",
        factory=True,
        workers=args.workers,
        log_level="warning",
        server_header=False,
    )
    args.ready_file.write_text(f"http://127.0.0.1:{sock.getsockname()[1]}", encoding="utf-8")
    if args.workers == 1:
        uvicorn.Server(config).run(sockets=[sock])
    else:
        Multiprocess(config, sockets=[sock]).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
