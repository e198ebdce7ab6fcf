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
from desktop.domain.errors import AvropError
from desktop.settings import Settings, save_settings
from desktop.storage.database import open_database
from tests.fixtures.conforming_docs import conforming_catalogue


@pytest.fixture
def ui_run(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, AppOptions]]:
    """Stand-in for the Qt start-up (``desktop.ui.shell.startup.start``): these tests check
    the wiring around it (options, services opened and closed), not the UI, which has its
    own tests (tests/desktop/ui/shell/test_startup.py)."""
    calls: list[tuple[Any, AppOptions]] = []

    def run(services: Any) -> int:
        calls.append((services, services.options))
        assert services.run_db(services.reference.units) == []  # services are open
        return 7

    def start(options: AppOptions, build: Any) -> int:
        services = build(options)  # the real composition root, as the start-up calls it
        try:
            return run(services)
        finally:
            services.close()

    module = types.ModuleType("desktop.ui.shell.startup")
    module.start = start  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.shell.startup", module)
    return calls


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[BaseException, str]]:
    """Stand-in for the message box of ``desktop.ui.shell.fatal_error`` (it has its own UI test):
    records what the command line asked it to show, in which language setting."""
    shown: list[tuple[BaseException, str]] = []
    module = types.ModuleType("desktop.ui.shell.fatal_error")
    module.show_fatal_error = lambda error, language: shown.append((error, language))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.shell.fatal_error", module)
    return shown


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


def test_a_store_too_new_is_one_line_on_stderr_and_a_message_box(
    tmp_path: Path,
    ui_run: list[tuple[Any, AppOptions]],
    shown_errors: list[tuple[BaseException, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    open_database(tmp_path / STORE_FILE).close()
    con = sqlite3.connect(tmp_path / STORE_FILE)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    save_settings(tmp_path, Settings(language="da"))
    assert cli.main(["--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("avrop: ") and "newer version of Avrop" in err and "\n" not in err
    assert ui_run == []
    ((error, language),) = shown_errors
    assert isinstance(error, AvropError) and error.code == "store_too_new"
    assert language == "da"  # the saved language; --language would win
    assert cli.main(["--data-dir", str(tmp_path), "--language", "nb"]) == 1
    assert shown_errors[-1][1] == "nb"


def test_an_unreadable_store_is_shown_too(
    tmp_path: Path,
    ui_run: list[tuple[Any, AppOptions]],
    shown_errors: list[tuple[BaseException, str]],
) -> None:
    (tmp_path / STORE_FILE).write_bytes(b"not a database at all" * 100)
    assert cli.main(["--data-dir", str(tmp_path)]) == 1
    assert [e.code for e, _ in shown_errors if isinstance(e, AvropError)] == ["store_unreadable"]


def test_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--language", "fi"])
    assert caught.value.code == 2


def test_peppol_check_runs_the_real_checker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "catalogue.xml"
    good.write_bytes(conforming_catalogue())
    assert cli.main(["peppol", "check", str(good)]) == 0
    assert json.loads(capsys.readouterr().out)["document"] == "Catalogue"
    bad = tmp_path / "broken.xml"
    bad.write_bytes(b"<Catalogue><unclosed>")
    assert cli.main(["peppol", "check", str(bad)]) != 0


def test_peppol_needs_a_tool(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["peppol"])
    assert caught.value.code == 2


def test_demo_takes_a_country_variant_and_defaults_to_the_swedish() -> None:
    parser = cli._parser()
    assert parser.parse_args(["--demo"]).demo == "se"
    assert parser.parse_args(["--demo", "dk", "--language", "sv"]).demo == "dk"
    assert parser.parse_args(["--self-test", "--demo", "no"]).demo == "no"
    assert parser.parse_args([]).demo is None


def test_an_unknown_demo_variant_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--demo", "fi"])
    assert caught.value.code == 2
    assert "invalid choice: 'fi'" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("saved", [None, "sv"])
def test_the_first_demo_start_opens_in_the_variant_s_language(
    tmp_path: Path, ui_run: list[tuple[Any, AppOptions]], saved: str | None
) -> None:
    if saved is not None:  # the user chose a language in Settings on an earlier start
        save_settings(tmp_path / "demo-no", Settings(language=saved))
    assert cli.main(["--data-dir", str(tmp_path), "--demo", "no"]) == 7
    ((services, options),) = ui_run
    assert options.demo and options.demo_variant == "no"
    assert services.data_dir == (tmp_path / "demo-no").resolve()
    assert services.language == (saved or "nb")
