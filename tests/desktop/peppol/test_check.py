"""`avrop peppol check FILE`: one JSON object; exit 0 conforms, 1 does not, 2 unreadable."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.peppol.check import main
from tests.fixtures.conforming_docs import (
    catalogue_line,
    catalogue_text,
    conforming_catalogue,
    conforming_order,
    conforming_response,
)

CORPUS = Path(__file__).parent / "corpus"
FINDING_KEYS = {"id", "flag", "location", "line", "message", "source"}


def _run(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main([str(path)])
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # exactly one JSON object, on one line
    return code, json.loads(out)


@pytest.mark.parametrize(
    ("data", "kind", "transaction"),
    [
        (conforming_catalogue(), "Catalogue", "T19"),
        (gzip.compress(conforming_catalogue()), "Catalogue", "T19"),
        (conforming_order(), "Order", "T01"),
        (conforming_response("AP"), "OrderResponse", "T76"),
    ],
    ids=["catalogue", "gzip catalogue", "order", "order response"],
)
def test_conforming_documents_exit_0(
    data: bytes, kind: str, transaction: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.xml"
    path.write_bytes(data)
    code, report = _run(path, capsys)
    assert code == 0
    assert {k: report[k] for k in ("document", "transaction", "rules_release", "errors")} == {
        "document": kind,
        "transaction": transaction,
        "rules_release": "2026.5",
        "errors": [],
    }


def test_warnings_do_not_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.xml"
    path.write_bytes(catalogue_text([catalogue_line(1, price=None)]).encode())
    code, report = _run(path, capsys)
    assert code == 0
    (warning,) = report["warnings"]
    assert set(warning) == FINDING_KEYS
    assert (warning["id"], warning["flag"], warning["source"]) == (
        "AVROP-LINE-NO-PRICE",
        "warning",
        "avrop",
    )


def test_a_non_conforming_document_exits_1_with_official_rule_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.xml"
    path.write_bytes(conforming_order().replace(b'unitCode="XPK">3<', b'unitCode="PK">3<'))
    code, report = _run(path, capsys)
    assert code == 1
    (error,) = report["errors"]
    assert set(error) == FINDING_KEYS
    assert {k: error[k] for k in ("id", "flag", "source")} == {
        "id": "PEPPOL-T01-B24102",
        "flag": "fatal",
        "source": "peppol",
    }
    assert error["location"].endswith("cac:LineItem[1]/cbc:Quantity[1]")
    assert 'unitCode="PK"' in path.read_text(encoding="utf-8").splitlines()[error["line"] - 1]


def test_unknown_root_does_not_conform(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(CORPUS / "wrong_root_invoice.xml", capsys)
    assert code == 1
    assert report["transaction"] == ""
    assert "AVROP-NO-RULES" in [e["id"] for e in report["errors"]]


@pytest.mark.parametrize(
    "name",
    [
        "truncated.xml",
        "billion_laughs.xml",
        "not_xml.xml",
        "gzip_truncated.xml.gz",
        "gzip_bomb.xml.gz",
        "deep_nesting.xml",
        "xxe_file.xml",
    ],
)
def test_unreadable_or_unsafe_files_exit_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(CORPUS / name, capsys)
    assert code == 2
    assert report["document"] is None
    assert report["errors"] and set(report["errors"][0]) == FINDING_KEYS


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(tmp_path / "nope.xml", capsys)
    assert (code, report["document"], report["errors"][0]["id"]) == (2, None, "AVROP-UNREADABLE")


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err
