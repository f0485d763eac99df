"""Heatmap files: the grayscale PNG of a heatmap, one per photo, as the command line writes them."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from core.atomic import write_bytes_atomic
from core.errors import CoreError, ImageError, TrainingCancelled
from core.heatmap import explain
from core.messages import QT_TRANSLATE_NOOP, say
from core.model_files import LoadedModel
from core.prediction import PredictProgress


def heatmap_png(evidence: np.ndarray) -> bytes:
    """A heatmap as a grayscale PNG: 255 where the evidence weighed most, 0 where it did not."""
    grey = np.clip(np.asarray(evidence, dtype=np.float32) * 255.0 + 0.5, 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(grey.astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


def write_heatmap_png(evidence: np.ndarray, path: str | Path) -> Path:
    """Write `heatmap_png(evidence)` to `path` atomically (never half a file)."""
    path = Path(path)
    try:
        write_bytes_atomic(path, heatmap_png(evidence))
    except OSError as error:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "The heatmap {path} could not be written: {reason}."),
            path=path, reason=error.strerror or error)) from error
    return path


@dataclass(frozen=True)
class HeatmapFile:
    """One photo's heatmap file, or why there is none."""

    photo: Path
    path: Path | None = None
    class_index: int | None = None
    error: str | None = None


def heatmap_file_names(photos: Sequence[str | Path]) -> list[str]:
    """``<photo stem>.heatmap.png`` for each photo; a name taken already gets `` (2)``, …

    Photos of the same name in different folders (or ``a.jpg`` and ``a.png``)
    each keep their own file; names are compared without case (Windows, macOS).
    """
    taken: set[str] = set()
    names = []
    for photo in photos:
        stem = Path(photo).stem
        name, number = f"{stem}.heatmap.png", 1
        while name.lower() in taken:
            number += 1
            name = f"{stem} ({number}).heatmap.png"
        taken.add(name.lower())
        names.append(name)
    return names


def write_heatmaps(
    loaded: LoadedModel,
    photos: Sequence[str | Path],
    out_dir: str | Path,
    class_index: int | None = None,
    *,
    class_indices: Sequence[int | None] | None = None,
    threshold: float | None = None,
    on_progress: Callable[[PredictProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[HeatmapFile]:
    """Write ``out_dir/<photo stem>.heatmap.png`` for each readable photo (`heatmap_png`).

    `class_index` None: each photo's map is for the class it is answered
    (at `threshold`, as `core.prediction.predict_files` decides). `class_indices`
    gives each photo its own class instead (None: the class it is answered). A photo that
    cannot be read gets its reason and no file; the others are still written.
    A file is never written over one of the `photos` themselves.

    Raises:
        CoreError: `out_dir` cannot be made or written in.
        TrainingCancelled: `should_stop` returned True.
    """
    out_dir = Path(out_dir).expanduser()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "The folder {folder} for the heatmaps could not be made: {reason}."),
            folder=out_dir, reason=error.strerror or error)) from error
    photos = [Path(photo) for photo in photos]
    if class_indices is None:
        class_indices = [class_index] * len(photos)
    elif len(class_indices) != len(photos):
        raise ValueError(f"class_indices must give one class per photo ({len(photos)}). "
                         f"Received: {len(class_indices)}")
    sources = {os.path.realpath(photo) for photo in photos}
    results = []
    named = zip(photos, heatmap_file_names(photos), class_indices)
    for done, (photo, name, wanted) in enumerate(named, start=1):
        target = out_dir / name
        if os.path.realpath(target) in sources:
            results.append(HeatmapFile(photo, error=say(QT_TRANSLATE_NOOP(
                "core", "its heatmap would replace the photo {target}; nothing was written"),
                target=target)))
        else:
            try:
                result = explain(loaded, photo, wanted, threshold=threshold)
                write_heatmap_png(result.map, target)
                results.append(HeatmapFile(photo, target, result.class_index))
            except ImageError as error:
                results.append(HeatmapFile(photo, error=error.reason))
        if on_progress is not None:
            on_progress(PredictProgress(done, len(photos)))
        if should_stop is not None and should_stop():
            raise TrainingCancelled(QT_TRANSLATE_NOOP("core", "Making heatmaps was cancelled."))
    return results


