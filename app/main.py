"""`alpaca-studio`: with arguments, the command line; without, the window."""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.argv[1:]:
        from core.cli import main as cli_main

        sys.exit(cli_main(sys.argv[1:]))
    sys.exit(run_gui())


def quiet_engine() -> None:
    """Keep TensorFlow's start-up lines (CUDA, oneDNN, CPU features) out of the terminal.

    They mean nothing to a person training on a laptop; ALPACA_STUDIO_DEBUG=1 shows them.
    Python's own warnings and errors still reach the terminal.
    """
    if os.environ.get("ALPACA_STUDIO_DEBUG"):
        return
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from core.terminal import hide_native_log_lines

    hide_native_log_lines()  # the training process inherits the filtered stderr


def run_gui() -> int:
    quiet_engine()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.i18n import chosen_language, install
    from app.main_window import MainWindow
    from app.settings import APPLICATION, ORGANIZATION, app_settings
    from resources import app_icon

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("alpaca-studio")
    app.setWindowIcon(app_icon())
    # Before any widget exists: the window is built in one language (a change in the
    # menu applies at the next start).
    translation = install(chosen_language(app_settings()))  # noqa: F841 - lives with the app
    window = MainWindow()
    window.show()
    # TensorFlow takes seconds to import: start once the window is on screen.
    QTimer.singleShot(300, window.preload_engine)
    return app.exec()


if __name__ == "__main__":
    main()
