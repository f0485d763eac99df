"""An export is run in its own runtime and answers like the app; its README example works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keras
import numpy as np
import pytest
from PIL import Image

from core.evaluation import evaluate_predictions
from core.export import export_model
from core.export_check import ExportCheck, ExportCheckError, check_export, validation_photos
from core.export_readme import readme_path, readme_text
from core.model_files import LoadedModel, ModelMetadata
from core.prediction import predict_files
from core.run_index import EVALUATION_FILE

SIZE = 32
_MARKER = "run: python predict.py photo.jpg\n\n"


def _loaded(class_names: tuple[str, ...], seed: int, folder: Path) -> LoadedModel:
    """A small convolutional classifier taking RGB 0–255 (exports in seconds, not minutes)."""
    keras.utils.set_random_seed(seed)
    inputs = keras.Input((SIZE, SIZE, 3), name="image")
    x = keras.layers.Rescaling(1 / 127.5, offset=-1)(inputs)
    x = keras.layers.Conv2D(8, 3, activation="relu")(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    binary = len(class_names) == 2
    x = keras.layers.Dense(1 if binary else len(class_names),
                           kernel_initializer=keras.initializers.RandomNormal(0, 3))(x)
    outputs = keras.layers.Activation("sigmoid" if binary else "softmax")(x)
    return LoadedModel(keras.Model(inputs, outputs), ModelMetadata(class_names, SIZE),
                       folder / "model.keras")


def _photos(folder: Path, count: int) -> list[Path]:
    """Photos of several sizes and kinds: large JPEGs (read at reduced scale), PNGs, turned ones."""
    folder.mkdir(parents=True, exist_ok=True)
    photos = []
    for i in range(count):
        rng = np.random.default_rng(i)
        height, width = (300, 200) if i % 2 else (90, 130)
        pixels = rng.integers(0, 255, (height, width, 3), dtype=np.uint8)
        pixels[: height // 2] //= 1 + i % 4  # a darker top: answers spread out
        path = folder / f"photo-{i:02d}{'.jpg' if i % 3 else '.png'}"
        exif = Image.Exif()
        if i % 5 == 0:
            exif[0x0112] = 6
        Image.fromarray(pixels).save(path, exif=exif)
        photos.append(path)
    return photos


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("export-check")


@pytest.fixture(scope="module")
def binary(work) -> LoadedModel:
    return _loaded(("alpaca", "not alpaca"), 1, work / "binary-run")


@pytest.fixture(scope="module")
def flowers(work) -> LoadedModel:
    return _loaded(("daisy", "roses", "tulips"), 2, work / "flowers-run")


@pytest.fixture(scope="module")
def photos(work) -> list[Path]:
    return _photos(work / "photos", 12)


@pytest.mark.parametrize("format", ["tflite", "savedmodel", "keras"])
def test_each_export_answers_every_photo_like_the_app(binary, photos, tmp_path, format):
    result = export_model(binary, format, tmp_path / "classifier")
    check = check_export(binary, format, result.path, photos)
    assert check == ExportCheck(12, 12, check.max_probability_difference, ())
    assert check.all_same
    assert 0.0 <= check.max_probability_difference <= 0.01
    assert check.summary().startswith("12 of 12 photos get the same answer as in Alpaca Studio "
                                      "(largest difference ")


def test_an_export_that_answers_differently_is_named_photo_by_photo(
        binary, photos, tmp_path, work):
    # The same model with its decision moved to the middle of its answers: the photos
    # on one side of it get the other label, as an export gone wrong would give them.
    app = predict_files(binary, photos)
    logits = np.log([p.probabilities[1] / p.probabilities[0] for p in app])
    model = keras.models.clone_model(binary.model)
    model.set_weights(binary.model.get_weights())
    last = model.layers[-2]
    kernel, bias = last.get_weights()
    last.set_weights([kernel, bias - np.median(logits) - 1e-3])
    other = LoadedModel(model, binary.metadata, work / "other-run" / "model.keras")
    result = export_model(other, "tflite", tmp_path / "other")
    theirs = predict_files(other, photos)
    expected = tuple(a.path for a, b in zip(app, theirs) if a.label != b.label)
    assert 0 < len(expected) < 12
    check = check_export(binary, "tflite", result.path, photos)
    assert check.differing == expected
    assert check.same_label == 12 - len(expected) and not check.all_same
    assert check.max_probability_difference > 0.01
    assert "answers differently for " + expected[0].name in check.summary()
    assert check.to_dict()["same_label"] == check.same_label


def test_the_runs_validation_photos_are_the_ones_checked_and_unreadable_ones_are_counted_out(
        binary, photos, tmp_path):
    run = binary.path.parent
    run.mkdir(parents=True, exist_ok=True)
    missing = tmp_path / "moved away.jpg"
    listed = [*photos[:5], missing]
    evaluation = evaluate_predictions(binary.class_names, listed, [0, 1, 0, 1, 0, 1],
                                      np.full((6, 2), 0.5))
    (run / EVALUATION_FILE).write_text(json.dumps(evaluation.to_dict()), encoding="utf-8")
    assert validation_photos(binary) == listed
    result = export_model(binary, "savedmodel", tmp_path / "classifier")
    check = check_export(binary, "savedmodel", result.path)
    assert (check.photos, check.same_label, check.unreadable) == (5, 5, (missing,))


def test_a_keras_file_that_plain_keras_cannot_load_is_an_error_not_a_pass(
        binary, photos, tmp_path):
    damaged = tmp_path / "classifier.keras"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExportCheckError, match="does not load in plain Keras"):
        check_export(binary, "keras", damaged, photos[:2])


def _run_readme_example(readme: Path, folder: Path, photo: Path) -> list[str]:
    """Save the README's example as predict.py in `folder`, run it there on `photo`."""
    text = readme.read_text(encoding="utf-8")
    script = folder / "predict.py"
    script.write_text(text[text.index(_MARKER) + len(_MARKER):], encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(script), str(photo)], cwd=folder,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


