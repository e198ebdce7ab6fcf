"""The main window for the AT-SPI test: signed in, a search shown, an item open.

``python atspi_app.py SERVER_URL DATA_DIR SEARCH``: prints ``READY`` once the results
and the item pane are shown, then stays up until killed (at most two minutes).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import AppOptions, build_services
from desktop.ui.shell.style import apply_style
from desktop.ui.shell.tasks import TaskManager


def main(server_url: str, data_dir: str, text: str) -> int:
    from desktop.ui.shell.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Avrop")
    apply_style(app)
    services = build_services(AppOptions(data_dir=Path(data_dir), server_url=server_url))
    services.auth.use_session_only()
    services.auth.sign_in(server_url, "orderer", "demo", remember=False)
    tasks = TaskManager(services)
    window = MainWindow(services, tasks, services.auth.me, online=True, monitor_interval_ms=60_000)
    view = window.find_page

    def shown(_answer: object) -> None:
        view.table.selectRow(0)
        print("READY", flush=True)

    view.searched.connect(shown)
    window.show()
    view.search_edit.setText(text)
    view.run_search()
    QTimer.singleShot(120_000, app.quit)
    code = app.exec()
    tasks.shutdown()
    services.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
