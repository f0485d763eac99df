"""The saved runs of a workspace: date, score and settings; use one for testing or delete it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.steps.train.score import describe_score, right_and_total, short_score
from app.steps.train.words import percent, run_settings

OTHER_AUGMENTATION = QT_TRANSLATE_NOOP("RunList", "trained with other augmentation settings")
# Rows the list always shows (when there are that many runs); more room goes to it when free.
ROWS_SHOWN = 4


def run_date(created: str) -> str:
    """When a run was made, as the window's language writes a date (``21 Nov 2026, 10:00``)."""
    try:
        when = datetime.fromisoformat(created)
    except ValueError:
        return created or QCoreApplication.translate("RunList", "unknown date")
    if when.tzinfo is not None:
        when = when.astimezone()
    moment = QDateTime(QDate(when.year, when.month, when.day),
                       QTime(when.hour, when.minute, when.second))
    #: a QLocale date format (dd, MMM, yyyy, HH, mm), e.g. Korean "yyyy년 M월 d일 HH:mm"
    return QLocale().toString(moment, QCoreApplication.translate("RunList",
                                                                 "dd MMM yyyy, HH:mm"))


class RunList(QWidget):
    """`run_selected`, `use_requested` and `delete_requested` carry the run's folder (a Path).

    It asks only for a few rows (none while there is no run): the page gives it the room
    the settings above do not need.
    """

    run_selected = Signal(object)
    use_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Score"), self.tr("Settings")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Earlier runs"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The settings take the rest of the row, and a narrow column shortens them ("…";
        # the tooltip has them whole) rather than scrolling the list sideways under a bar
        # that hides a row. (Stretch, not stretchLastSection: that one never shrinks the
        # column below its first width.)
        header.setStretchLastSection(False)  # a tree view's default
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        # One line however narrow the column: the list asks for no more room than that.
        self.empty = QLabel(self.tr("No runs yet."))
        self.empty.setToolTip(self.tr("Your trained models will be listed here."))
        self.empty.setEnabled(False)
        self.use_button = QPushButton(self.tr("Use for testing"))
        self.use_button.setToolTip(self.tr("Open this model on the Test step"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.use_requested.emit(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.use_button.clicked.connect(lambda: self._emit_current(self.use_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.set_runs([], None)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    @property
    def paths(self) -> list[Path]:
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    @property
    def current_path(self) -> Path | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def set_runs(self, runs: Sequence, augmentation: dict | None,
                 select: Path | None = None) -> None:
        """Show `runs` (`SavedRun`s, newest first); mark those trained with other augmentation.

        The run at `select` (else the one chosen before) stays chosen, without `run_selected`.
        """
        keep = select or self.current_path
        self.tree.blockSignals(True)
        self.tree.clear()
        for run in runs:
            counts = right_and_total(run.summary)
            score = ("—" if run.val_accuracy is None else
                     short_score(*counts) if counts and counts[1] else percent(run.val_accuracy))
            settings = run_settings(run.training, run.image_size)
            other = augmentation is not None and run.augmentation is not None \
                and run.augmentation != augmentation
            if other:
                settings += self.tr(" · other augmentation")
            item = QTreeWidgetItem([run_date(run.created), score, settings])
            item.setData(0, Qt.ItemDataRole.UserRole, run.path)
            tip = f"{describe_score(run.summary)}\n{settings}\n{run.path}"
            if other:
                tip += "\n" + self.tr("This run was {other} than the ones chosen now.").format(
                    other=QCoreApplication.translate("RunList", OTHER_AUGMENTATION))
            for column in range(3):
                item.setToolTip(column, tip)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if run.path == keep:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.empty.setVisible(not runs)
        self.tree.setVisible(bool(runs))
        self.buttons.setVisible(bool(runs))
        if runs:
            rows = min(len(runs), ROWS_SHOWN)
            self.tree.setMinimumHeight(self.tree.header().sizeHint().height()
                                       + rows * self.tree.sizeHintForRow(0)
                                       + 2 * self.tree.frameWidth() + 2)
        # An empty list stays as small as its one line; a list of runs takes what is free.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
                           if runs else QSizePolicy.Policy.Maximum)
        self.updateGeometry()
        self._update_buttons()

    def _emit_current(self, signal) -> None:
        path = self.current_path
        if path is not None:
            signal.emit(path)

    def _on_current(self, current, _previous) -> None:
        self._update_buttons()
        if current is not None:
            self.run_selected.emit(current.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = self.tree.currentItem() is not None
        self.use_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
