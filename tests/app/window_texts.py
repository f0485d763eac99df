"""Every text a person can read in a window: labels, buttons, group titles, tabs, menus, actions.

Used to check the window speaks one language: `english_texts` lists those that still read as
English once the names a person chose (class names, file names), numbers and product names
(MobileNetV2, TFLite, CSV…) are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

# Names that are the same in every language.
PRODUCT_NAMES = ("Alpaca Studio", "MobileNetV2", "ImageNet", "TensorFlow", "Keras", "TFLite",
                 "LiteRT", "SavedModel", "CSV", "JSON", "PNG", "JPEG", "BMP", "GIF", "WebP", "TIFF",
                 "Grad-CAM", "Python",
                 "Ctrl", "Shift", "Alt", "Enter", "Esc", "Del", "Tab", "F1", "px", "MB", "GB")
_FILE_NAME = re.compile(r"\S+\.(?:jpe?g|png|gif|bmp|webp|tiff?|keras|tflite|csv|json|txt|h5)\b",
                        re.IGNORECASE)
# A folder's path as the window writes it (the person chose or accepted it, like a file name).
_PATH = re.compile(r"(?:~|[A-Za-z]:)?[/\\]\S*")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def plain(text: str) -> str:
    """The text as read: rich text without its tags, mnemonics' & removed."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = text.replace("\u200b", "")  # zero-width spaces: where a long path may wrap
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def window_texts(root: QWidget) -> list[str]:
    """Every label, button, group, tab, menu and action text under `root`, visible or not."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        texts.extend(action.text() for action in widget.actions())
    return [text for text in map(plain, texts) if text]


def reads_as_english(text: str, names: Iterable[str] = ()) -> bool:
    """Whether `text` still holds an English word once names and product names are out."""
    for name in sorted({*names, *PRODUCT_NAMES}, key=len, reverse=True):
        if name:
            text = text.replace(name, " ")
    text = _PATH.sub(" ", _FILE_NAME.sub(" ", text))
    return bool(_ENGLISH_WORD.search(text))


def english_texts(root: QWidget, names: Iterable[str] = ()) -> tuple[list[str], int]:
    """The texts under `root` that read as English, and how many texts there are in all."""
    names = tuple(names)
    texts = window_texts(root)
    return [text for text in texts if reads_as_english(text, names)], len(texts)
