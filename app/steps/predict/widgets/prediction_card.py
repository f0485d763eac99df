"""The Test page's cards: a thumbnail, the answer, a confidence bar and a "This is wrong" button.

Cards are painted by a delegate over a list view, so a folder of thousands of
photos costs no more widgets than one photo. The bar and the percentage are how
sure the model is of the answer the card shows (whatever the threshold). The
button is a toggle: once the photo was put in its real class it shows that
class, and clicking it again takes the photo back out. The small round button on
the photo's corner (or a double click, or Enter) opens the card larger with what
the model looked at (`heatmap_clicked`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRadialGradient,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.i18n import engine_text
from app.steps.predict.results import CORRECTED_ROLE, PREDICTION_ROLE, leaning
from app.steps.predict.words import percent
from app.thumbnail_cache import THUMBNAIL_SIZE
from app.widgets.photo_delegate import draw_fitted

CARD_WIDTH = 188
PADDING = 8
LINE = 18
BAR_HEIGHT = 8
BUTTON_HEIGHT = 26
CARD_HEIGHT = PADDING + THUMBNAIL_SIZE + 6 + LINE + LINE + 4 + LINE + 6 + BUTTON_HEIGHT + PADDING
SPACING = 10
ERROR_COLOUR = QColor(200, 60, 50)


def confidence_colour(probability: float) -> QColor:
    """Green when the model is sure, amber when it hesitates, red when it is guessing."""
    if probability >= 0.8:
        return QColor(46, 160, 67)
    if probability >= 0.6:
        return QColor(220, 150, 30)
    return QColor(210, 80, 60)





def sure_text(probability: float) -> str:
    """How sure the model is, as the card says it: "87% sure"."""
    #: glossary: 확신 = sure (how sure the model is: its probability)
    return QCoreApplication.translate(
        "PredictionCard", "{percent} sure").format(percent=percent(probability))


# The card's answer when the model is not sure enough to name one.
NOT_SURE_TEXT = QT_TRANSLATE_NOOP("PredictionCard", "Not sure")


def not_sure_text() -> str:
    """"Not sure" in the window's language."""
    return QCoreApplication.translate("PredictionCard", NOT_SURE_TEXT)


def leaning_text(name: str, probability: float) -> str:
    """What a "not sure" card says under its answer: the class the photo is most like."""
    text = QCoreApplication.translate("PredictionCard", "Most like “{name}”: {percent}")
    return text.format(name=name, percent=percent(probability))


def button_text(corrected: str | None, unsure: bool = False) -> str:
    """The card's button: "This is wrong" ("Put in its class…" when the model is not sure),
    or the class the person put the photo in."""
    if corrected is None:
        if unsure:
            return QCoreApplication.translate("PredictionCard", "Put in its class…")
        return QCoreApplication.translate("PredictionCard", "This is wrong")
    return QCoreApplication.translate("PredictionCard", "✓ Put in {name}").format(name=corrected)


BUTTON_TIPS = (QT_TRANSLATE_NOOP("PredictionCard", "Copy this photo into the folder of the "
                                 "class it really is, so it joins the next training (Ctrl+Z "
                                 "takes it back)"),
               QT_TRANSLATE_NOOP("PredictionCard", "Click to take the copy back out of this "
                                 "class (or press Ctrl+Z)"))


# The heatmap button on the photo's corner: what it does, in the card's tooltip too.
#: glossary: 모델이 본 곳 = what the model looked at (the heatmap)
HEATMAP_TIP = QT_TRANSLATE_NOOP("PredictionCard", "Show what the model looked at: open this "
                                "photo larger, with its heatmap")
HEATMAP_BUTTON = 26


def reason_text(error: str) -> str:
    """Why a file cannot be read, as a sentence in the window's language."""
    reason = engine_text(error)
    return reason[:1].upper() + reason[1:] + ("" if reason.endswith(".") else ".")


