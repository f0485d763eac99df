"""What a model export is called and which files come with it, said before and after.

A ``.keras`` or ``.tflite`` export has two files beside it (``<name>.labels.txt``,
the class names, and ``<name>.json``, what the model needs to be used); a SavedModel
folder holds ``labels.txt`` and ``metadata.json``. The person is told both before
choosing the name and once the export is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.steps.predict.words import quoted
from core.photo_files import unique_name
from core.run_index import LABELS_FILE, METADATA_FILE

if TYPE_CHECKING:
    from core.export import ExportResult

EXPORT_SUFFIX = {"keras": ".keras", "tflite": ".tflite", "savedmodel": ""}
EXPORT_TITLES = {"keras": "Keras model", "tflite": "TensorFlow Lite model",
                 "savedmodel": "TensorFlow SavedModel folder"}
# Longer names (many classes, long class names) fall back to the workspace's name.
NAME_LIMIT = 48


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
        if not any(path.exists() for path in (candidate, *side_files(format, candidate))):
            return candidate
    raise AssertionError("unreachable")


def side_files(format: str, out: Path) -> tuple[Path, Path]:
    """The labels file and the metadata file an export to `out` writes."""
    if format == "savedmodel":
        return out / LABELS_FILE, out / METADATA_FILE
    stem = out.name[:-len(EXPORT_SUFFIX[format])] if out.name.lower().endswith(
        EXPORT_SUFFIX[format]) else out.name
    return out.with_name(stem + ".labels.txt"), out.with_name(stem + ".json")


def before_export(format: str, proposed: Path) -> str:
    """What is written, said before the person chooses where."""
    labels, metadata = side_files(format, proposed)
    if format == "savedmodel":
        return (f"Choose where to save the model as a {EXPORT_TITLES[format]}. Inside the "
                f"folder go {LABELS_FILE} (the class names, one a line) and {METADATA_FILE} "
                "(the class names, photo size and threshold), so other programs know what "
                "its answers mean.")
    return (f"Choose where to save the model as a {EXPORT_TITLES[format]}. Two files go "
            f"beside it: {labels.name} (the class names, one a line) and {metadata.name} "
            "(the class names, photo size and threshold), so other programs know what its "
            "answers mean.")


def after_export(result: ExportResult) -> str:
    """What was written, and where."""
    labels, metadata = side_files(result.format, result.path)
    if result.format == "savedmodel":
        return (f"Exported the model as the folder {result.path.name} in {result.path.parent}, "
                f"with {quoted([labels.name, metadata.name], 'and')} inside it.")
    return (f"Exported the model as {result.path.name} in {result.path.parent}, with "
            f"{quoted([labels.name, metadata.name], 'and')} beside it.")
