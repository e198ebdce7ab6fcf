"""The physical floor of the server stack: the same uvicorn + FastAPI + middleware as the
central API, answering a trivial JSON POST and a 304, with no database behind them.

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
from uvicorn.supervisors.multiprocess import Multiprocess

from central_api.cli import _bind
from central_api.config import DEFAULT_MAX_BODY_BYTES
from central_api.errors import install_error_handlers
from central_api.etag import json_with_etag
from central_api.limits import BodyLimitMiddleware

TRIVIAL_ITEMS = {"items": [{"id": "x", "name": "floor"}]}


def create_floor_app() -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, default_limit=DEFAULT_MAX_BODY_BYTES)

    @app.post("/floor/post", status_code=201)
    def trivial_post(body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "keys": len(body)}

    @app.get("/floor/etag")
    def trivial_etag(request: Request) -> Response:
        return json_with_etag(request, TRIVIAL_ITEMS)

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
