"""What the Test page writes: a CSV, copies into class folders, "This is wrong", model exports.

Nothing here moves or changes a user's photo: photos are only ever copied, with
a suffix when a name is taken. Each method takes its destination as an
argument and asks with a file dialog only when it is not given.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from app.pages.test_jobs import CopyReport, copy_into_class_folders_job, csv_job, export_job
from app.settings import AppPaths
from app.worker import Job, Worker
from core.errors import CoreError
from core.photo_files import copy_photo
from core.workspace import check_class_name

if TYPE_CHECKING:
    from app.pages.test_page import TestPage

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
        path = path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
        predictions = page.results.predictions()
        self._run(csv_job(predictions, page.loaded.class_names, path),
                  lambda saved: f"Saved {len(predictions)} answers in {saved}.")

    def copy_into_class_folders(self, destination: Path | None = None) -> None:
        """Copy (never move) each answered photo into ``destination/<its answer>``."""
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
        self._page.messages.show_message(f"Copying {len(answered)} photos…", "info")
        self._run(copy_into_class_folders_job(answered, destination), self._copied)

    @staticmethod
    def _copied(report: CopyReport) -> str:
        text = (f"Copied {len(report.copied)} photos into a folder per class in "
                f"{report.destination}. Your original photos were not changed.")
        if report.failed:
            text += f" {len(report.failed)} could not be copied: " + "; ".join(report.failed[:3])
            text += "…" if len(report.failed) > 3 else "."
        return text

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
        others = [name for name in page.loaded.class_names if name != prediction.label]
        if right_class is None:
            if len(others) == 1:
                right_class = others[0]
            else:
                right_class, ok = QInputDialog.getItem(
                    page, "This is wrong", f"What is in {prediction.path.name}?", others, 0,
                    False)
                if not ok:
                    return None
        try:
            folder = page.workspace / check_class_name(right_class, [])
            folder.mkdir(exist_ok=True)
            copy = copy_photo(prediction.path, folder).destination
        except (CoreError, OSError) as error:
            page.messages.show_message(f"The photo could not be copied into “{right_class}”: "
                                       f"{error}", "error")
            return None
        page.results.mark_corrected(row, right_class)
        page.messages.show_message(f"A copy of {prediction.path.name} is now in “{right_class}” "
                                   "in your workspace, so it joins the next training.", "info")
        page.workspace_photos_added.emit([copy])
        return copy

    def export_model(self, format: str, out: Path | None = None) -> None:
        page = self._page
        if page.loaded is None:
            return
        if out is None:
            name = page.loaded.path.parent.name if page.loaded.path.name == "model.keras" \
                else page.loaded.path.stem
            suggestion = self._documents / f"{name}{EXPORT_SUFFIX[format]}"
            suffix = EXPORT_SUFFIX[format]
            chosen, _ = QFileDialog.getSaveFileName(
                page, f"Export as {EXPORT_TITLES[format]}", str(suggestion),
                f"{EXPORT_TITLES[format]} (*{suffix})" if suffix else "Folder name (*)")
            if not chosen:
                return
            out = Path(chosen)
        page.messages.show_message(f"Exporting the model as {EXPORT_TITLES[format]}…", "info")
        self._run(export_job(page.loaded, format, out),
                  lambda result: f"Exported the model to {result.path}, with the class names "
                                 f"in {result.labels.name}.")

    # --- running a task --------------------------------------------------------------------
    def _run(self, job: Job, describe) -> None:
        if self._task is not None:
            self._page.messages.show_message("Wait a moment: the last export or copy is still "
                                             "running.", "info")
            return
        self._task = worker = Worker(job, self)
        worker.finished.connect(lambda result: self._done(result, describe))
        worker.failed.connect(self._failed)
        worker.start()

    def _done(self, result: object, describe) -> None:
        self._task = None
        self._page.messages.show_message(describe(result), "info")
        self.task_done.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        text = str(error) if isinstance(error, CoreError) else f"That did not work: {error}"
        self._page.messages.show_message(text, "error")
        self.task_failed.emit(error)
