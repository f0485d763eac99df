"""What a model export is called, which files come with it, and whether it answers like the app.

A ``.keras`` or ``.tflite`` export has three files beside it (``<name>.labels.txt``,
the class names, ``<name>.json``, what the model needs to be used, and
``<name>.README.txt``, how another program gets the app's answers); a SavedModel
folder holds ``labels.txt``, ``metadata.json`` and ``README.txt``. The person is
told before choosing the name and once the export is written. Every export is then
run in its own runtime on the run's validation photos (`export_and_check_job`, off
the GUI thread) and the result said in plain words; a label that differs is an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.i18n import engine_text
from app.job import Job
from app.steps.predict.words import quoted, words
from core.photo_files import unique_name
from core.run_index import LABELS_FILE, METADATA_FILE

if TYPE_CHECKING:
    from core.export import ExportResult
    from core.export_check import ExportCheck
    from core.model_files import LoadedModel

README_FILE = "README.txt"  # as core.export_readme.README_NAME (that module imports Keras)

EXPORT_SUFFIX = {"keras": ".keras", "tflite": ".tflite", "savedmodel": ""}
CONTEXT = "ModelExport"
# Translated where shown (`export_title`).
EXPORT_TITLES = {"keras": QT_TRANSLATE_NOOP("ModelExport", "Keras model"),
                 "tflite": QT_TRANSLATE_NOOP("ModelExport", "TensorFlow Lite model"),
                 "savedmodel": QT_TRANSLATE_NOOP("ModelExport", "TensorFlow SavedModel folder")}
# Longer names (many classes, long class names) fall back to the workspace's name.
NAME_LIMIT = 48


def export_title(format: str) -> str:
    """"Keras model", "TensorFlow Lite model"… in the window's language."""
    return QCoreApplication.translate("ModelExport", EXPORT_TITLES[format])



def suggested_name(class_names: Sequence[str], workspace: Path | None) -> str:
    """A readable export name: "alpaca or not alpaca classifier", else "<workspace> classifier"."""
    if 2 <= len(class_names) <= 3:
        names = list(class_names)
        joined = " or ".join(names) if len(names) == 2 else \
            f"{', '.join(names[:-1])} or {names[-1]}"
        if len(joined) <= NAME_LIMIT - len(" classifier"):
            return f"{joined} classifier"
    if workspace is not None and workspace.name:
        return f"{workspace.name} classifier"
    return "my classifier"


def free_export_path(folder: Path, name: str, format: str) -> Path:
    """``folder/<name><suffix>``, or ``<name> (2)…`` when it or one of its side files is taken."""
    suffix = EXPORT_SUFFIX[format]
    for candidate in unique_name(folder, name + suffix):
        beside = (*side_files(format, candidate), readme_file(format, candidate))
        if not any(path.exists() for path in (candidate, *beside)):
            return candidate
    raise AssertionError("unreachable")


def side_files(format: str, out: Path) -> tuple[Path, Path]:
    """The labels file and the metadata file an export to `out` writes."""
    if format == "savedmodel":
        return out / LABELS_FILE, out / METADATA_FILE
    stem = out.name[:-len(EXPORT_SUFFIX[format])] if out.name.lower().endswith(
        EXPORT_SUFFIX[format]) else out.name
    return out.with_name(stem + ".labels.txt"), out.with_name(stem + ".json")


def readme_file(format: str, out: Path) -> Path:
    """The README an export to `out` writes (as `core.export_readme.readme_path`)."""
    if format == "savedmodel":
        return out / README_FILE
    stem = out.name[:-len(EXPORT_SUFFIX[format])] if out.name.lower().endswith(
        EXPORT_SUFFIX[format]) else out.name
    return out.with_name(f"{stem}.{README_FILE}")


def before_export(format: str, proposed: Path) -> str:
    """What is written, said before the person chooses where."""
    labels, metadata = side_files(format, proposed)
    readme = readme_file(format, proposed)
    if format == "savedmodel":
        text = QCoreApplication.translate(
            "ModelExport", "Choose where to save the model as a {kind}. Inside the folder go "
            "{labels} (the class names, one a line), {metadata} (the class names, photo size "
            "and threshold) and {readme} (how another program gets the same answers), so "
            "other programs know what its answers mean.")
        return text.format(kind=export_title(format), labels=LABELS_FILE,
                           metadata=METADATA_FILE, readme=README_FILE)
    text = QCoreApplication.translate(
        "ModelExport", "Choose where to save the model as a {kind}. Three files go beside it: "
        "{labels} (the class names, one a line), {metadata} (the class names, photo size and "
        "threshold) and {readme} (how another program gets the same answers), so other "
        "programs know what its answers mean.")
    return text.format(kind=export_title(format), labels=labels.name, metadata=metadata.name,
                       readme=readme.name)