@pytest.mark.parametrize(("format", "model"), [("tflite", "binary"), ("savedmodel", "flowers"),
                                               ("keras", "binary")])
def test_the_readme_example_gives_the_apps_answer(request, photos, tmp_path, format, model):
    loaded = request.getfixturevalue(model)
    result = export_model(loaded, format, tmp_path / "classifier")
    readme = result.readme  # written by the export itself, in its all-or-nothing swap
    assert readme == readme_path(format, result.path) and readme.parent == (
        result.path if format == "savedmodel" else tmp_path)
    assert readme in result.files
    assert readme.read_text(encoding="utf-8") == readme_text(loaded, format, result.path)
    text = readme.read_text(encoding="utf-8")
    assert f"{SIZE} x {SIZE} pixels, RGB, values 0-255" in text
    assert "stretched" in text and "EXIF" in text
    code = text[text.index(_MARKER) + len(_MARKER):]
    assert len(code.splitlines()) <= 30
    photo = photos[5]  # a large turned JPEG: read at reduced scale and turned, as the app does
    answer = predict_files(loaded, [photo])[0]
    # Where the README says: beside the file, or beside the SavedModel folder.
    printed = _run_readme_example(readme, tmp_path, photo)
    assert printed[0] == answer.label
    shown = [float(line.rsplit(": ", 1)[1].rstrip("%")) / 100 for line in printed[1:]]
    np.testing.assert_allclose(shown, answer.probabilities, atol=1e-4)


@pytest.mark.slow
def test_a_real_models_tflite_answers_sixty_validation_photos_like_the_app(
        trained_run, tmp_path, alpaca_dir):
    # SavedModel and .keras on the real run: tests/core/test_cli.py and
    # test_prediction_export.py; every format on 60 photos: benchmarks/bench_export_check.py.
    from core.dataset import check_dataset
    from core.model_files import load_model
    from core.split import split_dataset

    loaded = load_model(trained_run)
    report = check_dataset(alpaca_dir)
    split = split_dataset(report.photos)  # the reference split's validation photos
    photos = [report.photos[index].path for index in split.validation]
    assert len(photos) >= 60
    result = export_model(loaded, "tflite", tmp_path / "classifier")
    check = check_export(loaded, "tflite", result.path, photos)
    assert check.photos == len(photos) and check.all_same, check.summary()
    assert check.max_probability_difference <= 0.01
