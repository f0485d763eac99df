"""The row above the Sort page: which workspace is open, and how photos come in."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class WorkspaceBar(QWidget):
    open_requested = Signal()
    add_requested = Signal()
    move_instead_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._where = QLabel()
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._where.setTextFormat(Qt.TextFormat.RichText)
        # A long path must not make the window wider: the label gives way and elides.
        self._where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._where.setMinimumWidth(120)
        self.open_button = QPushButton("Open workspace…")
        self.open_button.setToolTip("Use another folder of class folders (Ctrl+O)")
        self.add_button = QPushButton("Add photos…")
        self.add_button.setToolTip("Choose photos to sort (Ctrl+I). You can also drag photos "
                                   "or whole folders onto this window.")
        self.move_check = QCheckBox("Move instead of copy")
        self.move_check.setToolTip("Off: your original photos stay where they are and a copy "
                                   "goes into the class folder.\nOn: the photos are moved.")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._where, 1)
        layout.addWidget(self.move_check)
        layout.addWidget(self.open_button)
        layout.addWidget(self.add_button)
        self.open_button.clicked.connect(self.open_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.move_check.toggled.connect(self.move_instead_toggled)

    def set_workspace(self, path: Path | None, proposed: bool = False) -> None:
        """Show `path`; `proposed`: its folders are not made yet (they will be on sorting)."""
        shown = "none" if path is None else html.escape(str(path))
        later = " <i>(made when you sort your first photo)</i>" if proposed else ""
        self._where.setText(f"Workspace: <b>{shown}</b>{later}")
        self._where.setToolTip(str(path or "") + (" — not created yet" if proposed else ""))
