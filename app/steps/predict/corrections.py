"""\"This is wrong\" on a card: the photo copied into the workspace folder of its real class.

Each correction is one change on the window's history ("put IMG_1.jpg in 'llama'"),
undone by Ctrl+Z from any step or by clicking the card's button again. While it
stands, the photo's cards show the class it was put in, and "Copy into class
folders…" goes by it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.history import History
from app.i18n import engine_text
from app.steps.predict.commands import (
    Correction,
    CorrectionCommand,
    CorrectionSignals,
    taken_back,
)
from app.steps.predict.widgets.dialogs import ask_choice
from app.steps.predict.words import quoted
from core.dataset import find_class_names
from core.errors import CoreError
from core.photo_files import PhotoFileError, copy_photo

if TYPE_CHECKING:
    from app.steps.predict.results import PredictionResults
    from core.model_files import LoadedModel
    from core.prediction import Prediction


class Corrections(QObject):
    """The person's "This is wrong" corrections of the answers in `results`."""

    message = Signal(str, str)  # a sentence for the page's message bar, "info" or "error"
    # Copies made into the workspace's class folders.
    workspace_photos_added = Signal(object)
    # Copies taken out of them again (undone, or the card's button clicked back).
    workspace_photos_removed = Signal(object)

    def __init__(self, dialogs_parent: QWidget, results: PredictionResults,
                 model: Callable[[], LoadedModel | None],
                 workspace: Callable[[], Path | None], history: History) -> None:
        super().__init__(dialogs_parent)
        self._parent = dialogs_parent
        self._results = results
        self._model = model
        self._workspace = workspace
        self._history = history
        self._corrections: dict[Path, Correction] = {}  # photo → its copy in the workspace
        self._signals = CorrectionSignals(self._say, results.set_correction,
                                          self.workspace_photos_added.emit,
                                          self.workspace_photos_removed.emit)

    def _say(self, text: str, kind: str) -> None:
        self.message.emit(text, kind)

    def workspace_changed(self) -> None:
        """Another workspace: the copies made so far are in the last one."""
        self._corrections.clear()
        self._results.forget_corrections()

    def toggle(self, row: int) -> None:
        """The card's button: "This is wrong", or clicked back, take it back."""
        if self._results.correction(self._results.prediction(row).path) is None:
            self.mark_wrong(row)
        else:
            self.take_back(row)

    def mark_wrong(self, row: int, right_class: str | None = None) -> Path | None:
        """Copy the photo of `row` into the workspace folder of the class it really is.

        With two classes that is the other one; with more, the person is asked.
        It is one change on the history ("put IMG_1.jpg in 'llama'"). Returns the
        copy, or None when nothing was copied.
        """
        prediction = self._results.prediction(row)
        if self._model() is None or not prediction.ok \
                or self._results.correction(prediction.path) is not None:
            return None
        workspace = self._workspace()
        if workspace is None:
            #: glossary: 작업 폴더 = workspace
            self._say(self.tr("Open a workspace first (step 1): the photo is copied "
                              "into one of its class folders."), "error")
            return None
        try:
            classes = find_class_names(workspace)
        except CoreError as error:
            self._say(self.tr("The workspace cannot be read: {reason}").format(
                reason=engine_text(str(error))), "error")
            return None
        others = [name for name in self._model().class_names if name != prediction.label]
        if right_class is None and len(others) == 1:
            right_class = others[0]
        elif right_class is None:
            # Only classes the workspace has: a new folder there would be a new class.
            choices = [name for name in others if name in classes]
            if not choices:
                self._not_a_workspace_class(prediction, others, classes)
                return None
            right_class = ask_choice(self._parent, self.tr("This is wrong"),
                                     self.tr("What is in {photo}?").format(
                                         photo=prediction.path.name), choices)
            if right_class is None:
                return None
        if right_class not in classes:
            self._not_a_workspace_class(prediction, [right_class], classes)
            return None
        folder = workspace / right_class
        try:
            operation = copy_photo(prediction.path, folder)
        except PhotoFileError as error:
            self._say(self.tr("{photo} could not be copied into “{name}”: {reason}. Nothing "
                              "was changed.").format(photo=prediction.path.name,
                                                     name=right_class,
                                                     reason=engine_text(error.reason)),
                      "error")
            return None
        correction = Correction(prediction.path, right_class, folder, operation)
        self._corrections[prediction.path] = correction
        self._history.push(CorrectionCommand(correction, self._signals))
        self._results.set_correction(prediction.path, right_class)
        self._say(self.tr("A copy of {photo} is now in “{name}” in your workspace, so it "
                          "joins the next training. Click its card's button again, or press "
                          "Ctrl+Z, to take it back.").format(photo=prediction.path.name,
                                                             name=right_class), "info")
        self.workspace_photos_added.emit([operation.destination])
        return operation.destination

    def take_back(self, row: int) -> bool:
        """The card's button clicked again: take the photo back out of the class it was put in.

        When putting it there was the last change, that change is undone; otherwise
        taking it out is a change of its own (undoable too). True when it was taken out.
        """
        photo = self._results.prediction(row).path
        correction = self._corrections.get(photo)
        if correction is None or correction.operation is None:
            return False
        stack = self._history.stack
        last = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(last, CorrectionCommand) and last.correction is correction \
                and not last.take_back:
            return self._history.undo()
        copy = correction.operation.destination
        try:
            correction.remove_copy()
        except PhotoFileError as error:
            self._say(self.tr("The copy of {photo} could not be taken out of “{name}”: "
                              "{reason}. Nothing was changed.").format(
                photo=photo.name, name=correction.class_name,
                reason=engine_text(error.reason)), "error")
            return False
        self._history.push(CorrectionCommand(correction, self._signals, take_back=True))
        self._results.set_correction(photo, None)
        self.workspace_photos_removed.emit([copy])
        self._say(taken_back(correction) + " " + self.tr("Ctrl+Z puts it back in."), "info")
        return True

    def _not_a_workspace_class(self, prediction: Prediction, names: Sequence[str],
                               classes: Sequence[str]) -> None:
        self._say(self.tr(
            "{photo} was not copied: your workspace has no class {names} (its classes are "
            "{classes}). This model's classes are not those of your workspace, and a photo is "
            "only ever added to a class the workspace already has.").format(
            photo=prediction.path.name, names=quoted(names), classes=quoted(classes, "and")),
            "error")