def after_export(result: ExportResult) -> str:
    """What was written, and where."""
    labels, metadata = side_files(result.format, result.path)
    readme = readme_file(result.format, result.path)
    names = quoted([labels.name, metadata.name, readme.name], "and")
    how = QCoreApplication.translate(
        "ModelExport", "{readme} says how to use it in another program.").format(
        readme=readme.name)
    if result.format == "savedmodel":
        said = QCoreApplication.translate(
            "ModelExport", "Exported the model as the folder {name} in {folder}, with {files} "
            "inside it.")
    else:
        said = QCoreApplication.translate(
            "ModelExport", "Exported the model as {name} in {folder}, with {files} beside it.")
    return said.format(name=result.path.name, folder=result.path.parent, files=names) \
        + " " + how


@dataclass(frozen=True)
class CheckedExport:
    """An export written, and how its answers compared with the app's (or why they could not)."""

    export: ExportResult
    check: ExportCheck | None  # None when it could not be checked
    check_problem: str = ""  # why it could not be checked, in plain words

    @property
    def path(self) -> Path:
        return self.export.path

    @property
    def labels(self) -> Path:
        return self.export.labels

    @property
    def format(self) -> str:
        return self.export.format

    @property
    def same_answers(self) -> bool:
        """Every photo checked got the app's answer (False when nothing could be checked)."""
        return self.check is not None and self.check.all_same

    @property
    def differs(self) -> bool:
        """The export answers some photo differently: an error, never a footnote."""
        return self.check is not None and bool(self.check.differing)


CHECKING = "checking"  # the progress event of `export_and_check_job` once the file is written


def export_and_check_job(loaded: LoadedModel, format: str, out: Path, *,
                         overwrite: bool = False) -> Job:
    """Export `loaded`, then run the export in its own runtime on the run's validation photos.

    What is in the way is replaced only with `overwrite` (the user agreed); without
    it, the job fails with `core.export.ExportExistsError`. An export that cannot
    be run to check it stays written; the job returns why (`CheckedExport.check_problem`).
    """

    def job(on_progress, _should_stop):
        from core.export import export_model
        from core.export_check import ExportCheckError, check_export

        result = export_model(loaded, format, out, overwrite=overwrite)
        on_progress(CHECKING)
        try:
            return CheckedExport(result, check_export(loaded, format, result.path))
        except ExportCheckError as error:
            return CheckedExport(result, None, str(error))

    return job


def check_words(checked: CheckedExport) -> str:
    """The check's result as the page says it, e.g. "60 of 60 photos get the same answer…"."""
    if checked.check is None:
        return QCoreApplication.translate(
            "ModelExport", "It could not be checked: {problem} Do not rely on it before you have "
            "tried it.").format(problem=engine_text(checked.check_problem or ""))
    return check_summary(checked.check)


def _difference(value: float) -> str:
    """The largest difference of probability, as `core.export_check` writes it: "0.3%"."""
    percent = value * 100
    if percent >= 0.05 or percent == 0:
        return QCoreApplication.translate(
            "ModelExport", "{percent}%").format(percent=QLocale().toString(percent, "f", 1))
    return QCoreApplication.translate("ModelExport", "under 0.1%")


def check_summary(check: ExportCheck) -> str:
    """`ExportCheck.summary` in the window's language: "60 of 60 photos get the same answer…"."""
    if check.photos == 0 and not check.unreadable:
        return QCoreApplication.translate(
            "ModelExport", "The export could not be checked: this model has no validation photos "
            "saved with it (only a model in its run folder has them).")
    if check.photos == 0:
        return QCoreApplication.translate(
            "ModelExport", "The export could not be checked: none of the run's validation photos "
            "could be read (were they moved or deleted?).")
    same = QLocale().toString(check.same_label)
    difference = _difference(check.max_probability_difference)
    if not check.differing:
        return words().export_same(same, check.photos, difference)
    names = ", ".join(path.name for path in check.differing[:5])
    if len(check.differing) > 5:
        names = QCoreApplication.translate("ModelExport", "{names} and {more} more").format(
            names=names, more=QLocale().toString(len(check.differing) - 5))
    return words().export_differs(same, check.photos, difference, names)
