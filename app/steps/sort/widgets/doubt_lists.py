"""The health panel's lists: photos that may be in the wrong folder, and near-copies.

Each photo shows its thumbnail; each row has "Move to …" and "Keep here". Each
wrong-folder row also has "What the model looked at", which asks the page to open the
photo with the latest run's heatmap (`look_requested`; the Sort page opens
`app.widgets.heatmap_window`); this module draws no heatmap itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.steps.sort.folder_doubts import CopyGroup, Doubt
from app.steps.sort.widgets.elided_label import ElidedLabel
from app.thumbnail_cache import ThumbnailCache

THUMB = 48
MAX_ROWS = 50


def photos_text(count: int) -> str:
    return f"{count} photo{'s' if count != 1 else ''}"


class _Thumb(QLabel):
    """A photo's thumbnail, filled in when the cache has made it."""

    def __init__(self, photo: Path, thumbnails: ThumbnailCache) -> None:
        super().__init__()
        self.photo = photo
        self.setFixedSize(THUMB, THUMB)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(str(photo))
        self._thumbnails = thumbnails
        thumbnails.ready.connect(self._on_ready)
        self._show()

    def _on_ready(self, path: Path) -> None:
        if path == self.photo:
            self._show()

    def _show(self) -> None:
        pixmap = self._thumbnails.pixmap(self.photo)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.deviceIndependentSize().toSize().scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)
            self.setPixmap(pixmap.scaled(size * pixmap.devicePixelRatio(),
                                         Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))