class PredictionCardDelegate(QStyledItemDelegate):
    # The row whose button was clicked: "This is wrong", or clicked back to take it back.
    button_clicked = Signal(int)
    # The row whose heatmap button (on the photo's corner) was clicked.
    heatmap_clicked = Signal(int)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(CARD_WIDTH + SPACING, CARD_HEIGHT + SPACING)

    @staticmethod
    def card_rect(item: QRect) -> QRect:
        """The card inside the rectangle of its item (which includes the gap around it)."""
        return item.adjusted(SPACING // 2, SPACING // 2, -(SPACING // 2), -(SPACING // 2))

    @staticmethod
    def button_rect(card: QRect) -> QRect:
        return QRect(card.x() + PADDING, card.bottom() - PADDING - BUTTON_HEIGHT + 1,
                     card.width() - 2 * PADDING, BUTTON_HEIGHT)

    @staticmethod
    def heatmap_rect(card: QRect) -> QRect:
        """The heatmap button: the bottom right corner of the photo's square."""
        right = card.right() - PADDING - 4
        bottom = card.y() + PADDING + THUMBNAIL_SIZE - 4
        return QRect(right - HEATMAP_BUTTON + 1, bottom - HEATMAP_BUTTON + 1,
                     HEATMAP_BUTTON, HEATMAP_BUTTON)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        prediction = index.data(PREDICTION_ROLE)
        if prediction is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette: QPalette = option.palette
        card = self.card_rect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        inner = card.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        square = QRect(inner.x(), inner.y(), inner.width(), THUMBNAIL_SIZE)
        draw_fitted(painter, index.data(Qt.ItemDataRole.DecorationRole), square)
        y = square.bottom() + 6
        text = palette.color(QPalette.ColorRole.Text)
        font = QFont(option.font)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        name_rect = QRect(inner.x(), y, inner.width(), LINE)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(prediction.path.name,
                                                          Qt.TextElideMode.ElideMiddle,
                                                          inner.width()))
        y += LINE
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(bold)
        label_rect = QRect(inner.x(), y, inner.width(), LINE + 2)
        if not prediction.ok:
            painter.setPen(ERROR_COLOUR)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft, QCoreApplication.translate(
                "PredictionCard", "⚠ Cannot be read"))
            painter.setFont(small)
            painter.setPen(text)
            reason_rect = QRect(inner.x(), y + LINE + 4, inner.width(),
                                inner.bottom() - y - LINE - 4)
            painter.drawText(reason_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                             reason_text(prediction.error))
            painter.restore()
            return
        painter.setPen(text)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(self.answer_text(index),
                                                          Qt.TextElideMode.ElideRight,
                                                          inner.width()))
        y += LINE + 4
        if prediction.unsure:
            painter.setFont(small)
            painter.drawText(QRect(inner.x(), y, inner.width(), LINE),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 self.detail_text(index), Qt.TextElideMode.ElideMiddle,
                                 inner.width()))
        else:
            self._paint_confidence(painter, QRect(inner.x(), y, inner.width(), LINE),
                                   prediction.probability, small, text)
        self._paint_button(painter, option, card, index.data(CORRECTED_ROLE),
                           prediction.unsure)
        self._paint_heatmap_button(painter, option, card)
        painter.restore()

    def _paint_heatmap_button(self, painter: QPainter, option: QStyleOptionViewItem,
                              card: QRect) -> None:
        # A dark disc with a glowing spot: a heatmap in miniature, over the photo's corner.
        rect = QRectF(self.heatmap_rect(card))
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QColor(255, 255, 255, 220))
        painter.setBrush(QColor(20, 20, 30, 230 if hovered else 170))
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        glow = QRadialGradient(rect.center(), rect.width() * 0.34)
        glow.setColorAt(0.0, QColor(252, 255, 164))
        glow.setColorAt(0.5, QColor(249, 142, 9))
        glow.setColorAt(1.0, QColor(188, 55, 84, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(rect.center(), rect.width() * 0.34, rect.width() * 0.34)

    @staticmethod
    def answer_text(index: QModelIndex | QPersistentModelIndex) -> str:
        """The card's answer in bold: the class, or "Not sure"."""
        prediction = index.data(PREDICTION_ROLE)
        return not_sure_text() if prediction.unsure else str(prediction.label)

    @staticmethod
    def detail_text(index: QModelIndex | QPersistentModelIndex) -> str:
        """Under the answer: "87% sure", or for "not sure" the class the photo is most like."""
        prediction = index.data(PREDICTION_ROLE)
        if prediction.unsure:
            return leaning_text(*leaning(prediction, index.model().class_names))
        return sure_text(prediction.probability)

    @staticmethod
    def _paint_confidence(painter: QPainter, rect: QRect, probability: float, font: QFont,
                          text: QColor) -> None:
        painter.setFont(font)
        text_width = painter.fontMetrics().horizontalAdvance(sure_text(1.0)) + 6
        bar = QRectF(rect.x(), rect.center().y() - BAR_HEIGHT / 2 + 1,
                     rect.width() - text_width, BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(text)
        track.setAlpha(35)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        filled = QRectF(bar)
        filled.setWidth(max(BAR_HEIGHT, bar.width() * max(0.0, min(1.0, probability))))
        painter.setBrush(confidence_colour(probability))
        painter.drawRoundedRect(filled, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        painter.setPen(text)
        painter.drawText(QRect(rect.right() - text_width + 1, rect.y(), text_width, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         sure_text(probability))

    def _paint_button(self, painter: QPainter, option: QStyleOptionViewItem, card: QRect,
                      corrected: str | None, unsure: bool = False) -> None:
        button = QStyleOptionButton()
        button.rect = self.button_rect(card)
        button.palette = option.palette
        button.fontMetrics = option.fontMetrics
        # Checked (sunken) while the photo is in the class the person chose.
        button.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_Raised if corrected is None else QStyle.StateFlag.State_On)
        if option.state & QStyle.StateFlag.State_MouseOver:
            button.state |= QStyle.StateFlag.State_MouseOver
        button.text = option.fontMetrics.elidedText(button_text(corrected, unsure),
                                                    Qt.TextElideMode.ElideRight,
                                                    button.rect.width() - 12)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if self._heatmap_event(event, option, index):
            return True
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton \
                and self.button_rect(self.card_rect(option.rect)).contains(
                    event.position().toPoint()):
            prediction = index.data(PREDICTION_ROLE)
            if prediction is not None and prediction.ok:
                self.button_clicked.emit(index.row())
                return True
        return super().editorEvent(event, model, option, index)

    def _heatmap_event(self, event: QEvent, option: QStyleOptionViewItem,
                       index: QModelIndex | QPersistentModelIndex) -> bool:
        """A click on the heatmap button of a readable photo: `heatmap_clicked`."""
        if event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                QEvent.Type.MouseButtonDblClick) \
                or not isinstance(event, QMouseEvent) \
                or event.button() != Qt.MouseButton.LeftButton \
                or not self.heatmap_rect(self.card_rect(option.rect)).contains(
                    event.position().toPoint()):
            return False
        prediction = index.data(PREDICTION_ROLE)
        if prediction is None or not prediction.ok:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.heatmap_clicked.emit(index.row())
        return True  # the press too: the card is not selected under the button

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(event.globalPos(), self.tooltip(index, option.rect, event.pos()),
                              view)
            return True
        return super().helpEvent(event, view, option, index)

    def tooltip(self, index: QModelIndex | QPersistentModelIndex, item: QRect,
                position) -> str:
        """The button's use over the button, else the whole answer and the photo's path."""
        prediction = index.data(PREDICTION_ROLE)
        corrected = index.data(CORRECTED_ROLE)
        if prediction is None:
            return ""
        if prediction.ok and self.button_rect(self.card_rect(item)).contains(position):
            return QCoreApplication.translate("PredictionCard", BUTTON_TIPS[corrected is not None])
        if prediction.ok and self.heatmap_rect(self.card_rect(item)).contains(position):
            return QCoreApplication.translate("PredictionCard", HEATMAP_TIP)
        if not prediction.ok:
            return f"{prediction.path}\n{engine_text(prediction.error)}"
        text = QCoreApplication.translate(
            "PredictionCard", "{answer}, {detail}").format(answer=self.answer_text(index),
                                                 detail=self.detail_text(index))
        if corrected is not None:
            text += " · " + QCoreApplication.translate(
                "PredictionCard", "you put it in {name}").format(name=corrected)
        return f"{text}\n{prediction.path}"


class PredictionCardView(QListView):
    """The cards in rows that wrap with the window; an empty view says what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = PredictionCardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setGridSize(QSize(CARD_WIDTH + SPACING, CARD_HEIGHT + SPACING))
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setAccessibleName(self.tr("Answers, newest first"))
        self.empty_text = self.tr("Drop photos or folders here to see what your model says.\n"
                                  "You can also paste a picture (Ctrl+V) or use the “Open "
                                  "photos…” button.")

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Spread the cards over the whole width instead of leaving a strip on the right.
        width = self.viewport().width() - 1
        columns = max(1, width // (CARD_WIDTH + SPACING))
        self.setGridSize(QSize(max(CARD_WIDTH + SPACING, width // columns),
                               CARD_HEIGHT + SPACING))
        super().resizeEvent(event)

    def card_rect(self, row: int) -> QRect:
        """Where a card is drawn, in viewport coordinates."""
        return self.delegate.card_rect(self.visualRect(self.model().index(row, 0)))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.2)
            painter.setFont(font)
            painter.drawText(self.viewport().rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()
