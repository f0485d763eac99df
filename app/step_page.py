"""What the window asks of every step's page: the one contract between them.

Each step (`app.steps.<step>.page`) subclasses `StepPage`, built as
``Page(paths, settings)``. The window relies on these members and nothing else
of a page's insides; what one step tells another (a run saved, the photo size)
is a signal of that page, connected in `app.main_window` alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class StepPage(QWidget):
    """A page of the sidebar; the defaults are those of a page with nothing to say."""

    readiness_changed = Signal(str)
    """The short status shown under the step's name in the sidebar changed."""

    def readiness(self) -> str:
        """The status under the step's name ("327 photos sorted", "Not trained yet")."""
        return ""

    def set_workspace(self, path: Path) -> None:
        """Another workspace was opened (on the Sort step)."""

    def handle_dropped_files(self, paths: list[Path]) -> bool:
        """Files dropped on the window while this page shows; False sends them to Sort."""
        return False

    def confirm_close(self) -> bool:
        """Asked before the window closes; False keeps it open."""
        return True

    def shutdown(self) -> None:
        """The window closes: stop every background job and wait for it."""
