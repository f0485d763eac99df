"""What the Test page writes: a CSV, copies into class folders, "This is wrong", model exports.

Nothing here moves or changes a user's photo: photos are only ever copied, with
a suffix when a name is taken. Each method takes its destination as an
argument and asks with a file dialog only when it is not given.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from app.job import Job
from app.settings import AppPaths
from app.steps.predict.jobs import CopyReport, copy_into_class_folders_job, csv_job, export_job
from app.worker import OneAtATime
from core.dataset import find_class_names
from core.errors import CoreError
from core.photo_files import copy_photo

if TYPE_CHECKING:
    from app.steps.predict.results import PredictionResults
    from core.model_files import LoadedModel
    from core.prediction import Prediction

EXPORT_SUFFIX = {"keras": ".keras", "tflite": ".tflite", "savedmodel": ""}
EXPORT_TITLES = {"keras": "Keras model", "tflite": "TensorFlow Lite model",
                 "savedmodel": "TensorFlow SavedModel folder"}


class PredictOutputs(QObject):
    """One file-writing task at a time, on the answers in `results`.

    It knows the page only by what it is given: the widget its dialogs belong to,
    the answers, and two getters (the model answering, the workspace open).
    """

    message = Signal(str, str)  # a sentence for the page's message bar, "info" or "error"
    photos_pasted = Signal(object)  # list[Path]: photos from the clipboard, to be tested
    # Copies made into the workspace's class folders ("This is wrong", copy by answer).
    workspace_photos_added = Signal(object)
    task_done = Signal(object)  # the result of a finished task
    task_failed = Signal(object)  # the error of a failed task (after it was shown)

    def __init__(self, dialogs_parent: QWidget, paths: AppPaths, results: PredictionResults,
                 model: Callable[[], LoadedModel | None],
                 workspace: Callable[[], Path | None]) -> None:
        super().__init__(dialogs_parent)
        self._parent = dialogs_parent
        self._paths = paths
        self._results = results
        self._model = model
        self._workspace = workspace
        self._tasks = OneAtATime(self)

    @property
    def busy(self) -> bool:
        """An export or copy is still running."""
        return self._tasks.busy

    def _say(self, text: str, kind: str) -> None:
        self.message.emit(text, kind)

    @property
    def _documents(self) -> Path:
        return self._paths.documents_dir or self._paths.home_dir

    def shutdown(self) -> None:
        self._tasks.shutdown()

    # --- photos in -------------------------------------------------------------------------
    def paste(self) -> None:
        """Test what the clipboard holds: copied files, or a picture (saved to the app cache)."""
        mime = QApplication.clipboard().mimeData()
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] \
            if mime is not None and mime.hasUrls() else []
        if files:
            self.photos_pasted.emit(files)
            return
        image = QApplication.clipboard().image()
        if image.isNull():
            self._say("The clipboard holds no picture to test. Copy a "
                      "picture or a photo file first.", "info")
            return
        folder = self._paths.cache_dir / "pasted"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        path, number = folder / f"Pasted {stamp}.png", 2
        while path.exists():
            path, number = folder / f"Pasted {stamp} ({number}).png", number + 1
        if not image.save(str(path), "PNG"):
            self._say(f"The pasted picture could not be saved in "
                      f"{folder}.", "error")
            return
        self.photos_pasted.emit([path])

    # --- answers out -----------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> None:
        if self._model() is None or self._results.rowCount() == 0:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, "Save the answers as a CSV file",
                str(self._documents / "answers.csv"), "CSV files (*.csv)")
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
            # The file dialog asked about the name as typed, not about this one.
            if os.path.lexists(path) and not self._confirm_replace(
                    f"{path.name} already exists in {path.parent}. Replace it?"):
                self._say(f"The answers were not saved; {path.name} was left "
                          "as it was.", "info")
                return
        predictions = self._results.predictions()
        self._run(csv_job(predictions, self._model().class_names, path),
                  lambda saved: f"Saved {len(predictions)} answers in {saved}.")

    def copy_into_class_folders(self, destination: Path | None = None) -> None:
        """Copy (never move) each answered photo into ``destination/<its answer>``.

        Into the workspace itself photos go only into the class folders it has
        (a new folder there would be a new class); anywhere else inside it is refused.
        """
        answered = [p for p in self._results.predictions() if p.ok]
        if not answered:
            return
        if destination is None:
            chosen = QFileDialog.getExistingDirectory(
                self._parent, "Copy the photos into a folder per class, inside…",
                str(self._documents))
            if not chosen:
                return
            destination = Path(chosen)
        destination = Path(destination)
        workspace = self._workspace()
        if workspace is None or not destination.resolve().is_relative_to(workspace.resolve()):
            self._say(f"Copying {len(answered)} photos…", "info")
            self._run(copy_into_class_folders_job(answered, destination), self._copied)
            return
        if destination.resolve() != workspace.resolve():
            self._say(
                f"{destination} is inside your workspace, where every photo trains as the class "
                "of the folder it is in. Choose the workspace itself (the photos then go into "
                "its class folders) or a folder outside it. Nothing was copied.", "error")
            return
        classes = self._workspace_classes()
        if classes is None:
            return
        fitting = [p for p in answered if p.label in classes]
        left_out = [p for p in answered if p.label not in classes]
        if not fitting:
            self._say(
                f"Nothing was copied: your workspace has no class {_quoted(_labels(left_out))} "
                f"(its classes are {_quoted(classes, 'and')}), and a new folder there would be "
                "a new class.", "error")
            return
        self._say(f"Copying {len(fitting)} photos into your workspace…", "info")
        self._run(copy_into_class_folders_job(fitting, destination, make_folders=False),
                  lambda report: self._copied_into_workspace(report, left_out))

    @staticmethod
    def _copied(report: CopyReport) -> str:
        text = (f"Copied {len(report.copied)} photos into a folder per class in "
                f"{report.destination}. Your original photos were not changed.")
        return text + _failures(report)

    def _copied_into_workspace(self, report: CopyReport, left_out: list[Prediction]) -> str:
        if report.copied:
            self.workspace_photos_added.emit(list(report.copied))
        text = (f"Copied {len(report.copied)} photos into the class folders of your workspace, "
                "by the model's answers: they join the next training. Your original photos "
                "were not changed.")
        if left_out:
            text += (f" {len(left_out)} answered {_quoted(_labels(left_out))} and were not "
                     "copied: your workspace has no such class.")
        return text + _failures(report)

    def _workspace_classes(self) -> tuple[str, ...] | None:
        """The class folders of the workspace, or None (with the reason shown)."""
        try:
            return find_class_names(self._workspace())
        except CoreError as error:
            self._say(f"The workspace cannot be read: {error}", "error")
            return None

    def mark_wrong(self, row: int, right_class: str | None = None) -> Path | None:
        """Copy the photo of `row` into the workspace folder of the class it really is.

        With two classes that is the other one; with more, the user is asked.
        Returns the copy, or None when nothing was copied.
        """
        prediction = self._results.prediction(row)
        if self._model() is None or not prediction.ok:
            return None
        if self._workspace() is None:
            self._say("Open a workspace first (step 1): the photo is copied "
                      "into one of its class folders.", "error")
            return None
        classes = self._workspace_classes()
        if classes is None:
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
            right_class, ok = QInputDialog.getItem(
                self._parent, "This is wrong", f"What is in {prediction.path.name}?", choices,
                0, False)
            if not ok:
                return None
        if right_class not in classes:
            self._not_a_workspace_class(prediction, [right_class], classes)
            return None
        try:
            copy = copy_photo(prediction.path, self._workspace() / right_class).destination
        except CoreError as error:
            self._say(f"The photo could not be copied into “{right_class}”: "
                      f"{error}", "error")
            return None
        self._results.mark_corrected(row, right_class)
        self._say(f"A copy of {prediction.path.name} is now in “{right_class}” "
                  "in your workspace, so it joins the next training.", "info")
        self.workspace_photos_added.emit([copy])
        return copy

    def _not_a_workspace_class(self, prediction: Prediction, names: Sequence[str],
                               classes: Sequence[str]) -> None:
        self._say(
            f"{prediction.path.name} was not copied: your workspace has no class "
            f"{_quoted(names)} (its classes are {_quoted(classes, 'and')}). This model's "
            "classes are not those of your workspace, and a photo is only ever added to a class "
            "the workspace already has.", "error")

    def export_model(self, format: str, out: Path | None = None) -> None:
        if self._model() is None:
            return
        if out is None:
            name = self._model().path.parent.name if self._model().path.name == "model.keras" \
                else self._model().path.stem
            suggestion = self._documents / f"{name}{EXPORT_SUFFIX[format]}"
            suffix = EXPORT_SUFFIX[format]
            # Not the dialog's question: ours names the labels and metadata files too.
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, f"Export as {EXPORT_TITLES[format]}", str(suggestion),
                f"{EXPORT_TITLES[format]} (*{suffix})" if suffix else "Folder name (*)",
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not chosen:
                return
            out = Path(chosen)
        self._export(self._model(), format, Path(out), overwrite=False)

    def _export(self, loaded: LoadedModel, format: str, out: Path, overwrite: bool) -> None:
        self._say(f"Exporting the model as {EXPORT_TITLES[format]}…",
                  "info")
        self._run(export_job(loaded, format, out, overwrite=overwrite),
                  lambda result: f"Exported the model to {result.path}, with the class names "
                                 f"in {result.labels.name}.",
                  lambda error: self._export_blocked(error, loaded, format, out))

    def _export_blocked(self, error: BaseException, loaded: LoadedModel, format: str,
                        out: Path) -> bool:
        """Ask before replacing what is in an export's way; True when `error` was that."""
        from core.export import ExportExistsError  # already imported by the export job

        if not isinstance(error, ExportExistsError):
            return False
        paths = error.paths
        listed = "\n".join(f"• {path}" for path in paths)
        one = len(paths) == 1
        if self._confirm_replace(f"Exporting the model to {out.name} would replace "
                                 f"{'this' if one else 'these'}:\n\n{listed}\n\n"
                                 f"Replace {'it' if one else 'them'}?"):
            self._export(loaded, format, out, overwrite=True)
        else:
            self._say(
                "Nothing was exported, and what was already there was left as it was.", "info")
        return True

    def _confirm_replace(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._parent, "Replace existing files?", question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- running a task --------------------------------------------------------------------
    def _run(self, job: Job, describe: Callable[[object], str],
             on_failed: Callable[[BaseException], bool] | None = None) -> None:
        """Run `job`; say `describe(result)`, or why it failed unless `on_failed` dealt with it."""
        if self._tasks.start(job, lambda result: self._done(result, describe),
                             failure=lambda error: self._failed(error, on_failed)) is None:
            self._say("Wait a moment: the last export or copy is still running.", "info")

    def _done(self, result: object, describe: Callable[[object], str]) -> None:
        self._say(describe(result), "info")
        self.task_done.emit(result)

    def _failed(self, error: BaseException,
                on_failed: Callable[[BaseException], bool] | None = None) -> None:
        if on_failed is not None and on_failed(error):
            return
        text = str(error) if isinstance(error, CoreError) else f"That did not work: {error}"
        self._say(text, "error")
        self.task_failed.emit(error)


def _labels(predictions: Sequence[Prediction]) -> list[str]:
    return sorted({str(p.label) for p in predictions})


def _quoted(names: Sequence[str], conjunction: str = "or") -> str:
    quoted = [f"“{name}”" for name in names]
    if len(quoted) < 2:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} {conjunction} {quoted[-1]}"


def _failures(report: CopyReport) -> str:
    if not report.failed:
        return ""
    text = f" {len(report.failed)} could not be copied: " + "; ".join(report.failed[:3])
    return text + ("…" if len(report.failed) > 3 else ".")
