"""The avrop command line: options reach the UI, errors are one line on stderr."""

from __future__ import annotations

import json
import sqlite3
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from desktop.app import STORE_FILE, AppOptions
from desktop.storage.database import open_database


@pytest.fixture
def ui_run(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, AppOptions]]:
    """Stand-in for the Qt application's ``run``: these tests check the wiring around it
    (options, services opened and closed), not the UI, which has its own tests."""
    calls: list[tuple[Any, AppOptions]] = []

    def run(services: Any, options: AppOptions) -> int:
        calls.append((services, options))
        assert services.run_db(services.reference.units) == []  # services are open
        return 7

    module = types.ModuleType("desktop.ui.application")
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.application", module)
    return calls


def test_options_reach_the_ui_and_services_are_closed(
    tmp_path: Path, ui_run: list[tuple[Any, AppOptions]]
) -> None:
    code = cli.main(
        ["--data-dir", str(tmp_path), "--server", "https://a.example", "--language", "nb"]
    )
    assert code == 7
    ((services, options),) = ui_run
    assert options == AppOptions(
        data_dir=tmp_path, demo=False, server_url="https://a.example", language="nb"
    )
    assert services.data_dir == tmp_path.resolve()
    with pytest.raises(RuntimeError):
        services.db_executor.submit(lambda: None)  # closed after the UI returned


def test_a_store_too_new_is_one_line_on_stderr(
    tmp_path: Path, ui_run: list[tuple[Any, AppOptions]], capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(tmp_path / STORE_FILE).close()
    con = sqlite3.connect(tmp_path / STORE_FILE)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert cli.main(["--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("avrop: ") and "newer version of Avrop" in err and "\n" not in err
    assert ui_run == []


def test_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--language", "fi"])
    assert caught.value.code == 2


def test_peppol_check_runs_the_real_checker(
    tmp_path: Path, peppol_catalogue_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "catalogue.xml"
    good.write_bytes(peppol_catalogue_bytes)
    assert cli.main(["peppol", "check", str(good)]) == 0
    assert json.loads(capsys.readouterr().out)["document"] == "Catalogue"
    bad = tmp_path / "broken.xml"
    bad.write_bytes(b"<Catalogue><unclosed>")
    assert cli.main(["peppol", "check", str(bad)]) != 0


def test_peppol_needs_a_tool(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["peppol"])
    assert caught.value.code == 2
