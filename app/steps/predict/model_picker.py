"""Which model the Test page asks: the latest run, an earlier one, or a .keras file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import engine_text

if TYPE_CHECKING:
    from core.run_index import SavedRun as RunInfo


EXPORT_FORMATS = (
    ("keras", QT_TRANSLATE_NOOP("ModelPicker", "Keras model (.keras)…")),
    ("savedmodel", QT_TRANSLATE_NOOP("ModelPicker", "TensorFlow SavedModel (folder)…")),
    ("tflite", QT_TRANSLATE_NOOP("ModelPicker", "TensorFlow Lite (.tflite), for phones…")),
)
# Which files each export writes, said before the person chooses a name.
EXPORT_TIPS = {
    "keras": QT_TRANSLATE_NOOP(
        "ModelPicker", "Writes NAME.keras, and beside it NAME.labels.txt (the class names), "
        "NAME.json (class names, photo size and threshold) and NAME.README.txt (how "
        "to use it in another program)"),
    "savedmodel": QT_TRANSLATE_NOOP(
        "ModelPicker", "Writes the folder NAME, with labels.txt (the class names), "
        "metadata.json (class names, photo size and threshold) and README.txt "
        "(how to use it in another program) inside it"),
    "tflite": QT_TRANSLATE_NOOP(
        "ModelPicker", "Writes NAME.tflite, and beside it NAME.labels.txt (the class names), "
        "NAME.json (class names, photo size and threshold) and NAME.README.txt (how "
        "to use it in another program)"),
}



def describe_run(run: RunInfo, latest: bool) -> str:
    """"Latest run of 01 Dec 2026, 14:38 · <its summary>" in the window's language."""
    if run.created_at:
        made = run.created_at
        moment = QDateTime(QDate(made.year, made.month, made.day),
                           QTime(made.hour, made.minute))
        #: A QDateTime format (d day, MMM month name, yyyy year, HH:mm time)
        when = QLocale().toString(moment, QCoreApplication.translate(
            "ModelPicker", "dd MMM yyyy, HH:mm"))
    else:
        when = run.path.name
    #: glossary: 학습 기록 = run (one saved training)
    if latest:
        text = QCoreApplication.translate("ModelPicker", "Latest run of {when}")
    else:
        text = QCoreApplication.translate("ModelPicker", "Run of {when}")
    text = text.format(when=when)
    return f"{text} · {engine_text(run.summary)}" if run.summary else text


class ModelPicker(QWidget):
    """`model_chosen(path)` when a run or file is picked; the page loads it."""

    model_chosen = Signal(object)
    file_requested = Signal()
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Model"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.open_button = QPushButton(self.tr("Model file…"))
        self.open_button.setToolTip(self.tr("Test a .keras model file from elsewhere"))
        # A push button draws its menu arrow beside the text; a tool button's covered it.
        #: glossary: 내보내기 = export
        self.export_button = QPushButton(self.tr("Export model"))
        self.export_button.setToolTip(self.tr("Save this model for use in other programs, with "
                                              "a file of its class names and one of its "
                                              "settings"))
        menu = QMenu(self.export_button)
        menu.setToolTipsVisible(True)
        self.export_actions = {}
        for format, text in EXPORT_FORMATS:
            action = menu.addAction(QCoreApplication.translate("ModelPicker", text))
            action.setToolTip(QCoreApplication.translate("ModelPicker", EXPORT_TIPS[format]))
            action.triggered.connect(lambda _checked=False, f=format: self.export_requested.emit(f))
            self.export_actions[format] = action
        self.export_button.setMenu(menu)
        self.export_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Model:")))
        row.addWidget(self.combo, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.combo.activated.connect(self._on_activated)
        self.open_button.clicked.connect(self.file_requested)
        self._files: list[Path] = []
        self.set_runs([])

    def set_runs(self, runs: Sequence[RunInfo]) -> None:
        """List the workspace's runs (newest first), then the model files opened before."""
        chosen = self.current_path()
        self.combo.blockSignals(True)
        self.combo.clear()
        for number, run in enumerate(runs):
            self.combo.addItem(describe_run(run, number == 0), str(run.path))
            self.combo.setItemData(number, str(run.path), 3)  # tooltip: the folder
        for path in self._files:
            self.combo.addItem(self.tr("Model file {name}").format(name=path.name), str(path))
        if self.combo.count() == 0:
            self.combo.addItem(self.tr("No trained model yet: train one, or open a model file"),
                               None)
        self.combo.blockSignals(False)
        if chosen is not None:
            self.select(chosen)

    def add_file(self, path: Path) -> None:
        if path not in self._files:
            self._files.append(path)
            if self.combo.itemData(0) is None:
                self.combo.clear()
            self.combo.addItem(self.tr("Model file {name}").format(name=path.name), str(path))
        self.select(path)

    def select(self, path: Path) -> bool:
        index = self.combo.findData(str(path))
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def current_path(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def latest_run(self) -> Path | None:
        data = self.combo.itemData(0)
        return Path(data) if data and Path(data) not in self._files else None

    def set_status(self, text: str, ready: bool) -> None:
        self.status.setText(text)
        self.export_button.setEnabled(ready)

    def _on_activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data:
            self.model_chosen.emit(Path(data))
