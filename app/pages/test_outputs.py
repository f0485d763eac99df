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
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from app.pages.test_jobs import CopyReport, copy_into_class_folders_job, csv_job, export_job
from app.settings import AppPaths
from app.worker import Job, Worker
from core.dataset import find_class_names
from core.errors import CoreError
from core.photo_files import copy_photo

if TYPE_CHECKING:
    from app.pages.test_page import TestPage
    from core.model_files import LoadedModel
    from core.prediction import Prediction

EXPORT_SUFFIX = {"keras": ".keras", "tflite": ".tflite", "savedmodel": ""}
EXPORT_TITLES = {"keras": "Keras model", "tflite": "TensorFlow Lite model",
                 "savedmodel": "TensorFlow SavedModel folder"}


class TestOutputs(QObject):
    """One file-writing task at a time; `task_done(result)` when it has finished."""

    __test__ = False
    task_done = Signal(object)
    task_failed = Signal(object)

    def __init__(self, page: TestPage, paths: AppPaths) -> None:
        super().__init__(page)
        self._page = page
        self._paths = paths
        self._task: Worker | None = None

    @property
    def _documents(self) -> Path:
        return self._paths.documents_dir or self._paths.home_dir

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.stop()

    # --- photos in -------------------------------------------------------------------------
    def paste(self) -> None:
        """Test what the clipboard holds: copied files, or a picture (saved to the app cache)."""
        mime = QApplication.clipboard().mimeData()
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] \
            if mime is not None and mime.hasUrls() else []
        if files:
            self._page.add_photos(files)
            return
        image = QApplication.clipboard().image()
        if image.isNull():
            self._page.messages.show_message("The clipboard holds no picture to test. Copy a "
                                             "picture or a photo file first.", "info")
            return
        folder = self._paths.cache_dir / "pasted"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        path, number = folder / f"Pasted {stamp}.png", 2
        while path.exists():
            path, number = folder / f"Pasted {stamp} ({number}).png", number + 1
        if not image.save(str(path), "PNG"):
            self._page.messages.show_message(f"The pasted picture could not be saved in "
                                             f"{folder}.", "error")
            return
        self._page.add_photos([path])

    # --- answers out -----------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> None:
        page = self._page
        if page.loaded is None or page.results.rowCount() == 0:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                page, "Save the answers as a CSV file", str(self._documents / "answers.csv"),
                "CSV files (*.csv)")
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
            # The file dialog asked about the name as typed, not about this one.
            if os.path.lexists(path) and not self._confirm_replace(
                    f"{path.name} already exists in {path.parent}. Replace it?"):
                page.messages.show_message(f"The answers were not saved; {path.name} was left "
                                           "as it was.", "info")
                return
        predictions = page.results.predictions()
        self._run(csv_job(predictions, page.loaded.class_names, path),
                  lambda saved: f"Saved {len(predictions)} answers in {saved}.")

    def copy_into_class_folders(self, destination: Path | None = None) -> None:
        """Copy (never move) each answered photo into ``destination/<its answer>``.

        Into the workspace itself photos go only into the class folders it has
        (a new folder there would be a new class); anywhere else inside it is refused.
        """
        page = self._page
        answered = [p for p in page.results.predictions() if p.ok]
        if not answered:
            return
        if destination is None:
            chosen = QFileDialog.getExistingDirectory(
                page, "Copy the photos into a folder per class, inside…", str(self._documents))
            if not chosen:
                return
            destination = Path(chosen)
        destination = Path(destination)
        workspace = page.workspace
        if workspace is None or not destination.resolve().is_relative_to(workspace.resolve()):
            page.messages.show_message(f"Copying {len(answered)} photos…", "info")
            self._run(copy_into_class_folders_job(answered, destination), self._copied)
            return
        if destination.resolve() != workspace.resolve():
            page.messages.show_message(
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
            page.messages.show_message(
                f"Nothing was copied: your workspace has no class {_quoted(_labels(left_out))} "
                f"(its classes are {_quoted(classes, 'and')}), and a new folder there would be "
                "a new class.", "error")
            return
        page.messages.show_message(f"Copying {len(fitting)} photos into your workspace…", "info")
        self._run(copy_into_class_folders_job(fitting, destination, make_folders=False),
                  lambda report: self._copied_into_workspace(report, left_out))

    @staticmethod
    def _copied(report: CopyReport) -> str:
        text = (f"Copied {len(report.copied)} photos into a folder per class in "
                f"{report.destination}. Your original photos were not changed.")
        return text + _failures(report)

    def _copied_into_workspace(self, report: CopyReport, left_out: list[Prediction]) -> str:
        if report.copied:
            self._page.workspace_photos_added.emit(list(report.copied))
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
            return find_class_names(self._page.workspace)
        except CoreError as error:
            self._page.messages.show_message(f"The workspace cannot be read: {error}", "error")
            return None

    def mark_wrong(self, row: int, right_class: str | None = None) -> Path | None:
        """Copy the photo of `row` into the workspace folder of the class it really is.

        With two classes that is the other one; with more, the user is asked.
        Returns the copy, or None when nothing was copied.
        """
        page = self._page
        prediction = page.results.prediction(row)
        if page.loaded is None or not prediction.ok:
            return None
        if page.workspace is None:
            page.messages.show_message("Open a workspace first (step 1): the photo is copied "
                                       "into one of its class folders.", "error")
            return None
        classes = self._workspace_classes()
        if classes is None:
            return None
        others = [name for name in page.loaded.class_names if name != prediction.label]
        if right_class is None and len(others) == 1:
            right_class = others[0]
        elif right_class is None:
            # Only classes the workspace has: a new folder there would be a new class.
            choices = [name for name in others if name in classes]
            if not choices:
                self._not_a_workspace_class(prediction, others, classes)
                return None
            right_class, ok = QInputDialog.getItem(
                page, "This is wrong", f"What is in {prediction.path.name}?", choices, 0, False)
            if not ok:
                return None
        if right_class not in classes:
            self._not_a_workspace_class(prediction, [right_class], classes)
            return None
        try:
            copy = copy_photo(prediction.path, page.workspace / right_class).destination
        except CoreError as error:
            page.messages.show_message(f"The photo could not be copied into “{right_class}”: "
                                       f"{error}", "error")
            return None
        page.results.mark_corrected(row, right_class)
        page.messages.show_message(f"A copy of {prediction.path.name} is now in “{right_class}” "
                                   "in your workspace, so it joins the next training.", "info")
        page.workspace_photos_added.emit([copy])
        return copy

    def _not_a_workspace_class(self, prediction: Prediction, names: Sequence[str],
                               classes: Sequence[str]) -> None:
        self._page.messages.show_message(
            f"{prediction.path.name} was not copied: your workspace has no class "
            f"{_quoted(names)} (its classes are {_quoted(classes, 'and')}). This model's "
            "classes are not those of your workspace, and a photo is only ever added to a class "
            "the workspace already has.", "error")

    def export_model(self, format: str, out: Path | None = None) -> None:
        page = self._page
        if page.loaded is None:
            return
        if out is None:
            name = page.loaded.path.parent.name if page.loaded.path.name == "model.keras" \
                else page.loaded.path.stem
            suggestion = self._documents / f"{name}{EXPORT_SUFFIX[format]}"
            suffix = EXPORT_SUFFIX[format]
            # Not the dialog's question: ours names the labels and metadata files too.
            chosen, _ = QFileDialog.getSaveFileName(
                page, f"Export as {EXPORT_TITLES[format]}", str(suggestion),
                f"{EXPORT_TITLES[format]} (*{suffix})" if suffix else "Folder name (*)",
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not chosen:
                return
            out = Path(chosen)
        self._export(page.loaded, format, Path(out), overwrite=False)

    def _export(self, loaded: LoadedModel, format: str, out: Path, overwrite: bool) -> None:
        self._page.messages.show_message(f"Exporting the model as {EXPORT_TITLES[format]}…",
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
            self._page.messages.show_message(
                "Nothing was exported, and what was already there was left as it was.", "info")
        return True

    def _confirm_replace(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._page, "Replace existing files?", question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- running a task --------------------------------------------------------------------
    def _run(self, job: Job, describe: Callable[[object], str],
             on_failed: Callable[[BaseException], bool] | None = None) -> None:
        """Run `job`; say `describe(result)`, or why it failed unless `on_failed` dealt with it."""
        if self._task is not None:
            self._page.messages.show_message("Wait a moment: the last export or copy is still "
                                             "running.", "info")
            return
        self._task = worker = Worker(job, self)
        worker.finished.connect(lambda result: self._done(result, describe))
        worker.failed.connect(lambda error: self._failed(error, on_failed))
        worker.start()

    def _done(self, result: object, describe: Callable[[object], str]) -> None:
        self._task = None
        self._page.messages.show_message(describe(result), "info")
        self.task_done.emit(result)

    def _failed(self, error: BaseException,
                on_failed: Callable[[BaseException], bool] | None = None) -> None:
        self._task = None
        if on_failed is not None and on_failed(error):
            return
        text = str(error) if isinstance(error, CoreError) else f"That did not work: {error}"
        self._page.messages.show_message(text, "error")
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
