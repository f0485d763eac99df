"""A run's score in plain words, per-class precision and recall, and its confusion matrix."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.steps.train.score import describe_score, right_and_total, steadiness_note
from app.steps.train.widgets.cell_photos import CellPhoto
from app.steps.train.widgets.confusion_matrix import ConfusionMatrix
from app.steps.train.words import percent


def cell_photos(evaluation: dict, true_label: int, predicted_label: int) -> list[CellPhoto]:
    """The photos of one square of `evaluation` (``Evaluation.to_dict()``), most confident first."""
    names = list(evaluation.get("per_class", {}))
    photos = []
    for prediction in evaluation.get("predictions", []):
        if (prediction.get("true") == names[true_label]
                and prediction.get("predicted") == names[predicted_label]):
            probabilities = prediction.get("probabilities") or []
            confidence = (float(probabilities[predicted_label])
                          if predicted_label < len(probabilities) else 0.0)
            photos.append(CellPhoto(Path(prediction["path"]), confidence))
    return sorted(photos, key=lambda photo: -photo.confidence)


class RunResults(QWidget):
    """`photos_requested(title, explanation, photos)` when a square with photos is clicked."""

    photos_requested = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: dict = {}
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setToolTip(self.tr("The likely range is a 95% Wilson interval: the score "
                                         "the model would most likely get on other photos like "
                                         "these."))
        # Said when photos were moved since the run shown: its score is of the old folders.
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("color: #b9770e")
        self.stale.hide()
        self.per_class = QLabel()
        self.per_class.setTextFormat(Qt.TextFormat.RichText)
        self.per_class.setWordWrap(True)
        self.per_class.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.matrix = ConfusionMatrix()
        self.matrix.cell_chosen.connect(self._open_cell)
        matrix_hint = QLabel(self.tr("Click a square to see its photos, the most confident "
                                     "answers first."))
        self.matrix_hint = matrix_hint
        matrix_hint.setWordWrap(True)
        matrix_hint.setEnabled(False)
        matrix_box = QVBoxLayout()
        matrix_box.addWidget(self.matrix, 1)
        matrix_box.addWidget(matrix_hint)
        row = QHBoxLayout()
        row.addWidget(self.per_class, 1)
        row.addLayout(matrix_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.stale)
        layout.addLayout(row, 1)

    @property
    def class_names(self) -> list[str]:
        return list(self.evaluation.get("per_class", {}))

    def show_evaluation(self, title: str, summary: str, evaluation: dict,
                        note: str = "") -> None:
        self.evaluation = evaluation
        counts = right_and_total(summary, evaluation)
        notes = [steadiness_note(counts[1]) if counts else "", note]
        extra = "".join(f"<br><small>{html.escape(n)}</small>" for n in notes if n)
        headline = self.tr("{title}: {score}").format(
            title=html.escape(title),
            score=f"<b>{html.escape(describe_score(summary, evaluation))}</b>")
        self.headline.setText(f"<span style='font-size: 15px'>{headline}</span>{extra}")
        names = self.class_names
        rows = "".join(
            f"<tr><td><b>{html.escape(name)}</b></td>"
            f"<td align='right'>{percent(values.get('precision', 0))}</td>"
            f"<td align='right'>{percent(values.get('recall', 0))}</td></tr>"
            for name, values in evaluation.get("per_class", {}).items())
        #: glossary: class = 클래스
        heads = (self.tr("Class"), self.tr("Precision"), self.tr("Recall"))
        self.per_class.setText(
            f"<table cellspacing='0' cellpadding='3'><tr><th align='left'>{heads[0]}</th>"
            f"<th>{heads[1]}</th><th>{heads[2]}</th></tr>" + rows + "</table>"
            "<p><small>" + self.tr(
                "<b>Precision</b>: of the photos the model called this class, the share that "
                "really were. <b>Recall</b>: of the photos really in this class, the share the "
                "model found.") + "</small></p>")
        self.matrix.set_matrix(names, evaluation.get("confusion_matrix", []))
        self.matrix_hint.setVisible(bool(names))

    def show_moved(self, count: int) -> None:
        """Say that `count` photos were moved since the run shown (0: nothing to say)."""
        if count and self.evaluation:
            self.stale.setText(self.tr("%n photos were moved since this run: train again to "
                                       "include them.", "", count))
            self.stale.show()
        else:
            self.stale.hide()

    def clear(self, text: str) -> None:
        self.stale.hide()
        self.evaluation = {}
        self.headline.setText(text)
        self.per_class.setText("")
        self.matrix.set_matrix([], [])
        self.matrix_hint.hide()

    @Slot(int, int)
    def _open_cell(self, true_label: int, predicted_label: int) -> None:
        names = self.class_names
        photos = cell_photos(self.evaluation, true_label, predicted_label)
        true_name, answer = names[true_label], names[predicted_label]
        if true_label == predicted_label:
            title = self.tr("{true_name}: answered right").format(true_name=true_name)
            explanation = self.tr("%n validation photos of {true_name} the model got right, "
                                  "the most confident first.", "", len(photos))
        else:
            title = self.tr("{true_name} taken for {answer}").format(true_name=true_name,
                                                                     answer=answer)
            explanation = self.tr(
                "%n validation photos of {true_name} the model called {answer}, the most "
                "confidently wrong first. Photos like these teach the model most when you add "
                "more of them; one that is in the wrong folder can be moved from here.", "",
                len(photos))
        explanation = explanation.format(true_name=true_name, answer=answer)
        self.photos_requested.emit(title, explanation, photos)
