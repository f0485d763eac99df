"""Heatmaps for the window: made in a job, kept in memory, coloured to lie over the photo.

`heatmap_job(model, photo, class_index)` is a job for `app.worker` (the engine,
which imports TensorFlow, is imported inside it, in the worker's thread, so the
window never waits for TensorFlow). Its `HeatmapPicture` holds a see-through
colour picture of the photo's shape (`overlay_image`) for a painter to stretch
over the photo.

What was made is kept in `CACHE`, per photo (path, size and modification time),
model (its file and modification time) and class, bounded in bytes with the
least recently used going first; `cached(...)` reads it in the GUI thread, so
turning a heatmap off and on again, or coming back to a photo, is instant.

A model is a `core.model_files.LoadedModel` (a page that has one already) or the
path of a run folder or ``.keras`` file, loaded in the job the first time and kept
(the last `MODELS_KEPT`).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from app.engine import engine_loaded
from app.job import Job
from core.errors import CoreError

if TYPE_CHECKING:
    from core.model_files import LoadedModel

# A run folder, a .keras file, or a model a page has loaded already.
ModelSource = Union["LoadedModel", Path]
# The overlay's longer side in pixels. The model's map is a 5 × 5 grid stretched smoothly,
# so the screen stretching a small one looks the same as a full-size one.
MAP_SIDE = 256
CACHE_BYTES = 48 * 1024 * 1024  # about 190 overlays of 256 × 192
MODELS_KEPT = 2
# The colour scale, dark to bright (matplotlib's "inferno", five stops): brighter means
# it weighed more, in colour and in lightness alike, also for colour-blind eyes.
_STOPS = np.array([[0, 0, 4], [87, 16, 110], [188, 55, 84], [249, 142, 9], [252, 255, 164]],
                  np.float32)
# Where nothing counted the photo is dimmed a little; where it counted most the colour
# covers most of it.
ALPHA_LOW, ALPHA_HIGH = 0.3, 0.7


def _colour_table() -> np.ndarray:
    """256 RGBA rows: the colour and the opacity of each level of evidence."""
    levels = np.linspace(0.0, 1.0, 256, dtype=np.float32)
    where = levels * (len(_STOPS) - 1)
    low = np.minimum(where.astype(int), len(_STOPS) - 2)
    part = (where - low)[:, None]
    rgb = _STOPS[low] * (1 - part) + _STOPS[low + 1] * part
    alpha = (ALPHA_LOW + (ALPHA_HIGH - ALPHA_LOW) * levels) * 255
    return np.clip(np.column_stack([rgb, alpha]) + 0.5, 0, 255).astype(np.uint8)


_TABLE = _colour_table()


def overlay_image(evidence: np.ndarray) -> QImage:
    """A heatmap (``(height, width)`` in [0, 1]) as a see-through RGBA picture (any thread)."""
    levels = np.clip(np.asarray(evidence, np.float32) * 255 + 0.5, 0, 255).astype(np.uint8)
    pixels = np.ascontiguousarray(_TABLE[levels])
    height, width = levels.shape
    return QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


@dataclass(frozen=True)
class HeatmapPicture:
    """One photo's heatmap for one class, ready to paint."""

    photo: Path
    class_index: int  # the class the evidence is for
    answered: int  # the class the model answers for the photo (at the threshold asked)
    class_names: tuple[str, ...]
    probabilities: tuple[float, ...]
    overlay: QImage  # RGBA, the photo's shape (upright), at most MAP_SIDE on its longer side
    empty: bool  # nothing in the photo speaks for the class

    @property
    def class_name(self) -> str:
        return self.class_names[self.class_index]

    @property
    def nbytes(self) -> int:
        return self.overlay.sizeInBytes()


