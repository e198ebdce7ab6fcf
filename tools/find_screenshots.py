"""Screenshots of the Find place in demo mode: ``python -m tools.find_screenshots``.

Starts the demo (its own central API), waits for the catalogues, then saves the Find
place for a few needs, its dialogs and Help's questions as PNGs in ``screenshots/``.
Run it under a display: ``xvfb-run -a -s "-screen 0 1280x800x24"``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import urllib.request
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import AppOptions, build_services
from desktop.services.find import FindQuery
from desktop.ui.find.office_dialog import OfficeRequestDialog
from desktop.ui.shell.app_controller import AppController
from desktop.ui.shell.application import create_application
from desktop.ui.shell.i18n import Translations, resolve_language
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from desktop.ui.shell.tasks import TaskManager


def _wait(condition: Callable[[], bool], timeout_s: float = 60) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    timer.start()
    loop.exec()
    if not condition():
        raise SystemExit("timed out waiting for the app")
    QApplication.processEvents()


def _pause(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    _pause()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def take(out: Path, language: str) -> list[Path]:
    app = create_application()
    translations = Translations(app)
    translations.apply(resolve_language(language))
    services = build_services(
        AppOptions(data_dir=Path(tempfile.mkdtemp(prefix="avrop-find-shots-")), demo=True)
    )
    tasks = TaskManager(services)
    controller = AppController(services, tasks, translations)
    suffix = f"-{language}" if language != "en" else ""
    saved: list[Path] = []
    try:
        controller.start()
        _wait(lambda: controller.main_window is not None)
        window: MainWindow = controller.main_window  # type: ignore[assignment]
        window.resize(1280, 800)
        wiring = window.find_wiring
        view = wiring.view
        finished: list[object] = []
        view.find_actions.synced.connect(finished.append)
        _wait(lambda: bool(finished), 180)
        _wait(lambda: view.answer is not None)
        window.show_place(Place.FIND)
        saved.append(_save(window, out, f"find-start{suffix}"))
        view.banner.hide()
        for text, name in (
            ("kaffe", "kaffe"),
            ("bröd", "brod"),
            ("taxi", "taxi"),
            ("möbler", "mobler"),
            ("blöj", "bloj"),
            ("sittdyna", "nothing"),
        ):
            view.search_edit.setText(text)

            def answered(t: str = text) -> bool:
                return view.answer is not None and view.answer.query.text == t

            _wait(answered)
            _wait(lambda: view.model.rowCount() == 0 or view.model.item_row(0) is not None)
            saved.append(_save(window, out, f"find-{name}{suffix}"))
        off = _off_agreement_item(view)
        if off is not None:
            view.find_actions.add_to_cart(off, Decimal(1))
            _wait(lambda: view.find_actions.dialog is not None)
            reason = view.find_actions.dialog
            assert reason is not None
            saved.append(_save(reason, out, f"find-off-agreement{suffix}"))
            reason.reject()
            _pause()
        view.search_edit.setText("sittdyna")
        _wait(lambda: view.answer is not None and view.answer.query.text == "sittdyna")
        view.find_actions.ask_office()
        _wait(lambda: view.find_actions.dialog is not None)
        dialog = view.find_actions.dialog
        assert isinstance(dialog, OfficeRequestDialog)
        dialog.need_edit.setPlainText("Sittdynor till samlingen, 20 st, tvättbara")
        dialog.quantity_edit.setText("20")
        dialog.amount_edit.setText("1500")
        saved.append(_save(dialog, out, f"find-ask-office{suffix}"))
        sent: list[str] = []
        view.find_actions.submitted.connect(sent.append)
        dialog.buttons.accepted.emit()
        _wait(lambda: bool(sent))
        _wait(lambda: view.service.run_db(view.service.sender.outbox.count) == 0)
        _answer(services, sent[0], view)
        finished.clear()
        view.find_actions.start_sync()
        _wait(lambda: bool(finished), 120)
        view.search_edit.setText("hantverkare")
        _wait(lambda: view.answer is not None and view.answer.query.text == "hantverkare")
        view.guidance.cards[0].action.click()
        _wait(lambda: view.find_actions.dialog is not None)
        calloff = view.find_actions.dialog
        assert calloff is not None
        saved.append(_save(calloff, out, f"find-calloff{suffix}"))
        calloff.reject()
        window.show_place(Place.HELP)
        saved.append(_save(window, out, f"help-questions{suffix}"))
    finally:
        tasks.shutdown()
        services.close()
    return saved


def _answer(services: object, request_id: str, view: object) -> None:
    """The procurement office answers over HTTP, pointing to a toy agreement item."""
    server = services.demo_server  # type: ignore[attr-defined]
    base = server.url

    def call(method: str, path: str, body: object, token: str | None = None) -> object:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(
            base + path, json.dumps(body).encode(), headers, method=method
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read())

    token = call("POST", "/auth/token", {"username": "procurement", "password": "demo"})
    access = token["access_token"]  # type: ignore[index]
    service = view.service  # type: ignore[attr-defined]
    found = service.run_db(lambda: service.query(FindQuery("kudde", "sv"), date.today()))
    rows = service.run_db(lambda: service.rows(found.first_ids[:1]))
    body: dict[str, object] = {
        "text": "Avtalet Lek- och pedagogiskt material har sittkuddar: beställ dem i Avrop.",
        "agreement_id": "a-toys",
    }
    if rows:
        body["item"] = {
            "supplier_id": rows[0].supplier_id,
            "seller_item_id": rows[0].seller_item_id,
        }
    call("POST", f"/requests/{request_id}/answer", body, access)


def _off_agreement_item(view: object) -> int | None:
    service = view.service  # type: ignore[attr-defined]
    answer = service.run_db(
        lambda: service.query(FindQuery("kaffe", "sv"), __import__("datetime").date.today())
    )
    rows = service.run_db(lambda: service.rows(answer.result.fetch_ids(0, 1000)))
    return next((r.item_id for r in rows if r.agreement_id is None), None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    take(out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
