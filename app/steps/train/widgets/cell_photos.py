"""A window with the validation photos of one confusion-matrix square, most confident first.

A photo that is clearly in the wrong folder can be moved from here ("Move to
'alpaca'") or taken out of training ("Remove from training": back to Unsorted). The
dialog only asks; the page makes the change, on the window's undo history, and tells
the dialog where the photo now is (`show_moved`). Given the run whose squares these
are, the photo shown has the toggle "Show what the model looked at" (its heatmap, made
by that run's model; `app.widgets.heatmap_view`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.steps.train.words import percent
from app.thumbnail_cache import pil_to_qimage
from app.widgets.heatmap_view import HeatmapView
from app.worker import OneAtATime
from core.errors import ImageError
from core.thumbnails import make_thumbnail

ICON_SIZE = 112


@dataclass(frozen=True)
class CellPhoto:
    path: Path
    confidence: float  # how sure the model was of its answer


class CellPhotos(QDialog):
    """Thumbnails (made in the background) on the left, the chosen photo large on the right.

    `on_move(photo, class_name)` asks to move the chosen photo to `class_name` (one of
    `targets`), `on_move(photo, None)` to take it out of training; `on_undo()` is Ctrl+Z.
    `run`: the run folder whose model answered (its heatmaps; None: no toggle to turn on),
    `class_names` its classes.
    """

    def __init__(self, title: str, explanation: str, photos: list[CellPhoto],
                 cache_dir: Path | None, parent: QWidget | None = None, *,
                 targets: Sequence[str] = (),
                 on_move: Callable[[Path, str | None], None] | None = None,
                 on_undo: Callable[[], None] | None = None, run: Path | None = None,
                 class_names: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.photos = photos
        # Where each photo is now (it moves when the person moves it from here).
        self.paths: list[Path] = [photo.path for photo in photos]
        self._moved: dict[Path, str] = {}  # original path → what happened, in words
        self._on_move = on_move
        heading = QLabel(explanation)
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setGridSize(QSize(ICON_SIZE + 28, ICON_SIZE + 44))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        for photo in photos:
            item = QListWidgetItem(f"{self._sure(photo)}\n{photo.path.name}")
            item.setToolTip(str(photo.path))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        self.preview = HeatmapView()
        self.preview.set_model(run, class_names)
        self.preview.prepare()  # the run's model loads while the person looks at the photos
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([420, 480])
        self.move_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name in targets:
            #: glossary: Move to "{class}" = "{class}"(으)로 옮기기
            button = QPushButton(self.tr("Move to ‘{name}’").format(name=name))
            button.setToolTip(self.tr("This photo is in the wrong folder: put it in '{name}' "
                                      "(Ctrl+Z puts it back)").format(name=name))
            button.clicked.connect(lambda _checked=False, n=name: self._ask_move(n))
            self.move_buttons[name] = button
            actions.addWidget(button)
        self.remove_button = QPushButton(self.tr("Remove from training"))
        self.remove_button.setToolTip(self.tr("Put this photo back in Unsorted, so training "
                                              "leaves it out; it is not deleted (Ctrl+Z puts "
                                              "it back)"))
        self.remove_button.clicked.connect(lambda: self._ask_move(None))
        self.remove_button.setVisible(on_move is not None)
        actions.addWidget(self.remove_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        if on_undo is not None:  # the window's Ctrl+Z does not reach this window
            QShortcut(QKeySequence.StandardKey.Undo, self, on_undo)
        self.list.currentRowChanged.connect(self._show_row)
        self._thumbnails = OneAtATime(self)
        self._thumbnails.start(self._thumbnail_job([p.path for p in photos], cache_dir),
                               progress=self._set_icon)
        if photos:
            self.list.setCurrentRow(0)
        self._update_actions()

    def _sure(self, photo: CellPhoto) -> str:
        #: glossary: "90% sure" = "90% 확신"
        return self.tr("{percent} sure").format(percent=percent(photo.confidence))

    @property
    def current_row(self) -> int:
        return self.list.currentRow()

    def _ask_move(self, class_name: str | None) -> None:
        row = self.current_row
        if self._on_move is not None and 0 <= row < len(self.photos) \
                and self.photos[row].path not in self._moved:
            self._on_move(self.photos[row].path, class_name)

    def show_moved(self, original: Path, now: Path, what: str | None) -> None:
        """The photo first listed at `original` is now at `now`; `what` says where it went
        (None: it is back where it was)."""
        for row, photo in enumerate(self.photos):
            if photo.path != original:
                continue
            self.paths[row] = now
            if what is None:
                self._moved.pop(original, None)
            else:
                self._moved[original] = what
            item = self.list.item(row)
            text = f"{self._sure(photo)}\n{now.name}"
            item.setText(text if what is None else f"{text}\n{what}")
            item.setToolTip(str(now))
            if row == self.current_row:
                self._show_row(row)
        self._update_actions()

    def show_problem(self, text: str) -> None:
        self.status.setText(text)

    def _update_actions(self) -> None:
        row = self.current_row
        movable = 0 <= row < len(self.photos) and self.photos[row].path not in self._moved
        for button in (*self.move_buttons.values(), self.remove_button):
            button.setEnabled(movable)
        if 0 <= row < len(self.photos):
            self.status.setText(self._moved.get(self.photos[row].path, ""))

    @staticmethod
    def _thumbnail_job(paths: list[Path], cache_dir: Path | None):
        def job(on_progress, should_stop):
            for row, path in enumerate(paths):
                if should_stop():
                    return
                try:
                    on_progress((row, pil_to_qimage(make_thumbnail(path, ICON_SIZE, cache_dir))))
                except ImageError:
                    on_progress((row, None))

        return job

    @Slot(object)
    def _set_icon(self, update) -> None:
        row, image = update
        item = self.list.item(row)
        if item is None:
            return
        if image is None:
            item.setText(item.text() + "\n" + self.tr("(cannot be read)"))
        else:
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.photos):
            self.preview.show_photo(self.paths[row])
        self._update_actions()

    def done(self, result: int) -> None:
        self._thumbnails.shutdown()
        self.preview.shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._thumbnails.shutdown()
        self.preview.shutdown()
        super().closeEvent(event)