class HeatmapCache:
    """Heatmap pictures by (model, photo, class), the least recently used dropped first."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple, HeatmapPicture] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    @property
    def bytes(self) -> int:
        return self._bytes

    def get(self, key: tuple | None) -> HeatmapPicture | None:
        with self._lock:
            if key is None or key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: tuple | None, picture: HeatmapPicture) -> None:
        if key is None:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old.nbytes
            self._items[key] = picture
            self._bytes += picture.nbytes
            while self._bytes > self.max_bytes and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= dropped.nbytes

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0


CACHE = HeatmapCache()


def model_path(source: ModelSource) -> Path:
    """The model file of `source` (a run folder's ``model.keras``)."""
    if isinstance(source, Path):
        return source / "model.keras" if source.is_dir() else source
    return Path(source.path)


def _file_key(path: Path) -> tuple[str, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (os.path.abspath(path), info.st_mtime_ns, info.st_size)


def cache_key(source: ModelSource, photo: Path, class_index: int | None,
              threshold: float | None = None) -> tuple | None:
    """What a heatmap is kept under; None when the photo or the model file is not there.

    The same photo file, unchanged, under the same model file, unchanged, and the
    same class (None: the class answered, at `threshold`) gives the same key.
    """
    photo_key, model_key = _file_key(Path(photo)), _file_key(model_path(source))
    if photo_key is None:
        return None
    if model_key is None:  # a model not from a file (the tests): this very object
        model_key = ("in memory", id(source))
    return (model_key, photo_key, -1 if class_index is None else class_index,
            None if class_index is not None else threshold)


def cached(source: ModelSource | None, photo: Path, class_index: int | None,
           threshold: float | None = None) -> HeatmapPicture | None:
    """The heatmap made already, if any (cheap: for the GUI thread)."""
    if source is None:
        return None
    return CACHE.get(cache_key(source, photo, class_index, threshold))


# -- models given by path -------------------------------------------------------------------
_MODELS: OrderedDict[tuple, LoadedModel] = OrderedDict()
_MODELS_LOCK = threading.Lock()
# One heatmap at a time: on two cores a second one would only slow the first.
_COMPUTE_LOCK = threading.Lock()


def loaded_model(source: ModelSource) -> LoadedModel:
    """`source` as a loaded model; a path is loaded once and kept (in a job's thread only)."""
    if not isinstance(source, Path):
        return source
    if not model_path(source).exists():
        raise CoreError(QCoreApplication.translate(
            "HeatmapMaker", "The model of {name} is not there any more: it was moved or "
            "deleted.").format(name=source.name))
    from core.model_files import load_model

    key = _file_key(model_path(source)) or (str(source),)
    with _MODELS_LOCK:
        if key in _MODELS:
            _MODELS.move_to_end(key)
            return _MODELS[key]
        loaded = load_model(source)  # raises ModelFileError in plain words
        engine_loaded()
        _MODELS[key] = loaded
        while len(_MODELS) > MODELS_KEPT:
            _MODELS.popitem(last=False)
        return loaded


def make_heatmap(source: ModelSource, photo: Path, class_index: int | None = None, *,
                 threshold: float | None = None) -> HeatmapPicture:
    """The heatmap of `photo` for a class (None: the class answered), made now and kept.

    Raises:
        core.errors.ImageError: the photo cannot be read (its reason in plain words).
        core.errors.CoreError: the model cannot be loaded or cannot give heatmaps.
    """
    photo = Path(photo)
    key = cache_key(source, photo, class_index, threshold)
    picture = CACHE.get(key)
    if picture is not None:
        return picture
    loaded = loaded_model(source)
    from core.heatmap import explain_within

    engine_loaded()
    with _COMPUTE_LOCK:
        result = explain_within(loaded, photo, MAP_SIDE, class_index, threshold=threshold)
    names = tuple(loaded.class_names)
    probabilities = result.probabilities
    if len(names) == 2:
        cut = loaded.metadata.threshold if threshold is None else threshold
        answered = int(probabilities[1] >= cut)
    else:
        answered = int(np.argmax(probabilities))
    picture = HeatmapPicture(photo, result.class_index, answered, names, probabilities,
                             overlay_image(result.map), not bool(result.map.max() > 0))
    CACHE.put(key, picture)
    # Asked for "the answer", it is also the map of that class by name, and the other way.
    CACHE.put(cache_key(source, photo, result.class_index), picture)
    return picture


def heatmap_job(source: ModelSource, photo: Path, class_index: int | None = None, *,
                threshold: float | None = None) -> Job:
    """A job for `app.worker`: `make_heatmap` off the GUI thread."""

    def job(_on_progress, _should_stop):
        return make_heatmap(source, photo, class_index, threshold=threshold)

    return job


def warm_up_job(source: ModelSource) -> Job:
    """A job that builds the model's gradient step (seconds), so the first heatmap is quick."""

    def job(_on_progress, _should_stop):
        loaded = loaded_model(source)
        from core.heatmap import warm_up

        engine_loaded()
        with _COMPUTE_LOCK:
            warm_up(loaded)
        return loaded

    return job
