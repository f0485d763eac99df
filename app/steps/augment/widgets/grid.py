"""The original photo beside a 3×3 grid of its augmented versions, each drawn as large as fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

GRID_SIDE = 3
GAP = 6
MIDDLE_GAP = 24


class ImageTile(QWidget):
    """A square picture scaled to the tile, or a line of text while there is none."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._text = text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(56, 56))

    @property
    def image(self) -> QImage:
        """The picture at its own size (what was rendered, before scaling to the tile)."""
        return self._image

    @property
    def text(self) -> str:
        return self._text

    def set_image(self, image: QImage | None, text: str = "") -> None:
        self._image = image if image is not None else QImage()
        self._text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        square = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        if self._image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(square.adjusted(0, 0, -1, -1), 6, 6)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(square.adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._text)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(square, self._image)


class AugmentGrid(QWidget):
    """`show_versions(original, versions)` fills the tiles; `show_message` empties them.

    The original and the 3×3 grid are two equal squares side by side, as large as
    the widget allows, centred sideways (placed by hand: a layout would stretch the gaps).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = ImageTile(self.tr("Pick a photo below, or drop one here."), self)
        self.tiles = [ImageTile(parent=self) for _ in range(GRID_SIDE * GRID_SIDE)]
        self.original_title = QLabel(self.tr("<b>Original</b>, as training sees it"), self)
        self.versions_title = QLabel(self.tr("<b>9 random versions</b>: what training sees"),
                                     self)
        self._footer: QWidget | None = None
        self.setMinimumSize(QSize(2 * 120 + MIDDLE_GAP, 120 + 2 * self._title_height()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(2 * 420 + MIDDLE_GAP, 420 + self._title_height())

    def set_footer(self, footer: QWidget) -> None:
        """A row placed right under the two squares (the Shuffle button)."""
        footer.setParent(self)
        self._footer = footer
        footer.show()

    def show_versions(self, original: QImage, versions: list[QImage]) -> None:
        self.original.set_image(original)
        for tile, image in zip(self.tiles, versions):
            tile.set_image(image)

    def show_message(self, text: str) -> None:
        self.original.set_image(None, text)
        for tile in self.tiles:
            tile.set_image(None)

    def _title_height(self) -> int:
        return self.fontMetrics().height() + 6

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        title = self._title_height()
        footer = self._footer.sizeHint().height() + GAP if self._footer is not None else 0
        side = max(40, min((self.width() - MIDDLE_GAP) // 2, self.height() - title - footer))
        tile = (side - (GRID_SIDE - 1) * GAP) // GRID_SIDE
        side = tile * GRID_SIDE + (GRID_SIDE - 1) * GAP  # both squares the grid's exact size
        left = (self.width() - 2 * side - MIDDLE_GAP) // 2
        top = 4  # top-aligned, level with the controls beside it
        right = left + side + MIDDLE_GAP
        self.original_title.setGeometry(left, top, side, title)
        self.versions_title.setGeometry(right, top, side, title)
        self.original.setGeometry(left, top + title, side, side)
        for index, tile_widget in enumerate(self.tiles):
            row, column = divmod(index, GRID_SIDE)
            tile_widget.setGeometry(right + column * (tile + GAP), top + title + row * (tile + GAP),
                                    tile, tile)
        if self._footer is not None:
            self._footer.setGeometry(left, top + title + side + GAP, 2 * side + MIDDLE_GAP,
                                     footer - GAP)
