"""Step placeholder: the Augment page arrives with its own issue."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.settings import AppPaths


class AugmentPage(QWidget):
    readiness_changed = Signal(str)

    def __init__(self, paths: AppPaths, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel("<h2>Augment</h2><p>This step is being built.</p>",
                       alignment=Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)

    def readiness(self) -> str:
        return "Not available yet"
