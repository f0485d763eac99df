"""Exporting a trained model for use elsewhere: ``.keras``, TensorFlow SavedModel, TFLite.

Every export takes plain RGB photos (0–255, the model's square size) and
gives class probabilities, and comes with a labels file, one class per line,
and a README (`core.export_readme`: the input, how a photo is resized, a Python
example), all put in place together or not at all.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from core.atomic import (
    claimed,
    make_staging_folder,
    place_folder,
    replace_together,
    write_text_atomic,
)
from core.errors import CoreError
from core.export_readme import README_NAME, readme_path, readme_text
from core.messages import QT_TRANSLATE_NOOP, say
from core.model_files import LABELS_FILE, METADATA_FILE, LoadedModel, labels_text, metadata_json

FORMATS = ("keras", "savedmodel", "tflite")
_SUFFIX = {"keras": ".keras", "tflite": ".tflite"}
# What Keras' SavedModel export and this module put in a SavedModel folder. A folder
# holding anything else is not (only) an earlier export, so it is never replaced.
_SAVEDMODEL_FILES = {"saved_model.pb", "fingerprint.pb", LABELS_FILE, METADATA_FILE,
                     README_NAME}
_SAVEDMODEL_FOLDERS = {"variables", "assets"}


class ExportError(CoreError):
    """The model could not be exported."""


class ExportExistsError(ExportError):
    """The export or a file beside it already exists and replacing it was not asked for."""

    def __init__(self, message: str, paths: tuple[Path, ...]) -> None:
        self.paths = paths
        super().__init__(message)


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: Path
    labels: Path
    files: tuple[Path, ...]
    readme: Path | None = None  # what another program needs to get the app's answers


def export_model(loaded: LoadedModel, format: str, out: str | Path, *,
                 overwrite: bool = False) -> ExportResult:
    """Export `loaded` to `out` as ``"keras"``, ``"savedmodel"`` (a folder) or ``"tflite"``.

    The labels file sits beside a ``.keras``/``.tflite`` file as
    ``<name>.labels.txt`` (with the metadata as ``<name>.json`` and the README as
    ``<name>.README.txt``) and inside a SavedModel folder as ``labels.txt`` (with
    ``metadata.json`` and ``README.txt``). A ``.keras``/``.tflite`` suffix is
    written in the lower case Keras and TFLite expect.

    When `out` or one of its side files exists, nothing is written unless
    `overwrite` is True; even then a folder is replaced only when it holds an
    earlier SavedModel export and nothing else. The new export is built under
    a temporary name first and swapped in at the end, so a failed export
    changes nothing.

    Raises:
        ExportExistsError: something is in the way and `overwrite` is False.
        ExportError: the export cannot or could not be written; nothing was changed.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}. Received: format={format!r}")
    out = _export_path(format, out)
    readme = readme_path(format, out)
    if format == "savedmodel":
        labels_path, metadata_path = out / LABELS_FILE, out / METADATA_FILE
        targets: tuple[Path, ...] = (out,)
        files = (out, labels_path, readme)
    else:
        labels_path = out.with_name(out.stem + ".labels.txt")
        metadata_path = out.with_suffix(".json")
        targets = files = (out, labels_path, metadata_path, readme)
    # Before the lock: nothing is created for an export that is refused anyway.
    _check_targets(format, out, targets, overwrite)
    labels = labels_text(loaded.class_names)
    metadata = metadata_json(loaded.metadata)
    side_texts = {"labels": labels, "metadata": metadata,
                  "readme": readme_text(loaded, format, out)}
    created: list[Path] = []
    try:
        _make_folders(out.parent, created)
        # Held while the export is written: a second export to the same name waits its
        # turn or is refused, and what a killed export left half-done is put right first.
        with claimed(out, "export"):
            _check_targets(format, out, targets, overwrite)  # again: we now hold the place
            staging = make_staging_folder(out)
            try:
                _write_export(loaded, format, out, staging, side_texts,
                              labels_path, metadata_path, readme)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except BaseException as error:
        _remove_empty_folders(created)
        if isinstance(error, CoreError) or not isinstance(error, Exception):
            raise
        raise ExportError(say(QT_TRANSLATE_NOOP(
            "core", "The model could not be exported to {out}: {reason}. Nothing was changed."),
            out=out, reason=_reason(error))) from error
    return ExportResult(format, out, labels_path, files, readme)


def _write_export(loaded: LoadedModel, format: str, out: Path, staging: Path,
                  texts: dict[str, str], labels_path: Path, metadata_path: Path,
                  readme: Path) -> None:
    """Build the export in `staging` (beside `out`, ours), then put it in place all at once."""
    if format == "savedmodel":
        folder = staging / "savedmodel"
        _save_savedmodel(loaded, folder)
        write_text_atomic(folder / LABELS_FILE, texts["labels"])
        write_text_atomic(folder / METADATA_FILE, texts["metadata"])
        write_text_atomic(folder / README_NAME, texts["readme"])
        # One rename swaps a whole earlier export out, checked again once aside.
        place_folder(folder, out, lambda earlier: _check_earlier_savedmodel(earlier, out))
        return
    model = staging / ("model" + _SUFFIX[format])
    if format == "keras":
        loaded.predictor.save(model)
    else:
        model.write_bytes(_tflite_bytes(loaded, staging))
    write_text_atomic(staging / "labels.txt", texts["labels"])
    write_text_atomic(staging / "metadata.json", texts["metadata"])
    write_text_atomic(staging / README_NAME, texts["readme"])
    replace_together([(model, out), (staging / "labels.txt", labels_path),
                      (staging / "metadata.json", metadata_path),
                      (staging / README_NAME, readme)], staging)



