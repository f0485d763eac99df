"""Exporting a trained model for use elsewhere: ``.keras``, TensorFlow SavedModel, TFLite.

Every export takes plain RGB photos (0–255, the model's square size) and
gives class probabilities, and comes with a labels file, one class per line.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from core.errors import CoreError
from core.model_files import LABELS_FILE, METADATA_FILE, LoadedModel, write_text_atomic

FORMATS = ("keras", "savedmodel", "tflite")
_SUFFIX = {"keras": ".keras", "tflite": ".tflite"}


class ExportError(CoreError):
    """The model could not be exported."""


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: Path
    labels: Path
    files: tuple[Path, ...]


def export_model(loaded: LoadedModel, format: str, out: str | Path, *,
                 overwrite: bool = False) -> ExportResult:
    """Export `loaded` to `out` as ``"keras"``, ``"savedmodel"`` (a folder) or ``"tflite"``.

    The labels file sits beside a ``.keras``/``.tflite`` file as
    ``<name>.labels.txt`` and inside a SavedModel folder as ``labels.txt``. An
    existing `out` is replaced only when `overwrite` is True; the new export is
    built under a temporary name first, so a failed export changes nothing.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}. Received: format={format!r}")
    out = Path(out).expanduser()
    if format in _SUFFIX and out.suffix.lower() != _SUFFIX[format]:
        out = out.with_name(out.name + _SUFFIX[format])
    if out.exists() and not overwrite:
        raise ExportError(f"{out} already exists; choose another name.")
    labels_text = "\n".join(loaded.class_names) + "\n"
    metadata_text = json.dumps(loaded.metadata.to_dict(), indent=2, ensure_ascii=False) + "\n"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".export-", dir=out.parent) as work:
            work = Path(work)
            if format == "savedmodel":
                staged = work / "savedmodel"
                _save_savedmodel(loaded, staged)
                (staged / LABELS_FILE).write_text(labels_text, encoding="utf-8")
                (staged / METADATA_FILE).write_text(metadata_text, encoding="utf-8")
                if out.exists():
                    shutil.rmtree(out) if out.is_dir() else out.unlink()
                os.replace(staged, out)
                labels = out / LABELS_FILE
                files = (out, labels)
            else:
                staged = work / ("model" + _SUFFIX[format])
                if format == "keras":
                    loaded.predictor.save(staged)
                else:
                    staged.write_bytes(_tflite_bytes(loaded, work))
                os.replace(staged, out)
                labels = out.with_name(out.stem + ".labels.txt")
                write_text_atomic(labels, labels_text)
                metadata = out.with_suffix(".json")
                write_text_atomic(metadata, metadata_text)
                files = (out, labels, metadata)
    except OSError as error:
        raise ExportError(f"The model could not be exported to {out}: "
                          f"{error.strerror or error}.") from error
    return ExportResult(format, out, labels, files)


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
        detail = " ".join(str(error).split())[:300]
        raise ExportError(f"TensorFlow Lite could not convert this model ({detail}).") from error
