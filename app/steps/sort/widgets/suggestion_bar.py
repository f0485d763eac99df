"""What the suggestions are doing (a line under Unsorted), their order and "Accept all sure
ones" (which the page puts in the Unsorted pane's header, where they take no height)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from app.steps.sort.tray_model import LEAST_SURE, MOST_SURE, NORMAL
from app.steps.sort.widgets.elided_label import ElidedLabel

ORDER_NAMES = {NORMAL: QT_TRANSLATE_NOOP("SuggestionBar", "In the order added"),
               MOST_SURE: QT_TRANSLATE_NOOP("SuggestionBar", "Most sure first"),
               LEAST_SURE: QT_TRANSLATE_NOOP("SuggestionBar", "Least sure first")}


def accept_text(count: int) -> str:
    #: glossary: 확실한 제안 모두 받기 = Accept all sure ones
    if count:
        return QCoreApplication.translate("SuggestionBar", "Accept all sure ones ({count})"
                                          ).format(count=count)
    return QCoreApplication.translate("SuggestionBar", "Accept all sure ones")


class SuggestionBar(QWidget):
    """Shows `set_status`; `order_chosen(order)` and `accept_sure_requested()` report clicks."""

    order_chosen = Signal(str)
    accept_sure_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One line, always there (empty or not), so nothing moves when the text changes;
        # a long text is shortened with its whole in the tooltip.
        self.status = ElidedLabel()
        self.status.setEnabled(False)  # the muted colour of a hint
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing())
        self.order = QComboBox()
        for key, name in ORDER_NAMES.items():
            self.order.addItem(QCoreApplication.translate("SuggestionBar", name), key)
        self.order.setToolTip(self.tr("Most sure first: confirm quickly with Enter. Least sure "
                                      "first: the photos that teach the suggestions most."))
        self.order.setAccessibleName(self.tr("Order of Unsorted"))
        self.order.currentIndexChanged.connect(
            lambda _i: self.order_chosen.emit(self.order.currentData()))
        self.accept_button = QPushButton(accept_text(0))
        self.accept_button.setToolTip(self.tr("Put every photo whose suggestion is very sure into "
                                              "its suggested class, in one step (Ctrl+Z takes it "
                                              "back)"))
        # Room for a three-digit count: the button keeps its width as the count changes.
        self.accept_button.setMinimumWidth(
            self.accept_button.fontMetrics().horizontalAdvance(accept_text(888)) + 24)
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_sure_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.status)

    def set_status(self, text: str, sure: int, ready: bool) -> None:
        self.status.setText(text)
        self.accept_button.setText(accept_text(sure))
        self.accept_button.setEnabled(ready and sure > 0)
        self.order.setEnabled(ready)

    @property
    def chosen_order(self) -> str:
        return self.order.currentData()

    def choose_order(self, order: str) -> None:
        self.order.setCurrentIndex(self.order.findData(order))
