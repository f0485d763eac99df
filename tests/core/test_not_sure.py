""""Not sure": an unsure band for two classes, a floor for more, in the engine, CSV and --json."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.evaluation import UNSURE, decide
from tests.core.test_cli import _run

# Solid photos whose red level sets the two-class answer: P(second) = sigmoid(0.1·R − 12.8).
RED_LEVELS = {"sure-first": 40, "unsure-low": 125, "unsure-high": 131, "sure-second": 200}


def _model(folder: Path, class_names: tuple[str, ...]) -> Path:
    """A run of a classifier on the mean colour of 8 × 8 photos, with weights chosen by hand."""
    import keras

    from core.model_files import ModelMetadata, save_model

    inputs = keras.Input((8, 8, 3), name="image")
    binary = len(class_names) == 2
    dense = keras.layers.Dense(1 if binary else len(class_names),
                               activation="sigmoid" if binary else "softmax")
    outputs = dense(keras.layers.GlobalAveragePooling2D()(inputs))
    model = keras.Model(inputs, outputs)
    if binary:
        dense.set_weights([np.array([[0.1], [0.0], [0.0]]), np.array([-12.8])])
    else:
        dense.set_weights([np.eye(3) * 0.05, np.zeros(3)])
    save_model(model, ModelMetadata(class_names, 8), folder)
    return folder


def _photo(folder: Path, name: str, rgb: tuple[int, int, int]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    Image.new("RGB", (8, 8), rgb).save(path)
    return path


@pytest.fixture
def two_classes(tmp_path) -> tuple[Path, dict[str, Path]]:
    run = _model(tmp_path / "run", ("alpaca", "not alpaca"))
    photos = {name: _photo(tmp_path / "photos", name, (red, 0, 0))
              for name, red in RED_LEVELS.items()}
    return run, photos


def test_decide_answers_not_sure_inside_the_band_and_under_the_floor():
    second = np.array([0.1, 0.4, 0.5, 0.59, 0.6, 0.9])
    two = np.stack([1 - second, second], axis=1)
    assert decide(two, 0.5).tolist() == [0, 0, 1, 1, 1, 1]  # no band: always a class
    assert decide(two, 0.5, unsure_band=(0.4, 0.6)).tolist() == [
        0, UNSURE, UNSURE, UNSURE, 1, 1]
    three = np.array([[0.8, 0.1, 0.1], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6]])
    assert decide(three).tolist() == [0, 0, 2]
    assert decide(three, unsure_below=0.6).tolist() == [0, UNSURE, 2]
    with pytest.raises(ValueError, match="two classes"):
        decide(three, unsure_band=(0.4, 0.6))
    with pytest.raises(ValueError, match="band"):
        decide(two, unsure_below=0.6)
    with pytest.raises(ValueError, match="first below the second"):
        decide(two, unsure_band=(0.6, 0.4))


def test_predict_json_and_csv_say_not_sure_inside_the_band_with_the_probabilities_kept(
        two_classes, tmp_path):
    run, photos = two_classes
    answers = tmp_path / "answers.csv"
    status, out, err = _run("predict", run, *photos.values(), "--unsure-band", 0.4, 0.6,
                            "--csv", answers, "--json")
    assert status == 0, err
    records = {Path(r["path"]).stem: r for r in json.loads(out)}
    for name in ("unsure-low", "unsure-high"):
        record = records[name]
        assert record["label"] is None and record["unsure"] is True
        assert record["probability"] is None
        probabilities = record["probabilities"]
        assert set(probabilities) == {"alpaca", "not alpaca"}
        assert 0.4 <= probabilities["not alpaca"] < 0.6
        assert probabilities["alpaca"] + probabilities["not alpaca"] == pytest.approx(1)
    assert records["sure-first"]["label"] == "alpaca" and not records["sure-first"]["unsure"]
    assert records["sure-second"]["label"] == "not alpaca"
    rows = {Path(r["path"]).stem: r for r in csv.DictReader(io.StringIO(answers.read_text()))}
    assert rows["unsure-low"]["label"] == "" and rows["unsure-low"]["unsure"] == "true"
    assert float(rows["unsure-low"]["p(not alpaca)"]) == pytest.approx(
        records["unsure-low"]["probabilities"]["not alpaca"], abs=1e-6)
    assert rows["sure-second"]["label"] == "not alpaca" and rows["sure-second"]["unsure"] == \
        "false"

    # Without the band every photo gets a class, as before.
    status, out, _err = _run("predict", run, *photos.values(), "--json")
    assert status == 0 and not any(r["unsure"] or r["label"] is None for r in json.loads(out))


def test_predict_text_says_not_sure_and_what_the_photo_is_most_like(two_classes):
    run, photos = two_classes
    status, out, err = _run("predict", run, photos["unsure-high"], "--unsure-band", 0.4, 0.6)
    assert status == 0, err
    assert "not sure (not alpaca 57.4%, alpaca 42.6%)" in out


def test_more_classes_say_not_sure_under_the_floor(tmp_path):
    run = _model(tmp_path / "run", ("daisy", "roses", "tulips"))
    grey = _photo(tmp_path / "photos", "grey", (100, 100, 100))  # a third for each class
    red = _photo(tmp_path / "photos", "red", (250, 0, 0))
    status, out, err = _run("predict", run, grey, red, "--unsure-below", 0.6, "--json")
    assert status == 0, err
    first, second = json.loads(out)
    assert first["label"] is None and first["unsure"] is True
    assert first["probabilities"] == pytest.approx({"daisy": 1 / 3, "roses": 1 / 3,
                                                    "tulips": 1 / 3}, abs=1e-5)
    assert second["label"] == "daisy" and second["unsure"] is False


def test_not_sure_settings_that_do_not_fit_the_model_are_plain_errors(two_classes, tmp_path):
    run, photos = two_classes
    status, out, err = _run("predict", run, photos["sure-first"], "--unsure-below", 0.6,
                            "--json")
    assert status == 1 and "two classes" in json.loads(out)["error"]
    status, out, err = _run("predict", run, photos["sure-first"], "--unsure-band", 0.4, 0.6,
                            "--threshold", 0.5, "--json")
    assert status == 2 and "not allowed with" in json.loads(out)["error"]
    status, out, _err = _run("predict", run, photos["sure-first"], "--unsure-band", 0.7, 0.3,
                             "--json")
    assert status == 1 and "first below the second" in json.loads(out)["error"]
    three = _model(tmp_path / "three", ("daisy", "roses", "tulips"))
    status, out, _err = _run("predict", three, photos["sure-first"], "--unsure-band", 0.4, 0.6,
                             "--json")
    assert status == 1 and "needs a model of two classes" in json.loads(out)["error"]


def test_help_explains_the_not_sure_flags():
    from core.cli import build_parser

    parser = build_parser()
    predict = parser._subparsers._group_actions[0].choices["predict"]
    text = predict.format_help()
    assert "--unsure-band LOW HIGH" in text and "--unsure-below P" in text
    assert "not sure" in text
