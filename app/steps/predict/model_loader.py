"""The Test page's model: list the workspace's runs, load the chosen one once, keep it.

Runs are listed and models loaded in workers (the engine imports TensorFlow);
a model file without metadata gets its class names from the user.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.i18n import engine_text
from app.settings import AppPaths
from app.steps.predict.jobs import list_runs_job, load_model_job
from app.steps.predict.model_picker import ModelPicker
from app.steps.predict.widgets.class_names_dialog import ClassNamesDialog
from app.worker import NewestWins
from core.errors import CoreError

if TYPE_CHECKING:
    from core.model_files import LoadedModel


class ModelLoader(QObject):
    """Fills `picker`, loads what is chosen in it, and says so by signals."""

    loaded_changed = Signal(object)  # the LoadedModel now answering, or None
    failed = Signal(str)  # why a model could not be used, in plain words
    status_changed = Signal()

    def __init__(self, window: QWidget, paths: AppPaths, picker: ModelPicker) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self.picker = picker
        self.workspace: Path | None = None
        self.loaded: LoadedModel | None = None
        self.source: Path | None = None  # the run folder or file `loaded` came from
        self.loading: Path | None = None
        self.runs_stale = True
        self._wanted: Path | None = None  # a run to choose once the runs are listed
        self._listing = NewestWins(self)
        self._loading = NewestWins(self)
        picker.model_chosen.connect(self.choose_model)
        picker.file_requested.connect(self.open_model_file)

    def set_workspace(self, path: Path) -> None:
        self.workspace = Path(path)
        self.runs_stale = True

    def set_run(self, path: Path) -> None:
        self._wanted = Path(path)
        self.refresh_runs()

    def forget_run(self, path: Path) -> bool:
        """The run folder `path` was deleted; returns True when its model was in use.

        That model stops answering at once (``loaded_changed(None)``) and the runs
        are listed again, so the latest remaining one takes over. Otherwise the
        list is refreshed now if it shows, else the next time the page is shown.
        """
        path = Path(path)
        self.runs_stale = True
        in_use = path in (self.source, self.loading)
        if self._wanted == path:
            self._wanted = None
        if self.loading == path:
            self._loading.cancel()
            self.loading = None
        elif self.loading is not None:
            self._wanted = self.loading  # what the user chose last still comes
        if self.source == path:
            self.loaded = self.source = None
            self.loaded_changed.emit(None)
        if in_use or self._window.isVisible() or self._listing.busy:
            self.refresh_runs()
        self.status_changed.emit()
        return in_use

    def shutdown(self) -> None:
        self._listing.shutdown()
        self._loading.shutdown()

    def refresh_runs(self) -> None:
        """List the workspace's runs in the background, then load the one to use."""
        self.runs_stale = False
        runs_dir = self._paths.runs_dir(self.workspace) if self.workspace else None
        self._listing.start(list_runs_job(runs_dir), self._on_runs_listed,
                            failure=lambda error: self.failed.emit(
                                self.tr("The saved runs could not be listed: {reason}").format(
                                    reason=engine_text(str(error)))))

    def _on_runs_listed(self, runs: list) -> None:
        self.picker.set_runs(runs)
        paths = [run.path for run in runs]
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted in paths:
            target = wanted
        elif self.source is not None and (self.source in paths or self.source.is_file()):
            target = self.source
        else:
            target = paths[0] if paths else None
        if target is None:
            self.loaded = self.source = None
            self.loaded_changed.emit(None)
        elif target != self.source and target != self.loading:
            self.choose_model(target)
        else:
            self.picker.select(target)
        self.status_changed.emit()

    def open_model_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window, self.tr("Test a model file"), str(self._paths.home_dir),
                self.tr("Keras models (*.keras);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        self.choose_model(Path(path))

    def choose_model(self, path: Path) -> None:
        """Load the model of a run folder or ``.keras`` file in the background."""
        path = Path(path)
        if path == self.source and self.loaded is not None:
            return
        self.loading = path
        self._loading.start(load_model_job(path), self._on_loaded, failure=self._on_failed)
        self.status_changed.emit()

    def ask_class_names(self, loaded: LoadedModel) -> tuple[str, ...] | None:
        dialog = ClassNamesDialog(loaded.path.name, len(loaded.class_names), self._window)
        return dialog.names() if dialog.exec() == ClassNamesDialog.DialogCode.Accepted else None

    def _on_loaded(self, loaded: LoadedModel) -> None:
        source, self.loading = self.loading, None
        if not loaded.has_metadata:
            names = self.ask_class_names(loaded)
            if names is None:
                self._give_up(self.tr("{name} was not loaded: its classes need names.").format(
                    name=loaded.path.name))
                return
            loaded = dataclasses.replace(
                loaded, metadata=dataclasses.replace(loaded.metadata, class_names=names))
        if source is not None and not source.is_dir():
            self.picker.add_file(source)
        elif source is not None:
            self.picker.select(source)
        self.loaded, self.source = loaded, source
        self.loaded_changed.emit(loaded)
        self.status_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        failed, self.loading = self.loading, None
        self._give_up(engine_text(str(error)) if isinstance(error, CoreError)
                      else self.tr("The model {model} could not be loaded: {reason}").format(
                          model=failed, reason=engine_text(str(error))))

    def _give_up(self, reason: str) -> None:
        if self.source is not None:
            self.picker.select(self.source)  # the model that worked keeps answering
        self.failed.emit(reason)
        self.status_changed.emit()

    def status(self) -> str:
        if self.loading is not None:
            return self.tr("Loading {name}…").format(name=self.loading.name)
        if self.loaded is None:
            return (self.tr("No trained model yet. Train one in step 3, or choose a model file.")
                    if self.picker.current_path() is None else self.tr("No model loaded."))
        meta = self.loaded.metadata
        size = QLocale().toString(meta.image_size)
        return self.tr("Classes: {classes} · photos seen at {size} × {size} pixels · from "
                       "{source}").format(classes=", ".join(meta.class_names), size=size,
                                          source=self.source.name)
