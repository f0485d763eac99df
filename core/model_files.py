"""Model files: a run folder holds ``model.keras`` and ``metadata.json``, both written atomically.

Loading uses Keras' safe mode (no code inside a model file is ever run) and
turns every way a file can be wrong into a `ModelFileError` a person can act on.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import keras

from core.atomic import settle, write_text_atomic
from core.errors import ModelFileError
from core.file_kinds import not_a_file_reason
from core.messages import QT_TRANSLATE_NOOP, say
from core.model import inference_model
from core.model_archive import check_keras_archive
from core.run_index import (
    COMPLETE_FILE,
    FORMAT_NAME,
    FORMAT_VERSION,
    LABELS_FILE,
    METADATA_FILE,
    MODEL_FILE,
    complete_marker,
    incomplete_run_reason,
    read_json,
    validate_metadata,
)
from core.safe_text import json_safe, label_text


@dataclass(frozen=True)
class ModelMetadata:
    """What a model file needs beside its weights to be used: class names, size, threshold."""

    class_names: tuple[str, ...]
    image_size: int
    threshold: float = 0.5
    created: str = ""
    training: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    dataset: dict = field(default_factory=dict)
    versions: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "class_names": list(self.class_names),
            "image_size": self.image_size,
            "threshold": self.threshold,
            "output": ("probability of class_names[1] (sigmoid)" if len(self.class_names) == 2
                       else "probability of each class (softmax)"),
            "input": f"RGB image, {self.image_size}×{self.image_size}, values 0–255",
            "created": self.created,
            "training": self.training,
            "metrics": self.metrics,
            "dataset": self.dataset,
            "versions": self.versions,
        }

    @classmethod
    def from_dict(cls, values: dict, source: Path) -> ModelMetadata:
        """The metadata in `values`, checked field by field (`ModelFileError` naming it)."""
        values = validate_metadata(values, source)
        return cls(tuple(values["class_names"]), values["image_size"], values["threshold"],
                   values["created"], values["training"], values["metrics"],
                   values["dataset"], values["versions"])


@dataclass(frozen=True)
class LoadedModel:
    model: keras.Model = field(repr=False)
    metadata: ModelMetadata
    path: Path  # the .keras file
    has_metadata: bool = True
    # The same weights without the augmentation layers: what predicts and exports.
    inference: keras.Model | None = field(default=None, repr=False, compare=False)

    @property
    def predictor(self) -> keras.Model:
        return self.inference if self.inference is not None else self.model

    @property
    def class_names(self) -> tuple[str, ...]:
        return self.metadata.class_names

    @property
    def image_size(self) -> int:
        return self.metadata.image_size


def library_versions() -> dict:
    import numpy
    import PIL
    import tensorflow

    return {"python": platform.python_version(), "tensorflow": tensorflow.__version__,
            "keras": keras.__version__, "numpy": numpy.__version__, "pillow": PIL.__version__}


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def save_model(model: keras.Model, metadata: ModelMetadata, out_dir: str | Path) -> Path:
    """Write ``model.keras``, ``metadata.json``, ``labels.txt`` and, last, the completion marker.

    Returns the model's path.

    Each file is written under a temporary name in `out_dir` and renamed into
    place, so a crash or a full disk never leaves a half-written model behind.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        model_path = out_dir / MODEL_FILE
        temporary = out_dir / f".model-{uuid.uuid4().hex}.keras"
        try:
            model.save(temporary)
            # Gone before any file changes, written last: meanwhile not a complete run.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(out_dir / COMPLETE_FILE)
            os.replace(temporary, model_path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        write_text_atomic(out_dir / METADATA_FILE, metadata_json(metadata))
        write_text_atomic(out_dir / LABELS_FILE, labels_text(metadata.class_names))
        write_text_atomic(out_dir / COMPLETE_FILE, complete_marker(out_dir))
    except OSError as error:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The model could not be saved in {folder}: {reason}."),
            folder=out_dir, reason=error.strerror or error)) from error
    return model_path


def metadata_json(metadata: ModelMetadata) -> str:
    """The metadata file's text: strict JSON, valid UTF-8 whatever the names."""
    return json.dumps(json_safe(metadata.to_dict()), indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"


def labels_text(class_names: tuple[str, ...]) -> str:
    """A labels file: one class per line, each written by `core.safe_text.label_text`."""
    labels = [label_text(name) for name in class_names]
    if len(set(labels)) != len(labels):
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "Two class names become the same label once written to a labels file "
            "({labels}); rename one of the class folders."), labels=", ".join(labels)))
    return "\n".join(labels) + "\n"


