"""The health panel's lists: photos that may be in the wrong folder, and near-copies.

Each photo shows its thumbnail; each row has "Move to …" and "Keep here". Each
wrong-folder row also has "What the model looked at", which asks the page to open the
photo with the latest run's heatmap (`look_requested`; the Sort page opens
`app.widgets.heatmap_window`); this module draws no heatmap itself.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
from core.photo_audit import MIN_SORTED_PER_CLASS

THUMB = 48
MAX_ROWS = 50


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


def move_to_text(name: str) -> str:
    """ "Move to 'alpaca'"."""
    #: glossary: "{name}"(으)로 옮기기 = Move to "{name}"
    return QCoreApplication.translate("DoubtLists", "Move to '{name}'").format(name=name)


def _move_button(classes: Sequence[str], suggested: str | None, exclude: set[str],
                 on_move) -> QToolButton:
    """ "Move to 'x'" (the suggested class), with the other classes in its menu."""
    button = QToolButton()
    menu = QMenu(button)
    for name in classes:
        if name not in exclude:
            menu.addAction(move_to_text(name), lambda n=name: on_move(n))
    if suggested is not None:
        button.setText(move_to_text(suggested))
        button.clicked.connect(lambda: on_move(suggested))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    else:
        button.setText(QCoreApplication.translate("DoubtLists", "Move to…"))
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
            self.heading.setText(self.tr("Once every class has %n photos, the photos that look "
                                         "like another class are listed here.", "",
                                         MIN_SORTED_PER_CLASS))
            return
        if not doubts:
            self.heading.setText(self.tr("✓ No photo looks like it is in the wrong folder."))
            return
        #: glossary: 잘못된 폴더에 있을 수 있음 = may be in the wrong folder
        self.heading.setText(self.tr("<b>%n photos may be in the wrong folder</b> (most "
                                     "doubtful first)", "", len(doubts)))
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
        grid.addWidget(_wrapping(self.tr(
            "<b>{photo}</b> is in '{folder}' but looks like '{suggested}' ({percent}% sure)")
            .format(photo=html.escape(doubt.photo.name), folder=html.escape(doubt.folder),
                    suggested=html.escape(doubt.suggested),
                    percent=QLocale().toString(percent))), 0, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        row.move_button = _move_button(
            classes, doubt.suggested, {doubt.folder},
            lambda name, p=doubt.photo: self.move_requested.emit(p, name))
        #: glossary: 여기 두기 = Keep here
        row.keep_button = QToolButton(text=self.tr("Keep here"))
        row.keep_button.setToolTip(self.tr("It is in the right folder: do not list it again"))
        row.keep_button.clicked.connect(lambda: self.keep_requested.emit(doubt.photo))
        #: glossary: 모델이 본 곳 = what the model looked at (a heatmap)
        row.look_button = QToolButton(text=self.tr("What the model looked at"))
        row.look_button.setToolTip(self.tr("Open the photo with a heatmap of what weighed most, "
                                           "for '{name}' or any class (needs a trained model)")
                                   .format(name=doubt.suggested))
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
            self.heading.setText(self.tr("Once every class has %n photos, near-copies (the "
                                         "same photo resized, cropped, brightened…) are listed "
                                         "here.", "", MIN_SORTED_PER_CLASS))
            return
        if not groups:
            self.heading.setText(self.tr("✓ No near-copies found."))
            return
        loud = sum(g.spans_classes for g in groups)
        heading = self.tr("<b>%n groups of near-copies</b> (the same photo resized, cropped, "
                          "brightened or mirrored)", "", len(groups))
        if loud:
            heading = self.tr("{groups} · <b style='color:#c0392b'>%n need a look</b>", "",
                              loud).format(groups=heading)
        self.heading.setText(heading)
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
            names = [f"'{html.escape(c)}'" for c in dict.fromkeys(group.classes)]
            #: A list of class names: "'a', 'b' and 'c'"
            where = self.tr("{first} and {last}").format(first=", ".join(names[:-1]),
                                                         last=names[-1])
            row.warning = _wrapping("<b style='color:#c0392b'>{}</b>".format(self.tr(
                "⚠ In different classes ({classes}): the same photo cannot be both. Move them "
                "all to one class.").format(classes=where)))
        if row.warning is not None:
            column.addWidget(row.warning)
        strip = QHBoxLayout()
        strip.setSpacing(4)
        for photo, name in list(zip(group.photos, group.classes))[:4]:
            thumb = _Thumb(photo, self._thumbnails)
            thumb.setToolTip(self.tr("{photo} in '{name}'").format(photo=photo.name, name=name))
            strip.addWidget(thumb)
        if len(group.photos) > 4:
            strip.addWidget(QLabel(f"+{len(group.photos) - 4}"))
        strip.addStretch(1)
        column.addLayout(strip)
        for photo, name in list(zip(group.photos, group.classes))[:6]:
            column.addWidget(ElidedLabel(self.tr("{photo} in '{name}'").format(
                                             photo=photo.name, name=name),
                                         mode=Qt.TextElideMode.ElideMiddle))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        exclude = set(group.classes) if not group.spans_classes else set()
        row.move_button = _move_button(classes, None, exclude,
                                       lambda name: self.move_requested.emit(group, name))
        row.move_button.setText(self.tr("Move all to…"))
        row.keep_button = QToolButton(text=self.tr("Keep as they are"))
        row.keep_button.setToolTip(self.tr("They are different enough: do not list them again"))
        row.keep_button.clicked.connect(lambda: self.keep_requested.emit(group))
        buttons.addWidget(row.move_button)
        buttons.addWidget(row.keep_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return row
