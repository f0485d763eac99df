"""Model files: a saved run loads back as the same classifier; a wrong file gets a plain error."""

from __future__ import annotations

import errno
import json
import shutil
import zipfile
from pathlib import Path

import keras
import numpy as np
import pytest

from core.errors import ModelFileError
from core.images import load_array
from core.model_files import (
    LABELS_FILE,
    METADATA_FILE,
    MODEL_FILE,
    ModelMetadata,
    load_model,
    save_model,
)
from core.prediction import predict_arrays
from core.run_index import COMPLETE_FILE
from core.runs import EVALUATION_FILE, delete_run, list_runs, read_evaluation
from tests.core.tiny_runs import binary_run, snapshot

RUN_FILES = {MODEL_FILE, METADATA_FILE, LABELS_FILE, EVALUATION_FILE, COMPLETE_FILE}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return binary_run(tmp_path_factory)


@pytest.fixture
def run_copy(run, tmp_path: Path) -> Path:
    """A copy of the saved run that a test may damage."""
    return Path(shutil.copytree(run.run_dir, tmp_path / "run"))


def _tiny_classifier(outputs: int = 1) -> keras.Model:
    inputs = keras.Input((8, 8, 3), name="image")
    x = keras.layers.Dense(outputs)(keras.layers.GlobalAveragePooling2D()(inputs))
    activation = "sigmoid" if outputs == 1 else "softmax"
    return keras.Model(inputs, keras.layers.Activation(activation)(x))


@pytest.fixture
def tiny_run(tmp_path: Path) -> Path:
    """A run folder saved like a real one, around a classifier that loads in no time."""
    folder = tmp_path / "tiny run"
    save_model(_tiny_classifier(), ModelMetadata(("alpaca", "not alpaca"), 8), folder)
    return folder


def _validation_images(run) -> np.ndarray:
    result = run.result
    paths = [result.report.photos[i].path for i in result.split.validation]
    return np.stack([load_array(p, (96, 96)) for p in paths]).astype(np.float32)


# -- a saved run -------------------------------------------------------------------------------
def test_a_saved_run_loads_back_with_the_same_predictions_and_names(run):
    loaded = load_model(run.run_dir)
    assert loaded.has_metadata
    assert loaded.class_names == ("alpaca", "not alpaca")
    assert loaded.image_size == 96
    assert loaded.path == run.run_dir / MODEL_FILE
    # The loaded model gives the trained model's scores on the validation photos.
    again = predict_arrays(loaded, _validation_images(run))
    trained = [p.probabilities for p in run.result.evaluation.predictions]
    np.testing.assert_allclose(again, trained, atol=1e-4)


def test_the_run_folder_holds_exactly_the_run_files(run):
    assert {p.name for p in run.run_dir.iterdir()} == RUN_FILES  # no temporary files left
    assert (run.run_dir / LABELS_FILE).read_text(encoding="utf-8").splitlines() == [
        "alpaca", "not alpaca"]


def test_the_metadata_describes_the_run(run):
    result = run.result
    values = json.loads((run.run_dir / METADATA_FILE).read_text(encoding="utf-8"))
    assert values["format"] == "alpaca-studio-model"
    assert values["class_names"] == ["alpaca", "not alpaca"]
    assert values["image_size"] == 96
    assert values["threshold"] == 0.5
    assert values["metrics"]["val_accuracy"] == pytest.approx(result.val_accuracy)
    assert values["metrics"]["total"] == len(result.split.validation)
    assert values["dataset"]["fingerprint"] == result.report.fingerprint
    assert values["dataset"]["counts"] == result.report.counts
    assert values["dataset"]["skipped"] == len(result.report.skipped)
    assert values["training"]["seed"] == 42
    assert values["training"]["frozen_epochs"] == 1
    assert len(values["training"]["history"]) == 2
    assert {"tensorflow", "keras", "python"} <= set(values["versions"])
    evaluation = read_evaluation(run.run_dir)
    assert evaluation["total"] == len(result.split.validation)
    assert evaluation["confusion_matrix"] == [list(r) for r in result.evaluation.confusion]


def test_saving_again_over_a_run_leaves_no_temporary_files(tiny_run: Path):
    save_model(_tiny_classifier(), ModelMetadata(("alpaca", "not alpaca"), 8), tiny_run)
    assert {p.name for p in tiny_run.iterdir()} == {MODEL_FILE, METADATA_FILE, LABELS_FILE,
                                                    COMPLETE_FILE}
    assert load_model(tiny_run).class_names == ("alpaca", "not alpaca")


def test_three_classes_save_and_load_with_their_names(tmp_path: Path):
    folder = tmp_path / "three"
    save_model(_tiny_classifier(3), ModelMetadata(("cat", "dog", "llama"), 8), folder)
    loaded = load_model(folder)
    assert loaded.class_names == ("cat", "dog", "llama")
    probabilities = predict_arrays(loaded, np.full((2, 8, 8, 3), 50.0, np.float32))
    assert probabilities.shape == (2, 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, atol=1e-6)


