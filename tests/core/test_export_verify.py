"""``export --verify``: the export is run in its own runtime on the run's validation photos."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import core.export_check
from core.evaluation import evaluate_predictions
from core.model_files import save_model
from core.run_index import EVALUATION_FILE
from tests.core.test_export_check import _loaded, _photos
from tests.core.test_not_sure import _run


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    """A saved run whose evaluation lists 12 validation photos."""
    work = tmp_path_factory.mktemp("verify")
    loaded = _loaded(("alpaca", "not alpaca"), 1, work)
    folder = work / "run"
    save_model(loaded.model, loaded.metadata, folder)
    photos = _photos(work / "photos", 12)
    evaluation = evaluate_predictions(loaded.class_names, photos, [i % 2 for i in range(12)],
                                      np.full((12, 2), 0.5))
    (folder / EVALUATION_FILE).write_text(json.dumps(evaluation.to_dict()), encoding="utf-8")
    return folder


@pytest.mark.parametrize("format", ["tflite", "savedmodel"])
def test_verify_json_says_how_many_photos_get_the_same_answer(run, tmp_path, format):
    out = tmp_path / "classifier"
    status, text, err = _run("export", run, "--format", format, "--out", out, "--verify",
                             "--json")
    assert status == 0, err
    document = json.loads(text)
    verified = document["verified"]
    assert (verified["photos"], verified["same_label"]) == (12, 12)
    assert 0 <= verified["max_probability_difference"] <= 0.01
    readme = Path(document["readme"])
    assert readme.is_file() and str(readme) in document["files"]


def test_verify_text_says_it_in_words(run, tmp_path):
    status, text, err = _run("export", run, "--format", "tflite", "--out",
                             tmp_path / "classifier", "--verify")
    assert status == 0, err
    assert "12 of 12 photos get the same answer as in Alpaca Studio (largest difference " \
        in text
    assert "classifier.README.txt" in text


def test_an_export_answering_differently_fails_with_the_photos_counted(run, tmp_path,
                                                                         monkeypatch):
    real = core.export_check._run_tflite

    def wrong_half(path, images):  # a runtime that gets the second half of the photos wrong
        answers = real(path, images)
        answers[len(answers) // 2:] = 1.0 - answers[len(answers) // 2:]
        return answers

    monkeypatch.setattr(core.export_check, "_run_tflite", wrong_half)
    status, text, err = _run("export", run, "--format", "tflite", "--out",
                             tmp_path / "classifier", "--verify", "--json")
    verified = json.loads(text)["verified"]
    assert status == 1
    assert verified["photos"] == 12 and verified["same_label"] < 12
    assert "get another answer from the export" in err.strip().splitlines()[-1]


def test_without_verify_nothing_is_checked_and_the_readme_is_still_there(run, tmp_path):
    status, text, err = _run("export", run, "--format", "keras", "--out",
                             tmp_path / "classifier", "--json")
    assert status == 0, err
    document = json.loads(text)
    assert "verified" not in document
    assert Path(document["readme"]) == tmp_path / "classifier.README.txt"
    assert "keras.saving.load_model" in Path(document["readme"]).read_text(encoding="utf-8")


def test_verify_of_a_model_without_validation_photos_says_it_could_not_check(tmp_path):
    from tests.core.test_not_sure import _model

    bare = _model(tmp_path / "bare", ("alpaca", "not alpaca"))  # no evaluation saved with it
    status, text, err = _run("export", bare, "--format", "keras", "--out",
                             tmp_path / "classifier", "--verify", "--json")
    assert status == 1
    assert json.loads(text)["verified"]["photos"] == 0
    assert "could not be checked" in err.strip().splitlines()[-1]
    assert (tmp_path / "classifier.keras").is_file(), "the export itself stays"
