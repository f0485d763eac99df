"""Asks for the class names of a model file that came without them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import engine_text
from app.steps.predict.widgets.dialogs import fit_title
from core.errors import CoreError
from core.workspace import check_class_name


class ClassNamesDialog(QDialog):
    """One field per output of the model, in the model's order."""

    def __init__(self, model_name: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name the classes"))
        intro = QLabel(self.tr("<b>{model}</b> does not say what its %n classes are called. "
                               "Type their names in the order the model was trained with (for "
                               "a model made from folders: the folder names in alphabetical "
                               "order).", "", count).format(model=model_name))
        intro.setWordWrap(True)
        self.fields = [QLineEdit(self.tr("class {number}").format(number=number + 1))
                       for number in range(count)]
        form = QFormLayout()
        for number, field in enumerate(self.fields):
            form.addRow(self.tr("Class {number}:").format(number=number + 1), field)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: rgb(200, 60, 50);")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        fit_title(self)

    def names(self) -> tuple[str, ...] | None:
        """The names typed, or None (with the reason shown) when one cannot be a folder name."""
        names: list[str] = []
        try:
            for field in self.fields:
                names.append(check_class_name(field.text(), names))
        except CoreError as error:
            self.problem.setText(engine_text(str(error)))
            return None
        return tuple(names)

    def accept(self) -> None:
        if self.names() is not None:
            super().accept()
