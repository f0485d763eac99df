"""Photos on disk for the GUI tests, and real drop events to deliver them."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def make_photos(folder: Path, count: int, prefix: str = "photo", start: int = 0) -> list[Path]:
    """`count` small, all different JPEGs in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"{prefix}_{number:04d}.jpg"
        colour = (number * 37 % 256, number * 91 % 256, number * 53 % 256)
        image = Image.new("RGB", (24, 16), colour)
        image.putpixel((number % 24, number // 24 % 16), (255 - colour[0], 0, 0))
        image.save(path, quality=95)
        paths.append(path)
    return paths


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Every file below `folder` (hidden ones too) as relative path → content hash."""
    return {p.relative_to(folder).as_posix(): digest(p)
            for p in sorted(folder.rglob("*")) if p.is_file()}



def drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    """Deliver a drag-enter and a drop of `mime` to the middle of `widget`, as Qt would."""
    centre = widget.rect().center()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 keeps only this overload
        enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
                                mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    event = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
                       mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def file_drop(widget: QWidget, paths: list[Path]) -> QDropEvent:
    """Drop files and folders from the file manager (file URLs) onto `widget`."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return drop(widget, mime)
