"""`alpaca-studio`: with arguments, the command line; without, the window."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:]:
        from core.cli import main as cli_main

        sys.exit(cli_main(sys.argv[1:]))
    sys.exit(run_gui())


def run_gui() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.main_window import MainWindow
    from app.settings import APPLICATION, ORGANIZATION
    from resources import app_icon

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("alpaca-studio")
    app.setWindowIcon(app_icon())
    window = MainWindow()
    window.show()
    # TensorFlow takes seconds to import: start once the window is on screen.
    QTimer.singleShot(300, window.preload_engine)
    return app.exec()


if __name__ == "__main__":
    main()
