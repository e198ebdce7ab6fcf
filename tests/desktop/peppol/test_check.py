"""`avrop peppol check FILE`: one JSON object; exit 0 valid, 1 invalid, 2 unreadable."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.peppol.check import main
from desktop.peppol.order_response import order_response_bytes, write_order_response
from desktop.peppol.order_writer import order_bytes, write_order
from tests.fixtures.peppol_docs import catalogue_bytes, sample_lines, sample_order, sample_response

CORPUS = Path(__file__).parent / "corpus"


def _run(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main([str(path)])
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # exactly one JSON object, on one line
    return code, json.loads(out)


def _bad_catalogue() -> bytes:
    lines = sample_lines(3)
    lines[1] = replace(lines[1], price=Decimal("-1"))
    return catalogue_bytes(lines)


def _bad_order() -> bytes:
    return order_bytes(replace(sample_order(), currency="EURO"))


def _bad_response() -> bytes:
    return order_response_bytes(replace(sample_response(), lines=()))


@pytest.mark.parametrize(
    ("data", "kind", "lines"),
    [
        (catalogue_bytes(), "Catalogue", 3),
        (gzip.compress(catalogue_bytes()), "Catalogue", 3),
        (write_order(sample_order()), "Order", 2),
        (write_order_response(sample_response()), "OrderResponse", 2),
    ],
    ids=["catalogue", "gzip catalogue", "order", "order response"],
)
def test_valid_documents_exit_0(
    data: bytes, kind: str, lines: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.xml"
    path.write_bytes(data)
    assert _run(path, capsys) == (0, {"document": kind, "lines": lines, "errors": []})


@pytest.mark.parametrize(
    ("data", "kind", "error"),
    [
        (
            _bad_catalogue(),
            "Catalogue",
            {"line": "2", "field": "Price/PriceAmount", "code": "negative_price"},
        ),
        (
            _bad_order(),
            "Order",
            {"line": None, "field": "DocumentCurrencyCode", "code": "currency"},
        ),
        (
            _bad_response(),
            "OrderResponse",
            {"line": None, "field": "OrderLine", "code": "lines_required"},
        ),
    ],
    ids=["catalogue", "order", "order response"],
)
def test_invalid_documents_exit_1(
    data: bytes,
    kind: str,
    error: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "doc.xml"
    path.write_bytes(data)
    code, report = _run(path, capsys)
    assert code == 1
    assert report["document"] == kind
    first = report["errors"][0]
    assert set(first) == {"line", "xml_line", "field", "code", "message"}
    assert {k: first[k] for k in error} == error


def test_unknown_root_is_invalid_with_no_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(CORPUS / "wrong_root_invoice.xml", capsys)
    assert code == 1
    assert report["document"] is None
    assert [e["code"] for e in report["errors"]] == ["wrong_document"]


@pytest.mark.parametrize(
    "name", ["truncated.xml", "billion_laughs.xml", "not_xml.xml", "gzip_truncated.xml.gz"]
)
def test_unreadable_files_exit_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(CORPUS / name, capsys)
    assert code == 2
    assert report["errors"]


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(tmp_path / "nope.xml", capsys)
    assert (code, report["document"], report["errors"][0]["code"]) == (2, None, "unreadable")


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err