def test_a_save_that_fails_halfway_keeps_the_old_model(tiny_run: Path, monkeypatch):
    run_copy = tiny_run
    before = snapshot(run_copy)

    def disk_full(model, filepath, *args, **kwargs):
        Path(filepath).write_bytes(b"PK\x03\x04 half a model")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keras.Model, "save", disk_full)
    with pytest.raises(ModelFileError) as caught:
        save_model(_tiny_classifier(), ModelMetadata(("alpaca", "not alpaca"), 8), run_copy)
    assert "No space left on device" in str(caught.value)
    assert str(run_copy) in str(caught.value)
    assert snapshot(run_copy) == before


def test_runs_are_listed_and_only_runs_can_be_deleted(run, run_copy: Path):
    runs = list_runs(run_copy.parent)
    assert [r.path for r in runs] == [run_copy]
    assert runs[0].val_accuracy == pytest.approx(run.result.val_accuracy)
    assert runs[0].class_names == ("alpaca", "not alpaca")
    not_a_run = run_copy.parent / "holiday photos"
    not_a_run.mkdir()
    (not_a_run / "beach.jpg").write_bytes(b"keep me")
    with pytest.raises(ModelFileError, match="not a saved Alpaca Studio run"):
        delete_run(not_a_run)
    assert (not_a_run / "beach.jpg").read_bytes() == b"keep me"
    delete_run(run_copy)
    assert not run_copy.exists()


# -- files that are not (whole) models ---------------------------------------------------------
def test_a_missing_model_is_a_plain_error(tmp_path: Path):
    with pytest.raises(ModelFileError, match="No model found"):
        load_model(tmp_path / "nowhere" / "model.keras")
    with pytest.raises(ModelFileError, match="No model found in the folder"):
        load_model(tmp_path)


def test_a_text_file_named_keras_is_a_plain_error(tmp_path: Path):
    fake = tmp_path / "model.keras"
    fake.write_text("my shopping list\n", encoding="utf-8")
    with pytest.raises(ModelFileError, match="not a Keras model file"):
        load_model(fake)


def test_a_truncated_model_file_is_a_plain_error(tiny_run: Path):
    model = tiny_run / MODEL_FILE
    data = model.read_bytes()
    model.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError) as caught:
        load_model(tiny_run)
    assert str(model) in str(caught.value)
    assert "damaged" in str(caught.value)


def test_a_model_file_with_damaged_weights_is_a_plain_error(tiny_run: Path, tmp_path: Path):
    model = tiny_run / MODEL_FILE
    damaged = tmp_path / "damaged.keras"
    with zipfile.ZipFile(model) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data if not item.filename.endswith(".h5") else data[:1000])
    shutil.copyfile(damaged, model)
    with pytest.raises(ModelFileError, match="could not be loaded: it is damaged"):
        load_model(tiny_run)


def test_metadata_naming_the_wrong_number_of_classes_is_a_plain_error(tiny_run: Path):
    path = tiny_run / METADATA_FILE
    values = json.loads(path.read_text(encoding="utf-8"))
    values["class_names"] = ["alpaca", "llama", "camel"]
    path.write_text(json.dumps(values), encoding="utf-8")
    with pytest.raises(ModelFileError, match="names 3 classes but the model .* has 2 outputs"):
        load_model(tiny_run)


def test_metadata_naming_another_image_size_is_a_plain_error(tiny_run: Path):
    # Like a wrong class count: the pair does not belong together, and nothing may
    # only fail later, photo by photo, with a Keras shape message.
    path = tiny_run / METADATA_FILE
    values = json.loads(path.read_text(encoding="utf-8"))
    values["image_size"] = 96
    path.write_text(json.dumps(values), encoding="utf-8")
    with pytest.raises(ModelFileError, match="96"):
        load_model(tiny_run)


def test_damaged_metadata_is_a_plain_error(tiny_run: Path):
    (tiny_run / METADATA_FILE).write_text('{"format": "alpaca-studio-model", "class_n',
                                          encoding="utf-8")
    with pytest.raises(ModelFileError, match="metadata file .* is damaged"):
        load_model(tiny_run)


def test_a_model_file_without_metadata_gets_default_or_given_class_names(tiny_run: Path,
                                                                        tmp_path: Path):
    alone = tmp_path / "classifier.keras"
    shutil.copyfile(tiny_run / MODEL_FILE, alone)
    loaded = load_model(alone)
    assert not loaded.has_metadata
    assert loaded.class_names == ("class 1", "class 2")
    assert loaded.image_size == 8
    named = load_model(alone, class_names=("cat", "dog"))
    assert named.class_names == ("cat", "dog")
    with pytest.raises(ModelFileError, match="has 2 classes; 3 names were given"):
        load_model(alone, class_names=("cat", "dog", "bird"))


def test_a_model_with_program_code_is_refused(tmp_path: Path):
    inputs = keras.Input((8, 8, 3))
    outputs = keras.layers.Dense(1)(keras.layers.Lambda(lambda x: x * 2.0)(
        keras.layers.GlobalAveragePooling2D()(inputs)))
    path = tmp_path / "lambda.keras"
    keras.Model(inputs, outputs).save(path)
    with pytest.raises(ModelFileError, match="contains program code"):
        load_model(path)


def test_a_model_that_is_not_an_image_classifier_is_refused(tmp_path: Path):
    inputs = keras.Input((10,))
    path = tmp_path / "table.keras"
    keras.Model(inputs, keras.layers.Dense(1)(inputs)).save(path)
    with pytest.raises(ModelFileError, match="not an image classifier"):
        load_model(path)
