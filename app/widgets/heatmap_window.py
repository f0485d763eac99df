"""The larger view of one photo with its heatmap, in a window of its own (the Test page's cards)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.widgets.heatmap_view import HeatmapView

WINDOW_SIZE = QSize(720, 640)  # the larger view's window, at most


class HeatmapWindow(QDialog):
    """A `HeatmapView` in a window of its own, beside the page (not modal)::

        window = HeatmapWindow(page)       # made once, kept
        window.view.set_model(loaded)
        window.show_photo(path, answer, title="IMG_1.jpg: alpaca, 97% sure")
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What the model looked at"))
        self.resize(WINDOW_SIZE)
        self.view = HeatmapView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_photo(self, path: Path, answer: str | None = None, *, title: str = "",
                   heatmap: bool | None = None) -> None:
        """Show `path` (and the window); `heatmap` True/False sets the toggle, None keeps it."""
        self.setWindowTitle(title or self.tr("What the model looked at: {name}").format(
            name=Path(path).name))
        self.view.show_photo(path, answer)
        if heatmap is not None:
            self.view.set_heatmap_shown(heatmap)
        if not self.isVisible():
            self._fit_beside_parent()
        self.show()
        self.raise_()

    def _fit_beside_parent(self) -> None:
        # Never larger than the window it belongs to (a 1024 × 600 screen), nor than 720 × 640.
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.window().geometry()
        width = min(WINDOW_SIZE.width(), max(480, frame.width() - 80))
        height = min(WINDOW_SIZE.height(), max(400, frame.height() - 60))
        self.resize(width, height)
        self.move(frame.center().x() - width // 2, frame.center().y() - height // 2)

    def done(self, result: int) -> None:
        self.view.shutdown()
        super().done(result)
