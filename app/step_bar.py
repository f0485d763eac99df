"""The sidebar of the four steps: free to move between, current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.guide import welcome_text

# The steps' names in English: what `MainWindow.current_step` answers, whatever the language
# (`step_title` is the name a person reads).
STEPS = (QT_TRANSLATE_NOOP("StepBar", "Sort"), QT_TRANSLATE_NOOP("StepBar", "Augment"),
         QT_TRANSLATE_NOOP("StepBar", "Train"), QT_TRANSLATE_NOOP("StepBar", "Test"))


def step_title(index: int) -> str:
    """The name of step `index` (0…3) in the window's language."""
    #: glossary: the four steps: 분류 (sort), 증강 (augment), 학습 (train), 테스트 (test)
    return QCoreApplication.translate("StepBar", STEPS[index])


class StepButton(QPushButton):
    """A checkable button with the step's name and, below it, whether the step is ready."""

    def __init__(self, number: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setObjectName("stepButton")
        self.setToolTip(self.tr("Go to step {number}: {step} (Ctrl+{number})").format(
            number=number, step=title))
        self.setAccessibleName(self.tr("Step {number}: {step}").format(number=number, step=title))
        self._title = QLabel(f"<b>{number}&nbsp;&nbsp;{title}</b>")
        self._status = QLabel()
        self._status.setWordWrap(True)
        for label in (self._title, self._status):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        self.setMinimumHeight(58)
        self.toggled.connect(self._restyle)
        self._restyle(False)

    @property
    def status(self) -> str:
        return self._status.text()

    def set_status(self, text: str) -> None:
        self._status.setText(text)
        self.setAccessibleDescription(text)

    def _restyle(self, checked: bool) -> None:
        role = (QPalette.ColorRole.HighlightedText if checked
                else QPalette.ColorRole.WindowText)
        for label in (self._title, self._status):
            label.setForegroundRole(role)


class StepBar(QFrame):
    """Emits `step_chosen(index)`; `set_current` and `set_status` keep it in sync.

    Below the steps: a short welcome for a first-time user (until "Got it"), and a
    "How it works" link (`guide_requested`). Both sit under the steps, so showing or
    hiding them never moves a step.
    """

    step_chosen = Signal(int)
    guide_requested = Signal()
    welcome_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self.setFixedWidth(200)
        self.buttons = [StepButton(i + 1, step_title(i)) for i in range(len(STEPS))]
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(6)
        for index, button in enumerate(self.buttons):
            self._group.addButton(button, index)
            layout.addWidget(button)
        layout.addStretch(1)
        self.welcome = QLabel(welcome_text())
        self.welcome.setWordWrap(True)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        self.welcome_button = QPushButton(self.tr("Got it"))
        self.welcome_button.clicked.connect(self.dismiss_welcome)
        self.guide_button = QPushButton(self.tr("How it works"))
        self.guide_button.setToolTip(self.tr("The four steps explained (F1)"))
        self.guide_button.clicked.connect(self.guide_requested)
        layout.addWidget(self.welcome)
        layout.addWidget(self.welcome_button)
        layout.addWidget(self.guide_button)
        self._group.idClicked.connect(self.step_chosen)
        self.buttons[0].setChecked(True)
        self.setStyleSheet(
            "#stepButton { text-align: left; border: none; border-radius: 8px;"
            " background: transparent; }"
            "#stepButton:hover { background: palette(midlight); }"
            "#stepButton:checked { background: palette(highlight); }"
            "#stepButton:focus { outline: none; border: 2px solid palette(highlight); }"
            "#stepButton:checked:focus { border: 2px solid palette(highlighted-text); }")

    def show_welcome(self, shown: bool) -> None:
        self.welcome.setVisible(shown)
        self.welcome_button.setVisible(shown)

    def dismiss_welcome(self) -> None:
        self.show_welcome(False)
        self.welcome_dismissed.emit()

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def set_status(self, index: int, text: str) -> None:
        self.buttons[index].set_status(text)