def _move_button(classes: Sequence[str], suggested: str | None, exclude: set[str],
                 on_move) -> QToolButton:
    """ "Move to 'x'" (the suggested class), with the other classes in its menu."""
    button = QToolButton()
    menu = QMenu(button)
    for name in classes:
        if name not in exclude:
            menu.addAction(f"Move to '{name}'", lambda n=name: on_move(n))
    if suggested is not None:
        button.setText(f"Move to '{suggested}'")
        button.clicked.connect(lambda: on_move(suggested))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    else:
        button.setText("Move to…")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(menu)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def _wrapping(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class _ScrolledList(QWidget):
    """A heading and rows that scroll under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _wrapping("")
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.heading, 1)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        column.addLayout(self._rows)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.header)
        layout.addWidget(area, 1)
        self.rows: list[QWidget] = []

    def _clear(self) -> None:
        for row in self.rows:
            self._rows.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def _add(self, row: QWidget) -> None:
        self._rows.addWidget(row)
        self.rows.append(row)


class WrongFolderList(_ScrolledList):
    """ "12 photos may be in the wrong folder", each with "Move to …" and "Keep here"."""

    move_requested = Signal(object, str)
    """(photo, class): "Move to …" was chosen."""
    keep_requested = Signal(object)
    """(photo): "Keep here" was clicked."""
    look_requested = Signal(object, str)
    """(photo, suggested class): "What the model looked at" was clicked."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.show_doubts([], [], waiting=True)

    def show_doubts(self, doubts: Sequence[Doubt], classes: Sequence[str],
                    waiting: bool = False) -> None:
        self._clear()
        if waiting:
            self.heading.setText("Once every class has 5 photos, the photos that look like "
                                 "another class are listed here.")
            return
        if not doubts:
            self.heading.setText("✓ No photo looks like it is in the wrong folder.")
            return
        self.heading.setText(f"<b>{photos_text(len(doubts))} may be in the wrong "
                             "folder</b> (most doubtful first)")
        for doubt in doubts[:MAX_ROWS]:
            self._add(self._row(doubt, classes))

    def _row(self, doubt: Doubt, classes: Sequence[str]) -> QWidget:
        row = QFrame()
        row.setObjectName("doubtRow")
        row.photo = doubt.photo
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(_Thumb(doubt.photo, self._thumbnails), 0, 0, 2, 1,
                       Qt.AlignmentFlag.AlignTop)
        percent = min(99, int(doubt.confidence * 100))
        grid.addWidget(_wrapping(f"<b>{doubt.photo.name}</b> is in '{doubt.folder}' but looks "
                                 f"like '{doubt.suggested}' ({percent}% sure)"), 0, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        row.move_button = _move_button(
            classes, doubt.suggested, {doubt.folder},
            lambda name, p=doubt.photo: self.move_requested.emit(p, name))
        row.keep_button = QToolButton(text="Keep here")
        row.keep_button.setToolTip("It is in the right folder: do not list it again")
        row.keep_button.clicked.connect(lambda: self.keep_requested.emit(doubt.photo))
        row.look_button = QToolButton(text="What the model looked at")
        row.look_button.setToolTip("Open the photo with a heatmap of what weighed most, for "
                                   f"'{doubt.suggested}' or any class (needs a trained model)")
        row.look_button.clicked.connect(
            lambda: self.look_requested.emit(doubt.photo, doubt.suggested))
        buttons.addWidget(row.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(row.keep_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(row.look_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(buttons, 1, 1)
        grid.setColumnStretch(1, 1)
        return row


class NearCopyList(_ScrolledList):
    """Groups of near-copies; a loud warning when a group is in two classes or would be
    on both sides of the training split."""

    move_requested = Signal(object, str)
    """(group, class): "Move all to …" was chosen."""
    keep_requested = Signal(object)
    """(group): "Keep as they are" was clicked."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.show_groups([], [], waiting=True)

    def show_groups(self, groups: Sequence[CopyGroup], classes: Sequence[str],
                    waiting: bool = False) -> None:
        self._clear()
        if waiting:
            self.heading.setText("Once every class has 5 photos, near-copies (the same photo "
                                 "resized, cropped, brightened…) are listed here.")
            return
        if not groups:
            self.heading.setText("✓ No near-copies found.")
            return
        loud = sum(g.spans_classes or g.across_split for g in groups)
        tail = f" · <b style='color:#c0392b'>{loud} need a look</b>" if loud else ""
        self.heading.setText(f"<b>{len(groups)} group{'s' if len(groups) != 1 else ''} of "
                             f"near-copies</b> (the same photo resized, cropped, brightened or "
                             f"mirrored){tail}")
        for group in groups[:MAX_ROWS]:
            self._add(self._row(group, classes))

    def _row(self, group: CopyGroup, classes: Sequence[str]) -> QWidget:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        row.group = group
        column = QVBoxLayout(row)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        row.warning = None
        if group.spans_classes:
            where = " and ".join(f"'{c}'" for c in dict.fromkeys(group.classes))
            row.warning = _wrapping(
                f"<b style='color:#c0392b'>⚠ In different classes ({where}): the same photo "
                "cannot be both. Move them all to one class.</b>")
        elif group.across_split:
            row.warning = _wrapping(
                "<b style='color:#c0392b'>⚠ Training would check the model on a copy of a "
                "photo it learnt from, which flatters its score. Keep one of them, or keep "
                "them together.</b>")
        if row.warning is not None:
            column.addWidget(row.warning)
        strip = QHBoxLayout()
        strip.setSpacing(4)
        for photo, name in list(zip(group.photos, group.classes))[:4]:
            thumb = _Thumb(photo, self._thumbnails)
            thumb.setToolTip(f"{photo.name} in '{name}'")
            strip.addWidget(thumb)
        if len(group.photos) > 4:
            strip.addWidget(QLabel(f"+{len(group.photos) - 4}"))
        strip.addStretch(1)
        column.addLayout(strip)
        for photo, name in list(zip(group.photos, group.classes))[:6]:
            column.addWidget(ElidedLabel(f"{photo.name} in '{name}'",
                                         mode=Qt.TextElideMode.ElideMiddle))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        exclude = set(group.classes) if not group.spans_classes else set()
        row.move_button = _move_button(classes, None, exclude,
                                       lambda name: self.move_requested.emit(group, name))
        row.move_button.setText("Move all to…")
        row.keep_button = QToolButton(text="Keep as they are")
        row.keep_button.setToolTip("They are different enough: do not list them again")
        row.keep_button.clicked.connect(lambda: self.keep_requested.emit(group))
        buttons.addWidget(row.move_button)
        buttons.addWidget(row.keep_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return row
