"""Hostile or unlucky input: a plain reason naming the file, never a traceback or a lost file."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.errors import ImageError, ModelFileError
from core.images import open_rgb
from core.run_index import METADATA_FILE, read_saved_run
from tests.core.test_cli import _assert_one_line_error, _run
from tests.core.tiny_runs import make_dataset

REPO = Path(__file__).resolve().parents[2]
NOT_UTF8 = os.fsdecode(b"\xff\xfe")  # what Python makes of a name with these bytes


def _tiny_classifier(activation: str | None = "sigmoid", outputs: int = 1):
    import keras

    inputs = keras.Input((8, 8, 3), name="image")
    x = keras.layers.Dense(outputs, activation=activation)(
        keras.layers.GlobalAveragePooling2D()(inputs))
    return keras.Model(inputs, x)


@pytest.fixture
def tiny_run(tmp_path) -> Path:
    from core.model_files import ModelMetadata, save_model

    folder = tmp_path / "run"
    save_model(_tiny_classifier(), ModelMetadata(("alpaca", "not alpaca"), 8), folder)
    return folder


def _photo(path: Path, seed: int = 0) -> Path:
    pixels = np.random.default_rng(seed).integers(0, 255, (12, 12, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path, format="PNG")
    return path


# -- names that are not UTF-8 -----------------------------------------------------------------
def test_check_json_of_a_folder_with_a_name_that_is_not_utf8_is_valid_json(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=3)
    _photo(root / "alpaca" / f"{NOT_UTF8}.png", seed=7)
    (root / "alpaca" / f"broken{NOT_UTF8}.jpg").write_bytes(b"")
    status, out, err = _run("check", root, "--json")
    assert status == 0, err
    document = json.loads(out.encode("utf-8"))  # encodes: no raw surrogate on stdout
    assert document["total"] == 7
    assert [s["path"] for s in document["skipped"]] == [
        str(root / "alpaca" / "broken\\xff\\xfe.jpg")]


def test_predict_json_and_csv_carry_a_name_that_is_not_utf8_losslessly(tiny_run, tmp_path):
    photos = tmp_path / "to predict"
    photos.mkdir()
    _photo(photos / "plain.png")
    _photo(photos / f"{NOT_UTF8}.png", seed=1)
    answers = tmp_path / "answers.csv"
    # A real process: its stdout must be UTF-8 and one JSON document.
    done = subprocess.run([sys.executable, "-m", "core.cli", "predict", str(tiny_run),
                           str(photos), "--json", "--csv", str(answers)], cwd=REPO,
                          capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    records = json.loads(done.stdout.decode("utf-8"))
    odd = next(r for r in records if "path_bytes_b64" in r)
    assert odd["path"].endswith("\\xff\\xfe.png") and "label" in odd
    assert base64.b64decode(odd["path_bytes_b64"]) == os.fsencode(photos / f"{NOT_UTF8}.png")
    assert [r for r in records if r is not odd][0].keys() >= {"path", "label", "probability"}
    rows = list(csv.DictReader(io.StringIO(answers.read_bytes().decode("utf-8"))))
    assert len(rows) == 2
    row = next(r for r in rows if r["path_bytes_b64"])
    assert base64.b64decode(row["path_bytes_b64"]) == os.fsencode(photos / f"{NOT_UTF8}.png")


def test_train_with_class_folders_named_oddly_saves_valid_labels(tmp_path):
    root = make_dataset(tmp_path / "photos", (f"cl{NOT_UTF8}", "two\nlines"), per_class=4)
    run = tmp_path / "run"
    status, out, err = _run("train", root, "--out", run, "--weights", "none",
                            "--frozen-epochs", 1, "--fine-tune-epochs", 0, "--image-size", 160,
                            "--batch-size", 8)
    assert status == 0, err[-3000:]
    labels = (run / "labels.txt").read_bytes().decode("utf-8").splitlines()
    assert labels == ["cl\\xff\\xfe", "two\\nlines"], "one line per class, escaped"
    assert read_saved_run(run).class_names == ("cl\\xff\\xfe", "two\\nlines")


def test_a_class_name_with_a_line_break_is_refused_in_the_app():
    from core.workspace import WorkspaceError, check_class_name

    for name in ("two\nlines", "tab\there", f"bytes{NOT_UTF8}"):
        with pytest.raises(WorkspaceError, match="line break|must be valid text"):
            check_class_name(name, ())


# -- metadata that is not what it should be ---------------------------------------------------
@pytest.mark.parametrize("change, words", [
    (lambda v: [v], "JSON list"),
    (lambda v: {**v, "training": None}, '"training" must be an object'),
    (lambda v: {**v, "threshold": float("nan")}, '"threshold" must be a number between 0'),
    (lambda v: {**v, "threshold": 7}, '"threshold" must be a number between 0'),
    (lambda v: {**v, "threshold": -1}, '"threshold"'),
    (lambda v: {**v, "class_names": "ab"}, '"class_names" must be a list'),
    (lambda v: {**v, "class_names": ["a", "a\nb"]}, "line break"),
    (lambda v: {**v, "image_size": "8"}, '"image_size"'),
])
def test_bad_metadata_is_a_plain_error_naming_the_field(tiny_run, tmp_path, change, words):
    path = tiny_run / METADATA_FILE
    values = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(change(values)), encoding="utf-8")
    from core.model_files import load_model

    with pytest.raises(ModelFileError) as caught:
        load_model(tiny_run)
    assert str(path) in str(caught.value) and words in str(caught.value)
    assert read_saved_run(tiny_run) is None, "not listed as a run"
    _photo(tmp_path / "p.png")
    status, out, err = _run("export", tiny_run, "--format", "keras", "--out", tmp_path / "ex")
    _assert_one_line_error(status, err, words)
    assert not (tmp_path / "ex.keras").exists(), "a bad threshold is never copied into exports"


# -- a model that does not give probabilities -------------------------------------------------
def test_a_foreign_model_with_a_logit_output_is_refused(tmp_path):
    from core.model_files import load_model

    path = tmp_path / "logits.keras"
    _tiny_classifier(activation=None).save(path)
    with pytest.raises(ModelFileError, match="does not give probabilities"):
        load_model(path)


def test_scores_outside_zero_and_one_are_never_shown_as_probabilities(tmp_path):
    import keras

    from core.model_files import load_model
    from core.prediction import predict_files

    inputs = keras.Input((8, 8, 3), name="image")
    x = keras.layers.Dense(1, activation="sigmoid")(keras.layers.GlobalAveragePooling2D()(inputs))
    path = tmp_path / "scaled.keras"
    # 2 to 302: a last layer with no activation to look at, only its answers tell.
    keras.Model(inputs, keras.layers.Rescaling(300.0, offset=2.0)(x)).save(path)
    loaded = load_model(path)
    with pytest.raises(ModelFileError, match="outside 0–1"):
        predict_files(loaded, [_photo(tmp_path / "p.png")])


# -- a .keras archive made to blow up ---------------------------------------------------------
def test_a_keras_file_whose_config_unpacks_to_100_mb_is_refused_before_keras_reads_it(
        tiny_run, tmp_path):
    from core.model_files import load_model

    bomb = tmp_path / "bomb.keras"
    with zipfile.ZipFile(tiny_run / "model.keras") as real, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in real.infolist():
            if item.filename != "config.json":
                out.writestr(item.filename, real.read(item))
        with out.open("config.json", "w") as config:
            for _ in range(100):
                config.write(b" " * 1_000_000)
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(ModelFileError, match="config.json unpacks to 100.0 MB"):
        load_model(bomb)


def test_a_keras_file_with_names_outside_the_archive_is_refused(tiny_run, tmp_path):
    from core.model_files import load_model

    evil = tmp_path / "evil.keras"
    with zipfile.ZipFile(tiny_run / "model.keras") as real, zipfile.ZipFile(evil, "w") as out:
        for item in real.infolist():
            out.writestr(item.filename, real.read(item))
        out.writestr("../../outside.txt", b"x")
    with pytest.raises(ModelFileError, match="points outside the archive"):
        load_model(evil)


# -- a pipe or a device where a file is expected ----------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_or_a_device_is_named_for_what_it_is(tiny_run, tmp_path):
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    with pytest.raises(ImageError, match="named pipe"):
        open_rgb(fifo)  # and never opened: reading it would wait forever
    with pytest.raises(ImageError, match="a device"):
        open_rgb("/dev/null")
    status, out, err = _run("predict", tiny_run, fifo, "/dev/null", "--json")
    reasons = [r["error"] for r in json.loads(out)]
    assert "named pipe" in reasons[0] and "device" in reasons[1], reasons
    assert not any("empty" in r for r in reasons)
    photos = make_dataset(tmp_path / "photos", per_class=2)
    status, out, err = _run("train", photos, "--out", tmp_path / "run2", "--weights", fifo)
    _assert_one_line_error(status, err, "named pipe")
    status, out, err = _run("predict", tiny_run, photos, "--csv", fifo, "--overwrite")
    _assert_one_line_error(status, err, "named pipe")


# -- the command line's own edges -------------------------------------------------------------
@pytest.mark.parametrize("argv", [["check", "--json"], ["train", "photos", "--json"],
                                  ["predict", "--json"], ["check", "x", "--json", "--bogus"]])
def test_argument_errors_under_json_still_print_one_json_document(argv):
    status, out, err = _run(*argv)
    assert status == 2
    assert json.loads(out)["error"]
    assert err.strip().splitlines()[-1].startswith("alpaca-studio: error: ")


def test_a_closed_stdout_is_a_quiet_failure_not_a_traceback(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=2)
    done = subprocess.run(f'"{sys.executable}" -m core.cli check "{root}" --json >&-',
                          shell=True, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "stdout" in done.stderr, done.stderr


def test_a_closed_stderr_does_not_spill_into_the_json(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=2)
    done = subprocess.run(f'"{sys.executable}" -m core.cli check "{root}" --json 2>&-',
                          shell=True, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert json.loads(done.stdout)["total"] == 4