def _export_path(format: str, out: str | Path) -> Path:
    out = Path(out).expanduser()
    if out.name in ("", ".", ".."):
        out = Path(os.path.abspath(out))
    if not out.name:
        raise ExportError(say(QT_TRANSLATE_NOOP(
            "core", "{out} is not a name an export can take; choose a file name."), out=out))
    if format in _SUFFIX:
        suffix = _SUFFIX[format]
        # Keras loads only files ending exactly in ".keras": "Model.KERAS" becomes "Model.keras".
        if out.suffix.lower() == suffix:
            out = out.with_suffix(suffix)
        else:
            out = out.with_name(out.name + suffix)
    return out


def _check_targets(format: str, out: Path, targets: tuple[Path, ...], overwrite: bool) -> None:
    existing = tuple(path for path in targets if os.path.lexists(path))
    if not existing:
        return
    if not overwrite:
        raise ExportExistsError(_exists_message(out, existing), existing)
    for path in existing:
        if format == "savedmodel":
            _check_earlier_savedmodel(path)
        elif path.is_dir() and not path.is_symlink():
            raise ExportError(say(QT_TRANSLATE_NOOP(
                "core", "{path} is a folder; an export replaces only a file there. Choose "
                "another name."), path=path))


def _exists_message(out: Path, existing: tuple[Path, ...]) -> str:
    beside = [str(path) for path in existing if path != out]
    if out in existing:
        if beside:
            return say(QT_TRANSLATE_NOOP(
                "core", "{out} already exists (and so does {beside}); choose another name."),
                out=out, beside=" and ".join(beside))
        return say(QT_TRANSLATE_NOOP("core", "{out} already exists; choose another name."),
                   out=out)
    return say(QT_TRANSLATE_NOOP(
        "core", "{beside} already exists, and an export to {out} would replace it; choose "
        "another name.") if len(beside) == 1 else QT_TRANSLATE_NOOP(
        "core", "{beside} already exist, and an export to {out} would replace them; choose "
        "another name."), beside=" and ".join(beside), out=out)


def _check_earlier_savedmodel(folder: Path, shown_as: Path | None = None) -> None:
    """Raise unless `folder` is empty or holds an earlier SavedModel export and nothing else."""
    refusal = _not_an_earlier_savedmodel(folder)
    if refusal:
        raise ExportError(say(QT_TRANSLATE_NOOP(
            "core", "{folder} is not an earlier SavedModel export ({refusal}); only one is ever "
            "replaced. Choose another name."), folder=shown_as or folder, refusal=refusal))


def _not_an_earlier_savedmodel(folder: Path) -> str:
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode):
        return QT_TRANSLATE_NOOP("core", "it is a link")
    if not stat.S_ISDIR(info.st_mode):
        return QT_TRANSLATE_NOOP("core", "it is a file")
    entries = {entry.name: entry for entry in os.scandir(folder)}
    if not entries:
        return ""  # an empty folder holds nothing to lose
    unexpected = sorted(name for name, entry in entries.items() if not (
        (name in _SAVEDMODEL_FILES and entry.is_file(follow_symlinks=False))
        or (name in _SAVEDMODEL_FOLDERS and entry.is_dir(follow_symlinks=False))))
    if unexpected:
        if len(unexpected) > 3:
            return say(QT_TRANSLATE_NOOP("core", "it also holds {names} and {count} more"),
                       names=", ".join(unexpected[:3]), count=len(unexpected) - 3)
        return say(QT_TRANSLATE_NOOP("core", "it also holds {names}"),
                   names=", ".join(unexpected))
    if "saved_model.pb" not in entries:
        return QT_TRANSLATE_NOOP("core", "it has no saved_model.pb")
    if "variables" in entries:
        for entry in os.scandir(folder / "variables"):
            if not (entry.is_file(follow_symlinks=False) and (
                    entry.name == "variables.index" or entry.name.startswith("variables.data-"))):
                return say(QT_TRANSLATE_NOOP("core", "its variables folder also holds {name}"),
                           name=entry.name)
    if "assets" in entries and any(os.scandir(folder / "assets")):
        return QT_TRANSLATE_NOOP("core", "its assets folder is not empty")
    return ""


def _make_folders(folder: Path, created: list[Path]) -> None:
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir()
        created.append(folder)


def _remove_empty_folders(created: list[Path]) -> None:
    for folder in reversed(created):
        try:
            folder.rmdir()  # only ever an empty folder this export made
        except OSError:
            return


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    if "No space left" in text:
        return QT_TRANSLATE_NOOP("core", "the disk is full")
    if isinstance(error, MemoryError) or type(error).__name__ == "ResourceExhaustedError":
        return QT_TRANSLATE_NOOP("core", "the computer ran out of memory or disk space")
    return text[:300] or type(error).__name__


def _save_savedmodel(loaded: LoadedModel, folder: Path) -> None:
    # Keras' export writes the inference graph (augmentation off) with a `serve` endpoint.
    loaded.predictor.export(str(folder), format="tf_saved_model", verbose=False)


def _tflite_bytes(loaded: LoadedModel, work: Path) -> bytes:
    import tensorflow as tf

    saved = work / "for-tflite"
    _save_savedmodel(loaded, saved)
    converter = tf.lite.TFLiteConverter.from_saved_model(str(saved))
    try:
        return converter.convert()
    except Exception as error:  # the converter raises ConverterError and others
        if type(error).__name__ == "ResourceExhaustedError":
            raise  # not the model's fault: reported as the lack of space it is
        detail = " ".join(str(error).split())[:300]
        raise ExportError(say(QT_TRANSLATE_NOOP(
            "core", "TensorFlow Lite could not convert this model ({detail})."),
            detail=detail)) from error