def load_model(path: str | Path, class_names: tuple[str, ...] | None = None) -> LoadedModel:
    """Load a run folder or a ``.keras`` file, with its metadata when there is some.

    Args:
        path: a run folder (holding ``model.keras``) or a ``.keras`` file.
        class_names: names to use when the file comes without metadata.

    Raises:
        ModelFileError: the file is missing, damaged, unsafe, or not an image classifier.
    """
    path = Path(path).expanduser()
    settle(path)  # a run or export a killed save left renamed aside comes back first
    model_path = path / MODEL_FILE if path.is_dir() else path
    if not os.path.lexists(model_path) or (
            model_path.is_symlink() and not model_path.exists()):
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "No model found in the folder {path}. Choose a run folder or a .keras file.")
            if path.is_dir() else QT_TRANSLATE_NOOP(
            "core", "No model found at {path}. Choose a run folder or a .keras file."),
            path=path))
    kind = not_a_file_reason(model_path)
    if kind:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is {kind}, not a model file. Choose a run folder or a .keras file."),
            path=model_path, kind=kind))
    _check_run_folder(model_path)
    if model_path.suffix != ".keras" or not zipfile.is_zipfile(model_path):
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is not a Keras model file (.keras), or it is damaged."),
            path=model_path))
    check_keras_archive(model_path)
    try:
        model = keras.saving.load_model(model_path, compile=False, safe_mode=True)
    except ValueError as error:
        if "safe_mode" in str(error) or "lambda" in str(error).lower():
            raise ModelFileError(say(QT_TRANSLATE_NOOP(
                "core", "{path} contains program code; Alpaca Studio does not run code from "
                "model files."), path=model_path)) from error
        raise ModelFileError(say(_NOT_LOADED, path=model_path, detail=_first_line(error))) \
            from error
    except Exception as error:  # Keras raises many kinds for a bad archive
        raise ModelFileError(say(_NOT_LOADED, path=model_path, detail=_first_line(error))) \
            from error
    metadata, has_metadata = _metadata_for(model_path, model, class_names)
    check_probability_output(model, model_path)
    return LoadedModel(model, metadata, model_path, has_metadata, inference_model(model))


def check_probability_output(model: keras.Model, model_path: Path) -> None:
    """Refuse a model whose last layer does not give probabilities (sigmoid or softmax).

    A model that ends in a plain layer gives scores of any size ("logits"); shown
    as probabilities they would read 228.1. Its output is also checked on every
    prediction (`core.prediction.predict_arrays`).
    """
    layer = _output_layer(model)
    activation = getattr(layer, "activation", None)
    name = getattr(activation, "__name__", "") if activation is not None else ""
    if type(layer).__name__ == "Softmax" or name in ("sigmoid", "softmax"):
        return
    if activation is None:
        return  # a layer of another kind: what it gives is checked on each prediction
    raise ModelFileError(say(QT_TRANSLATE_NOOP(
        "core", "{path} does not give probabilities: its last layer ({layer}) ends in a "
        "'{activation}' activation, not sigmoid or softmax, so its answers would not be between "
        "0 and 1. Add a sigmoid (one output) or softmax (several) layer and save it again."),
        path=model_path, layer=getattr(layer, "name", "?"), activation=name or "linear"))


def _output_layer(model: keras.Model):
    try:
        return model.outputs[0]._keras_history.operation
    except (AttributeError, IndexError, TypeError):
        return model.layers[-1] if model.layers else None


def _check_run_folder(model_path: Path) -> None:
    """A run folder whose saving did not finish is not a model to use."""
    metadata = model_path.parent / METADATA_FILE
    if model_path.name != MODEL_FILE or not metadata.is_file():
        return
    try:
        values = read_json(metadata)
    except OSError:
        return
    if not isinstance(values, dict) or values.get("format") != FORMAT_NAME:
        return
    values = validate_metadata(values, metadata)
    reason = incomplete_run_reason(model_path.parent, values)
    if reason:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{folder} is not a complete run ({reason}); train again or choose another "
            "run."), folder=model_path.parent, reason=reason))


def _metadata_for(model_path: Path, model: keras.Model,
                  class_names: tuple[str, ...] | None) -> tuple[ModelMetadata, bool]:
    input_shape = tuple(model.input_shape) if not isinstance(model.input_shape, list) else ()
    if len(input_shape) != 4 or input_shape[3] != 3 or input_shape[1] != input_shape[2] \
            or input_shape[1] is None:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is not an image classifier Alpaca Studio can use (it expects input "
            "of shape {shape}, not square RGB photos)."),
            path=model_path, shape=model.input_shape))
    outputs = model.output_shape[-1] if not isinstance(model.output_shape, list) else None
    if outputs is None:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} has several outputs; Alpaca Studio needs one."), path=model_path))
    num_classes = 2 if outputs == 1 else outputs
    candidates = [model_path.parent / METADATA_FILE, model_path.with_suffix(".json")]
    for candidate in candidates:
        if candidate.is_file():
            try:
                values = read_json(candidate)
            except OSError as error:
                raise ModelFileError(say(QT_TRANSLATE_NOOP(
                    "core", "The metadata file {path} cannot be read ({reason})."),
                    path=candidate, reason=error.strerror or error)) from error
            if not isinstance(values, dict):
                validate_metadata(values, candidate)  # says what it holds instead
            if values.get("format") != FORMAT_NAME:
                continue
            metadata = ModelMetadata.from_dict(values, candidate)
            if len(metadata.class_names) != num_classes:
                raise ModelFileError(say(QT_TRANSLATE_NOOP(
                    "core", "{metadata} names {names} classes but the model in {path} has "
                    "{outputs} outputs; they do not belong together."),
                    metadata=candidate, names=len(metadata.class_names), path=model_path,
                    outputs=num_classes))
            if metadata.image_size != input_shape[1]:
                raise ModelFileError(say(QT_TRANSLATE_NOOP(
                    "core", "{metadata} says the model takes {said} px photos but the model in "
                    "{path} takes {takes} px; they do not belong together."),
                    metadata=candidate, said=metadata.image_size, path=model_path,
                    takes=input_shape[1]))
            return metadata, True
    names = tuple(class_names) if class_names else tuple(
        f"class {i + 1}" for i in range(num_classes))
    if len(names) != num_classes:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The model in {path} has {classes} classes; {names} names were given."),
            path=model_path, classes=num_classes, names=len(names)))
    return ModelMetadata(names, int(input_shape[1])), False


_NOT_LOADED = QT_TRANSLATE_NOOP(
    "core", "{path} could not be loaded: it is damaged or was made by an incompatible program "
    "({detail}).")


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:300] if text else type(error).__name__
