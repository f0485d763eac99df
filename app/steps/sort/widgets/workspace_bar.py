"""The row above the Sort page: which workspace is open, and how photos come in."""

from __future__ import annotations

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

from app.steps.sort.widgets.elided_label import ElidedLabel


class WorkspaceBar(QWidget):
    open_requested = Signal()
    add_requested = Signal()
    move_instead_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A long path must not make the window wider: it is shortened in the middle
        # (the tooltip has it whole), and the words around it stay whole.
        self._where = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        font = self._where.font()
        font.setBold(True)
        self._where.setFont(font)
        self._where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._where.setMinimumWidth(80)
        self.not_yet = QLabel("<i>{}</i>".format(self.tr("(not created yet)")))
        self.not_yet.setToolTip(self.tr("The workspace and its class folders are made when you "
                                        "sort your first photo or add a class."))
        self.not_yet.hide()
        self.open_button = QPushButton(self.tr("Open workspace…"))
        self.open_button.setToolTip(self.tr("Use another folder of class folders (Ctrl+O)"))
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setToolTip(self.tr("Choose photos to sort (Ctrl+I). You can also drag "
                                           "photos or whole folders onto this window."))
        self.move_check = QCheckBox(self.tr("Move instead of copy"))
        self.move_check.setToolTip(self.tr("Off: your original photos stay where they are and a "
                                           "copy goes into the class folder.\nOn: the photos are "
                                           "moved."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Workspace:")))
        layout.addWidget(self._where, 1)
        layout.addWidget(self.not_yet)
        layout.addWidget(self.move_check)
        layout.addWidget(self.open_button)
        layout.addWidget(self.add_button)
        self.open_button.clicked.connect(self.open_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.move_check.toggled.connect(self.move_instead_toggled)

    def set_workspace(self, path: Path | None, proposed: bool = False) -> None:
        """Show `path`; `proposed`: its folders are not made yet (they will be on sorting)."""
        #: After "Workspace:" when no workspace is open
        self._where.setText(self.tr("none") if path is None else str(path))
        self.not_yet.setVisible(proposed)

    @property
    def text(self) -> str:
        """What the bar says about the workspace, as one line."""
        if self.not_yet.isVisibleTo(self):
            return self.tr("Workspace: {folder} (not created yet)").format(
                folder=self._where.text())
        return self.tr("Workspace: {folder}").format(folder=self._where.text())
