"""What the Test page writes: a CSV, copies into class folders, model exports.

Nothing here moves or changes a user's photo: photos are only ever copied, with
a suffix when a name is taken. Every copy made into a folder is one change on
the window's history (Ctrl+Z takes it back, from any step). Each method takes its
destination as an argument and asks with a file dialog only when it is not given;
the dialog opens in a folder that exists.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.history import History
from app.i18n import engine_text
from app.job import Job
from app.settings import AppPaths
from app.steps.predict.commands import CopiedPhotos, CopyIntoFoldersCommand, CorrectionSignals
from app.steps.predict.jobs import CopyReport, copy_into_class_folders_job, csv_job
from app.steps.predict.model_export import (
    CHECKING,
    EXPORT_SUFFIX,
    CheckedExport,
    after_export,
    before_export,
    check_words,
    export_and_check_job,
    export_title,
    free_export_path,
    suggested_name,
)
from app.steps.predict.widgets.dialogs import ask_yes_no
from app.steps.predict.words import answers, photos, quoted
from app.worker import OneAtATime
from core.dataset import find_class_names
from core.errors import CoreError

if TYPE_CHECKING:
    from app.steps.predict.results import PredictionResults
    from core.model_files import LoadedModel
    from core.prediction import Prediction

# Where each dialog opened last time (QSettings keys).
LAST_FOLDER = {"csv": "test/csvFolder", "copy": "test/copyFolder", "export": "test/exportFolder"}


class PredictOutputs(QObject):
    """One file-writing task at a time, on the answers in `results`.

    It knows the page only by what it is given: the widget its dialogs belong to,
    the answers, the window's history and two getters (the model answering, the
    workspace open).
    """

    message = Signal(str, str)  # a sentence for the page's message bar, "info" or "error"
    # A sentence with a button: (text, button text, what the button does).
    offer = Signal(str, str, object)
    photos_pasted = Signal(object)  # list[Path]: photos from the clipboard, to be tested
    # Copies made into the workspace's class folders, and taken out again (undone).
    workspace_photos_added = Signal(object)
    workspace_photos_removed = Signal(object)
    task_done = Signal(object)  # the result of a finished task
    task_failed = Signal(object)  # the error of a failed task (after it was shown)

    def __init__(self, dialogs_parent: QWidget, paths: AppPaths, results: PredictionResults,
                 model: Callable[[], LoadedModel | None],
                 workspace: Callable[[], Path | None], history: History,
                 settings: QSettings) -> None:
        super().__init__(dialogs_parent)
        self._parent = dialogs_parent
        self._paths = paths
        self._results = results
        self._model = model
        self._workspace = workspace
        self._history = history
        self._settings = settings
        self._tasks = OneAtATime(self)
        self._signals = CorrectionSignals(self._say, results.set_correction,
                                          self.workspace_photos_added.emit,
                                          self.workspace_photos_removed.emit)

    @property
    def busy(self) -> bool:
        """An export or copy is still running."""
        return self._tasks.busy

    def _say(self, text: str, kind: str) -> None:
        self.message.emit(text, kind)

    def _start_folder(self, kind: str, *fallbacks: Path | None) -> Path:
        """The folder a dialog opens in: where it was last time, else the first that exists."""
        last = self._settings.value(LAST_FOLDER[kind], "", type=str)
        for folder in (Path(last) if last else None, *fallbacks, self._paths.home_dir):
            if folder is not None and folder.is_dir():
                return folder
        return Path.home()

    def _remember_folder(self, kind: str, folder: Path) -> None:
        self._settings.setValue(LAST_FOLDER[kind], str(folder))

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
            self._say(self.tr("The clipboard holds no picture to test. Copy a "
                              "picture or a photo file first."), "info")
            return
        folder = self._paths.cache_dir / "pasted"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        path, number = folder / f"Pasted {stamp}.png", 2
        while path.exists():
            path, number = folder / f"Pasted {stamp} ({number}).png", number + 1
        if not image.save(str(path), "PNG"):
            self._say(self.tr("The pasted picture could not be saved in {folder}.").format(
                folder=folder), "error")
            return
        self.photos_pasted.emit([path])

    # --- answers out -----------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> None:
        if self._model() is None or self._results.rowCount() == 0:
            return
        if path is None:
            folder = self._start_folder("csv", self._paths.documents_dir)
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Save the answers"), str(folder / "answers.csv"),
                self.tr("CSV files (*.csv)"))
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
            # The file dialog asked about the name as typed, not about this one.
            if os.path.lexists(path) and not self._confirm_replace(
                    self.tr("{name} already exists in {folder}. Replace it?").format(
                        name=path.name, folder=path.parent)):
                self._say(self.tr("The answers were not saved; {name} was left as it "
                                  "was.").format(name=path.name), "info")
                return
        self._remember_folder("csv", path.parent)
        predictions = self._results.predictions()
        self._run(csv_job(predictions, self._model().class_names, path),
                  lambda saved: self.tr("Saved {answers} in {file}.").format(
                      answers=answers(len(predictions)), file=saved))

    def copy_into_class_folders(self, destination: Path | None = None) -> None:
        """Copy (never move) each answered photo into ``destination/<its class>``.

        Its class is the one the person put it in ("This is wrong"), else the
        model's answer. Into the workspace itself photos go only into the class
        folders it has (a new folder there would be a new class), and a photo put
        in a class with "This is wrong" is there already; anywhere else inside the
        workspace is refused.
        """
        chosen = self._results.destinations()
        if not chosen:
            if self._results.unsure_left_out():
                self._say(self.tr("Nothing was copied: the model is not sure about any of "
                                  "these photos. Give each its class with its card's button, "
                                  "or say “not sure” less often."), "info")
            return
        if destination is None:
            picked = QFileDialog.getExistingDirectory(
                self._parent, self.tr("Copy into class folders"),
                str(self._start_folder("copy", self._photos_folder(), self._paths.pictures_dir)))
            if not picked:
                return
            destination = Path(picked)
        destination = Path(destination)
        workspace = self._workspace()
        if workspace is None or not destination.resolve().is_relative_to(workspace.resolve()):
            self._remember_folder("copy", destination)
            self._say(self.tr("Copying {photos}…").format(photos=photos(len(chosen))), "info")
            self._run(copy_into_class_folders_job([(p.path, name) for p, name in chosen],
                                                  destination),
                      lambda report: self._copied(report, chosen))
            return
        if destination.resolve() != workspace.resolve():
            self._say(self.tr(
                "{folder} is inside your workspace, where every photo trains as the class "
                "of the folder it is in. Choose the workspace itself (the photos then go into "
                "its class folders) or a folder outside it. Nothing was copied.").format(
                folder=destination), "error")
            return
        self._copy_into_workspace(chosen, destination)

    def _copy_into_workspace(self, chosen: list[tuple[Prediction, str]],
                             workspace: Path) -> None:
        classes = self._workspace_classes()
        if classes is None:
            return
        there = [p for p, _name in chosen if self._results.correction(p.path) is not None]
        todo = [(p, name) for p, name in chosen if self._results.correction(p.path) is None]
        fitting = [(p, name) for p, name in todo if name in classes]
        left_out = [p for p, name in todo if name not in classes]
        if not fitting:
            if left_out:
                self._say(self.tr(
                    "Nothing was copied: your workspace has no class {names} (its classes are "
                    "{classes}), and a new folder there would be a new class.").format(
                    names=quoted(_labels(left_out)), classes=quoted(classes, "and")), "error")
            else:
                self._say(self.tr("Nothing was copied: every photo is in your workspace "
                                  "already (you put them there with “This is wrong”)."), "info")
            return
        self._remember_folder("copy", workspace)
        self._say(self.tr("Copying {photos} into your workspace…").format(
            photos=photos(len(fitting))), "info")
        self._run(copy_into_class_folders_job([(p.path, name) for p, name in fitting],
                                              workspace, make_folders=False),
                  lambda report: self._copied_into_workspace(report, left_out, len(there)))

    def _photos_folder(self) -> Path | None:
        """The folder the tested photos came from, when they share one outside the app's own."""
        folders = {p.path.parent for p, _name in self._results.destinations()}
        try:
            common = Path(os.path.commonpath([str(folder) for folder in folders]))
        except ValueError:
            return None
        workspace = self._workspace()
        if common.is_relative_to(self._paths.cache_dir) or (
                workspace is not None and common.is_relative_to(workspace)):
            return None
        return common

    def _push_copies(self, report: CopyReport, in_workspace: bool) -> None:
        if report.operations:
            self._history.push(CopyIntoFoldersCommand(
                CopiedPhotos(report.destination, in_workspace, list(report.operations),
                             list(report.made_folders)), self._signals))

    def _copied(self, report: CopyReport, chosen: list[tuple[Prediction, str]]) -> str:
        self._push_copies(report, in_workspace=False)
        corrected = sum(1 for p, _name in chosen if self._results.correction(p.path))
        if corrected:
            text = self.tr("Copied {photos} into a folder per class in {folder}, {corrected} by "
                           "your own correction and the others by the model's answer.")
        else:
            text = self.tr("Copied {photos} into a folder per class in {folder}, by the "
                           "model's answers.")
        text = text.format(photos=photos(len(report.copied)), folder=report.destination,
                           corrected=photos(corrected))
        text += " " + self.tr("Your original photos were not changed. Edit ▸ Undo takes the "
                              "copies back.")
        return text + self._unsure_words() + self._failures(report)

    def _copied_into_workspace(self, report: CopyReport, left_out: list[Prediction],
                               there: int) -> str:
        self._push_copies(report, in_workspace=True)
        if report.copied:
            self.workspace_photos_added.emit(list(report.copied))
        #: glossary: 학습 = training; 작업 폴더 = workspace
        text = self.tr("Copied {photos} into the class folders of your workspace, by the "
                       "model's answers: they join the next training. Your original photos "
                       "were not changed. Edit ▸ Undo takes the copies back.").format(
            photos=photos(len(report.copied)))
        if there:
            text += " " + self.tr("%n photos you put in a class with “This is wrong” were "
                                  "there already.", "", there)
        if left_out:
            text += " " + self.tr("%n photos answered {names} and were not copied: your "
                                  "workspace has no such class.", "", len(left_out)).format(
                names=quoted(_labels(left_out)))
        return text + self._unsure_words() + self._failures(report)

    def _unsure_words(self) -> str:
        """Says which photos were left out because the model is not sure what they are."""
        unsure = len(self._results.unsure_left_out())
        if not unsure:
            return ""
        return " " + self.tr("%n photos the model is not sure about were left out (give each "
                             "a class with the card's button).", "", unsure)

    def _failures(self, report: CopyReport) -> str:
        """The photos that could not be copied (the first three, each with its reason)."""
        if not report.failed:
            return ""
        reasons = "; ".join(engine_text(reason) for reason in report.failed[:3])
        text = self.tr("{count} could not be copied: {reasons}").format(
            count=QLocale().toString(len(report.failed)), reasons=reasons)
        return " " + text + ("…" if len(report.failed) > 3 else ".")

    def _workspace_classes(self) -> tuple[str, ...] | None:
        """The class folders of the workspace, or None (with the reason shown)."""
        try:
            return find_class_names(self._workspace())
        except CoreError as error:
            self._say(self.tr("The workspace cannot be read: {reason}").format(
                reason=engine_text(str(error))), "error")
            return None

    # --- exporting the model ---------------------------------------------------------------
    def export_model(self, format: str, out: Path | None = None) -> None:
        loaded = self._model()
        if loaded is None:
            return
        if out is None:
            folder = self._start_folder("export", self._paths.documents_dir)
            proposal = free_export_path(folder, suggested_name(loaded.class_names,
                                                               self._workspace()), format)
            self._say(before_export(format, proposal), "info")
            suffix = EXPORT_SUFFIX[format]
            # Not the dialog's question: ours names the labels and metadata files too.
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Export as {kind}").format(kind=export_title(format)),
                str(proposal),
                f"{export_title(format)} (*{suffix})" if suffix else self.tr("Folder name (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not chosen:
                self._say(self.tr("Nothing was exported."), "info")
                return
            out = Path(chosen)
        self._remember_folder("export", Path(out).parent)
        self._export(loaded, format, Path(out), overwrite=False)

    def _export(self, loaded: LoadedModel, format: str, out: Path, overwrite: bool) -> None:
        self._say(self.tr("Exporting the model as {kind}…").format(kind=export_title(format)),
                  "info")
        self._run(export_and_check_job(loaded, format, out, overwrite=overwrite), self._exported,
                  lambda error: self._export_blocked(error, loaded, format, out),
                  progress=self._export_progress)

    def _export_progress(self, event: object) -> None:
        if event == CHECKING:
            self._say(self.tr("Exported. Now checking that the exported model gives the same "
                              "answers as here, on the photos kept aside for validation…"),
                      "info")

    def _exported(self, checked: CheckedExport) -> None:
        folder = checked.path.parent
        text = f"{after_export(checked.export)} {check_words(checked)}"
        if checked.differs:
            # Not a footnote: an export that answers otherwise must not be used unawares.
            self._say(text, "error")
            return
        self.offer.emit(text, self.tr("Show in folder"),
                        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def _export_blocked(self, error: BaseException, loaded: LoadedModel, format: str,
                        out: Path) -> bool:
        """Ask before replacing what is in an export's way; True when `error` was that."""
        from core.export import ExportExistsError  # already imported by the export job

        if not isinstance(error, ExportExistsError):
            return False
        paths = error.paths
        listed = "\n".join(f"• {path}" for path in paths)
        if self._confirm_replace(self.tr("Exporting the model to {name} would replace "
                                         "these:\n\n{files}\n\nReplace them?", "",
                                         len(paths)).format(name=out.name, files=listed)):
            self._export(loaded, format, out, overwrite=True)
        else:
            self._say(self.tr("Nothing was exported, and what was already there was left as "
                              "it was."), "info")
        return True

    def _confirm_replace(self, question: str) -> bool:
        return ask_yes_no(self._parent, self.tr("Replace existing files?"), question)

    # --- running a task --------------------------------------------------------------------
    def _run(self, job: Job, describe: Callable[[object], str | None],
             on_failed: Callable[[BaseException], bool] | None = None,
             progress: Callable[[object], None] | None = None) -> None:
        """Run `job`; say `describe(result)` (unless it said it itself: None), or why it
        failed unless `on_failed` dealt with it."""
        if self._tasks.start(job, lambda result: self._done(result, describe),
                             failure=lambda error: self._failed(error, on_failed),
                             progress=progress) is None:
            self._say(self.tr("Wait a moment: the last export or copy is still running."),
                      "info")

    def _done(self, result: object, describe: Callable[[object], str | None]) -> None:
        text = describe(result)
        if text is not None:
            self._say(text, "info")
        self.task_done.emit(result)

    def _failed(self, error: BaseException,
                on_failed: Callable[[BaseException], bool] | None = None) -> None:
        if on_failed is not None and on_failed(error):
            return
        text = engine_text(str(error)) if isinstance(error, CoreError) else \
            self.tr("That did not work: {error}").format(error=engine_text(str(error)))
        self._say(text, "error")
        self.task_failed.emit(error)


def _labels(predictions: Sequence[Prediction]) -> list[str]:
    return sorted({str(p.label) for p in predictions})
