"""The command line: one JSON document with --json, plain one-line errors, no photo touched."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from core.cli import main
from core.images import load_array
from core.model_files import LABELS_FILE, METADATA_FILE, MODEL_FILE, load_model
from core.prediction import predict_arrays
from tests.badfiles import IGNORED_NAMES, PHOTOS_IN_FOLDER_JPG, SKIPPED_NAMES
from tests.core.tiny_runs import PER_CLASS, make_dataset, shared, snapshot
from tests.lite_runtime import lite_interpreter

REPO = Path(__file__).resolve().parents[2]
TRAIN_KEYS = {"val_accuracy", "val_accuracy_frozen", "seconds_frozen", "seconds_fine_tune",
              "total_seconds", "counts", "skipped"}


def _run(*argv) -> tuple[int, str, str]:
    """Run the command line in this process; return (exit status, stdout, stderr).

    ``ALPACA_STUDIO_DEBUG`` keeps `main` from re-plumbing this process's file
    descriptor 2 (its filter for TensorFlow's native log lines is for a real process).
    """
    out, err = io.StringIO(), io.StringIO()
    saved = os.environ.get("ALPACA_STUDIO_DEBUG")
    os.environ["ALPACA_STUDIO_DEBUG"] = "1"
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([str(a) for a in argv])
    finally:
        if saved is None:
            del os.environ["ALPACA_STUDIO_DEBUG"]
        else:
            os.environ["ALPACA_STUDIO_DEBUG"] = saved
    return status, out.getvalue(), err.getvalue()


def _assert_one_line_error(status: int, stderr: str, *words: str) -> str:
    assert status != 0
    lines = stderr.strip().splitlines()
    assert lines, "no reason given on stderr"
    last = lines[-1]
    assert last.startswith("alpaca-studio: error: "), stderr
    for word in words:
        assert word in last, (word, last)
    return last


@dataclass
class CliRun:
    root: Path
    before: dict
    status: int
    document: dict
    stderr: str
    run_dir: Path


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory) -> CliRun:
    def make() -> CliRun:
        base = tmp_path_factory.mktemp("cli")
        root = make_dataset(base / "photos", bad_files_in="alpaca")
        before = snapshot(root)
        run_dir = base / "run"
        status, out, err = _run("train", root, "--out", run_dir, "--json", "--weights", "none",
                                "--frozen-epochs", 1, "--fine-tune-epochs", 1)
        assert status == 0, err[-3000:]
        return CliRun(root, before, status, json.loads(out), err, run_dir)

    return shared("cli-train", make)


@pytest.fixture(scope="module")
def loaded_run(cli_run):
    return load_model(cli_run.run_dir)


# -- check -------------------------------------------------------------------------------------
def test_check_json_prints_exactly_one_document_with_counts_skipped_and_warnings(tmp_path):
    root = make_dataset(tmp_path / "photos", bad_files_in="alpaca")
    before = snapshot(root)
    done = subprocess.run([sys.executable, "-m", "core.cli", "check", str(root), "--json"],
                          cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)  # fails on anything else printed to stdout
    assert document["counts"] == {"alpaca": PER_CLASS + PHOTOS_IN_FOLDER_JPG,
                                  "not alpaca": PER_CLASS}
    skipped = {Path(item["path"]): item["reason"] for item in document["skipped"]}
    assert set(skipped) == {root / "alpaca" / name for name in SKIPPED_NAMES}
    assert all(reason.strip() for reason in skipped.values())
    assert isinstance(document["warnings"], list)
    assert any("cannot be read" in w for w in document["warnings"])
    assert any("20 or more" in w for w in document["warnings"])  # few photos per class
    assert document["trainable"] is True
    assert snapshot(root) == before


def test_check_names_every_bad_file_with_its_reason(tmp_path):
    root = make_dataset(tmp_path / "photos", bad_files_in="alpaca")
    status, out, _ = _run("check", root)
    assert status == 0
    lines = out.splitlines()
    for name in SKIPPED_NAMES:
        path = str(root / "alpaca" / name)
        line = next((line for line in lines if line.strip().startswith(path + ":")), None)
        assert line is not None, f"{name} is not named in:\n{out}"
        assert len(line.strip()) > len(path) + 5  # a reason follows the name
    for name in IGNORED_NAMES:
        assert name not in out


def test_check_of_a_folder_that_cannot_train_fails_with_its_reason(tmp_path):
    root = make_dataset(tmp_path / "photos", ("alpaca",), per_class=3)
    status, out, _ = _run("check", root)
    assert status == 1
    assert "Cannot train" in out and "at least two class folders" in out


def test_check_of_a_missing_folder_is_a_one_line_error(tmp_path):
    status, out, err = _run("check", tmp_path / "nowhere", "--json")
    _assert_one_line_error(status, err, "does not exist", str(tmp_path / "nowhere"))
    assert "does not exist" in json.loads(out)["error"], "--json: still one JSON document"


# -- train -------------------------------------------------------------------------------------
def test_train_json_reports_accuracy_times_counts_and_skipped(cli_run):
    document = cli_run.document
    assert TRAIN_KEYS <= set(document)
    assert 0.0 <= document["val_accuracy"] <= 1.0
    assert 0.0 <= document["val_accuracy_frozen"] <= 1.0
    assert document["val_accuracy_low"] < document["val_accuracy_high"]
    assert document["val_accuracy_low"] <= document["val_accuracy"] <= document["val_accuracy_high"]
    assert document["val_correct"] == round(document["val_accuracy"] * document["validation"])
    assert document["seconds_frozen"] > 0 and document["seconds_fine_tune"] > 0
    assert document["total_seconds"] >= document["seconds_frozen"] + document["seconds_fine_tune"]
    assert document["counts"] == {"alpaca": PER_CLASS + PHOTOS_IN_FOLDER_JPG,
                                  "not alpaca": PER_CLASS}
    assert document["train"] + document["validation"] == 2 * PER_CLASS + PHOTOS_IN_FOLDER_JPG
    skipped = {Path(item["path"]): item["reason"] for item in document["skipped"]}
    assert set(skipped) == {cli_run.root / "alpaca" / name for name in SKIPPED_NAMES}
    assert [h["phase"] for h in document["history"]] == ["frozen", "fine_tune"]


def test_train_saves_a_run_that_loads(cli_run, loaded_run):
    assert {MODEL_FILE, METADATA_FILE, LABELS_FILE} <= {p.name for p in cli_run.run_dir.iterdir()}
    assert not [p for p in cli_run.run_dir.iterdir() if p.name.startswith(".")]
    assert loaded_run.class_names == ("alpaca", "not alpaca")
    assert loaded_run.image_size == 160


def test_train_changes_no_photo(cli_run):
    assert snapshot(cli_run.root) == cli_run.before


def test_train_without_json_prints_a_summary_a_person_can_read(tmp_path):
    root = make_dataset(tmp_path / "photos")
    status, out, err = _run("train", root, "--out", tmp_path / "run", "--weights", "none",
                            "--frozen-epochs", 2, "--fine-tune-epochs", 1)
    assert status == 0, err[-3000:]
    assert "Epoch 1/3 (training the new top layer)" in err
    assert "Epoch 3/3 (fine-tuning the last layers)" in err
    lines = out.splitlines()
    assert "validation photos right" in lines[0] and "after the frozen phase" in lines[0]
    assert "% (likely " in lines[0]  # a score on few photos is a range
    assert "kept aside for validation (about 20%" in lines[1]
    assert "can move a lot" in out  # the tiny set has far fewer than 30 validation photos
    assert any(line.startswith("  alpaca: precision ") for line in lines)
    kept = next(line for line in lines if line.startswith("Kept the model of epoch "))
    assert " of 3: the lowest validation loss (" in kept
    assert lines[-1].startswith(f"Saved the model in {tmp_path / 'run'} (")
    assert (tmp_path / "run" / MODEL_FILE).is_file()


def test_train_advanced_values_reach_the_saved_run(tmp_path):
    root = make_dataset(tmp_path / "photos")
    status, _, err = _run("train", root, "--out", tmp_path / "run", "--weights", "none",
                          "--frozen-epochs", 1, "--fine-tune-epochs", 1, "--dropout", 0.35,
                          "--fine-tune-factor", 0.2, "--json")
    assert status == 0, err[-3000:]
    training = json.loads((tmp_path / "run" / METADATA_FILE).read_text("utf-8"))["training"]
    assert (training["dropout"], training["fine_tune_factor"]) == (0.35, 0.2)
    assert load_model(tmp_path / "run").model.get_layer("dropout").rate == 0.35


def test_train_with_an_impossible_dropout_is_a_one_line_error(tmp_path):
    root = make_dataset(tmp_path / "photos")
    status, _, err = _run("train", root, "--out", tmp_path / "run", "--weights", "none",
                          "--dropout", 1.5)
    _assert_one_line_error(status, err, "dropout", "1.5")
    assert not (tmp_path / "run").exists()


def test_train_with_too_few_photos_is_a_one_line_error_and_saves_nothing(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=1)
    out_dir = tmp_path / "run"
    status, out, err = _run("train", root, "--out", out_dir, "--json", "--weights", "none")
    _assert_one_line_error(status, err, "at least 2")
    assert "at least 2" in json.loads(out)["error"], "--json: the reason as one JSON document"
    assert not out_dir.exists()


def test_train_with_a_missing_weights_file_is_a_one_line_error(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=3)
    status, _, err = _run("train", root, "--out", tmp_path / "run", "--weights",
                          tmp_path / "missing.h5")
    _assert_one_line_error(status, err, str(tmp_path / "missing.h5"))


# -- predict -----------------------------------------------------------------------------------
def test_predict_json_gives_one_record_per_file_and_the_csv_the_same_rows(cli_run, tmp_path):
    root = cli_run.root
    missing = tmp_path / "gone.jpg"
    one_photo = root / "not alpaca" / "not alpaca-001.png"
    csv_path = tmp_path / "answers.csv"
    status, out, err = _run("predict", cli_run.run_dir, root / "alpaca", one_photo, missing,
                            "--json", "--csv", csv_path)
    assert status == 0, err
    records = json.loads(out)
    by_path = {Path(r["path"]): r for r in records}
    assert len(by_path) == len(records)
    bad = {root / "alpaca" / name for name in SKIPPED_NAMES} | {missing}
    errors = {path for path, r in by_path.items() if "error" in r}
    assert errors == bad
    for path in bad:
        assert set(by_path[path]) == {"path", "error"} and by_path[path]["error"].strip()
    good = [r for path, r in by_path.items() if path not in bad]
    # Every readable photo of the class folder (and the one in folder.jpg/), plus one_photo.
    assert len(good) == PER_CLASS + PHOTOS_IN_FOLDER_JPG + 1
    assert Path(one_photo) in by_path
    for record in good:
        assert set(record) == {"path", "label", "probability", "unsure", "probabilities"}
        assert record["unsure"] is False  # no unsure band asked: every photo gets a class
        assert set(record["probabilities"]) == {"alpaca", "not alpaca"}
        assert record["label"] in ("alpaca", "not alpaca")
        assert 0.5 <= record["probability"] <= 1.0
    for name in IGNORED_NAMES:
        assert root / "alpaca" / name not in by_path

    with open(csv_path, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["path"] for row in rows] == [r["path"] for r in records]
    for row, record in zip(rows, records):
        if "error" in record:
            assert row["error"] == record["error"] and row["label"] == ""
        else:
            assert row["label"] == record["label"] and row["error"] == ""
            assert float(row["probability"]) == pytest.approx(record["probability"], abs=1e-6)
    assert snapshot(root) == cli_run.before


def test_predict_with_a_file_that_is_not_a_model_is_a_one_line_error(tmp_path):
    fake = tmp_path / "model.keras"
    fake.write_text("not a model", encoding="utf-8")
    photo = make_dataset(tmp_path / "photos", per_class=1) / "alpaca" / "alpaca-000.jpg"
    status, out, err = _run("predict", fake, photo, "--json")
    _assert_one_line_error(status, err, str(fake))
    assert str(fake) in json.loads(out)["error"]


@pytest.fixture
def tiny_model(tmp_path) -> Path:
    """A run folder around a classifier of 8 × 8 photos: loads and predicts at once."""
    import keras

    from core.model_files import ModelMetadata, save_model

    inputs = keras.Input((8, 8, 3), name="image")
    x = keras.layers.Dense(1, activation="sigmoid")(
        keras.layers.GlobalAveragePooling2D()(inputs))
    folder = tmp_path / "tiny run"
    save_model(keras.Model(inputs, x), ModelMetadata(("alpaca", "not alpaca"), 8), folder)
    return folder


def _run_expecting_failure(*argv) -> tuple[int, str, str]:
    try:
        return _run(*argv)
    except Exception as error:  # what a person would see as a Python traceback
        pytest.fail(f"the command line crashed with {type(error).__name__}: {error} "
                    "instead of a one-line reason")


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_predict_csv_that_cannot_be_written_is_a_one_line_error(tiny_model, tmp_path, where):
    photo = make_dataset(tmp_path / "photos", per_class=1) / "alpaca" / "alpaca-000.jpg"
    target = tmp_path / "no such folder" / "answers.csv"
    if where == "a folder":
        target = tmp_path / "answers"
        target.mkdir()
    status, _, err = _run_expecting_failure("predict", tiny_model, photo, "--csv", target)
    _assert_one_line_error(status, err, str(target))


def test_export_to_a_path_under_a_file_is_a_one_line_error(tiny_model, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    status, _, err = _run_expecting_failure("export", tiny_model, "--format", "keras",
                                            "--out", a_file / "model.keras")
    _assert_one_line_error(status, err)
    assert a_file.read_text(encoding="utf-8") == "not a folder"


# -- export ------------------------------------------------------------------------------------
def _photos(cli_run, size: int = 160) -> np.ndarray:
    paths = sorted((cli_run.root / "not alpaca").glob("*.png"))[:3]
    return np.stack([load_array(p, (size, size)) for p in paths]).astype(np.float32)


def test_export_keras_loads_with_its_labels_and_answers_the_same(cli_run, loaded_run, tmp_path):
    status, _, err = _run("export", cli_run.run_dir, "--format", "keras",
                          "--out", tmp_path / "exported")
    assert status == 0, err
    exported = tmp_path / "exported.keras"
    labels = tmp_path / "exported.labels.txt"
    assert labels.read_text(encoding="utf-8").splitlines() == ["alpaca", "not alpaca"]
    again = load_model(exported)
    assert again.has_metadata and again.class_names == ("alpaca", "not alpaca")
    images = _photos(cli_run)
    np.testing.assert_allclose(predict_arrays(again, images), predict_arrays(loaded_run, images),
                               atol=1e-5)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("format, name", [("keras", "out.keras"), ("tflite", "out.tflite"),
                                          ("savedmodel", "out")])
def test_export_refuses_to_overwrite_unless_asked(tiny_model, tmp_path, format, name):
    exports = tmp_path / "exports"
    exports.mkdir()
    target = exports / name
    if format == "savedmodel":
        target.mkdir()
        (target / "saved_model.pb").write_bytes(b"an earlier export")
    else:
        target.write_bytes(b"an earlier export")
    before = snapshot(exports)
    status, _, err = _run("export", tiny_model, "--format", format, "--out", target)
    _assert_one_line_error(status, err, "already exists", str(target))
    assert snapshot(exports) == before
    if format == "keras":  # the others take long to convert: with the slow tests
        status, _, err = _run("export", tiny_model, "--format", format, "--out", target,
                              "--overwrite")
        assert status == 0, err
        assert zipfile.is_zipfile(target)
        assert load_model(target).class_names == ("alpaca", "not alpaca")
        assert not [p for p in exports.iterdir() if p.name.startswith(".")]


def _tiny_photos() -> np.ndarray:
    """Four photos of `tiny_model`'s size: black, and one of each colour channel a little lit.

    The tiny model reads raw 0-255 values, so bright photos all saturate to one answer; these
    get answers that differ whatever its random weights (unless all three are near zero).
    """
    images = np.zeros((4, 8, 8, 3), np.float32)
    for channel in range(3):
        images[1 + channel, ..., channel] = 2.0
    return images


# The command line's own part of an export (its path, the labels beside it, the model in it
# answering as the run does) on a model that converts in a second. The real MobileNetV2's
# SavedModel and TFLite conversions: tests/core/test_prediction_export.py and
# test_export_check.py (the TFLite one on sixty validation photos).
def test_export_savedmodel_serves_the_same_probabilities(tiny_model, tmp_path):
    import tensorflow as tf

    out = tmp_path / "saved"
    status, _, err = _run("export", tiny_model, "--format", "savedmodel", "--out", out)
    assert status == 0, err
    assert (out / LABELS_FILE).read_text(encoding="utf-8").splitlines() == [
        "alpaca", "not alpaca"]
    images = _tiny_photos()
    expected = predict_arrays(load_model(tiny_model), images)[:, 1]
    assert np.ptp(expected) > 0.01, "the photos get different answers"
    saved = tf.saved_model.load(str(out))  # keep it: `serve` needs its variables alive
    served = np.asarray(saved.serve(tf.constant(images)))
    np.testing.assert_allclose(served[:, 0], expected, atol=1e-4)


def test_export_tflite_runs_and_agrees_with_the_keras_model(tiny_model, tmp_path):
    status, _, err = _run("export", tiny_model, "--format", "tflite",
                          "--out", tmp_path / "phone")
    assert status == 0, err
    model = tmp_path / "phone.tflite"
    assert (tmp_path / "phone.labels.txt").read_text(encoding="utf-8").splitlines() == [
        "alpaca", "not alpaca"]
    interpreter = lite_interpreter(model)
    given, answer = interpreter.get_input_details()[0], interpreter.get_output_details()[0]
    images = _tiny_photos()
    expected = predict_arrays(load_model(tiny_model), images)[:, 1]
    assert np.ptp(expected) > 0.01, "the photos get different answers"
    for image, probability in zip(images, expected):
        interpreter.set_tensor(given["index"], image[None])
        interpreter.invoke()
        assert interpreter.get_tensor(answer["index"]).reshape(-1)[0] == pytest.approx(
            probability, abs=1e-3)


# -- guards: a mistake in the arguments costs nothing and destroys nothing ---------------------
def test_train_refuses_a_bad_run_folder_before_any_work(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=3)
    before = snapshot(root)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine", encoding="utf-8")
    for out_dir, words in ((a_file, "is a file"), (root / "run", "would become a class folder")):
        status, out, err = _run("train", root, "--out", out_dir, "--weights", "none")
        _assert_one_line_error(status, err, str(out_dir), words)
        assert "Epoch" not in err, "refused before training, not after"
    assert a_file.read_text(encoding="utf-8") == "mine"
    assert snapshot(root) == before


def test_train_keeps_an_earlier_run_unless_told_to_replace_it(cli_run, tmp_path):
    earlier = tmp_path / "earlier run"
    shutil.copytree(cli_run.run_dir, earlier)
    kept = snapshot(earlier)
    status, out, err = _run("train", cli_run.root, "--out", earlier, "--weights", "none",
                            "--json")
    _assert_one_line_error(status, err, "already holds a saved run", "--overwrite")
    assert "--overwrite" in json.loads(out)["error"]
    assert snapshot(earlier) == kept
    # A folder swapped whole never takes a person's own file with it: refused, kept.
    (earlier / "my notes.txt").write_text("keep me", encoding="utf-8")
    status, _, err = _run("train", cli_run.root, "--out", earlier, "--weights", "none",
                          "--overwrite")
    _assert_one_line_error(status, err, "my notes.txt", "nothing else")
    assert "Epoch" not in err, "refused before training, not after"
    assert (earlier / "my notes.txt").read_text(encoding="utf-8") == "keep me"
    (earlier / "my notes.txt").unlink()
    status, _, err = _run("train", cli_run.root, "--out", earlier, "--weights", "none",
                          "--frozen-epochs", 1, "--fine-tune-epochs", 0, "--overwrite")
    assert status == 0, err
    assert snapshot(earlier)["model.keras"] != kept["model.keras"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], \
        "no hidden saving folder or lock is left behind"


def test_predict_never_writes_its_csv_over_a_photo_or_an_earlier_file(tiny_model, tmp_path):
    photos = make_dataset(tmp_path / "photos", per_class=2) / "alpaca"
    photo = sorted(photos.iterdir())[0]
    before = photo.read_bytes()
    status, _, err = _run("predict", tiny_model, photos, "--csv", photo)
    _assert_one_line_error(status, err, "is a picture")
    status, _, err = _run("predict", tiny_model, photos, "--csv", photo, "--overwrite")
    _assert_one_line_error(status, err, "is a picture")
    assert photo.read_bytes() == before
    # A photo that is not among the ones predicted, under any name: judged by its content.
    other = tmp_path / "b.jpg"
    other.write_bytes(photo.read_bytes())
    disguised = tmp_path / "notes.csv"
    disguised.write_bytes(photo.read_bytes())
    for target in (other, disguised):
        status, _, err = _run("predict", tiny_model, photos / photo.name, "--csv", target,
                              "--overwrite")
        _assert_one_line_error(status, err, str(target), "never replaces a picture")
        assert target.read_bytes() == before
    answers = tmp_path / "answers.csv"
    answers.write_text("last week's answers", encoding="utf-8")
    status, _, err = _run("predict", tiny_model, photos, "--csv", answers)
    _assert_one_line_error(status, err, str(answers), "--overwrite")
    assert answers.read_text(encoding="utf-8") == "last week's answers"
    status, _, err = _run("predict", tiny_model, photos, "--csv", answers, "--overwrite")
    assert status == 0, err
    assert answers.read_text(encoding="utf-8").startswith("path,label,probability")


@pytest.mark.parametrize("threshold", ["1.5", "0", "nan"])
def test_predict_refuses_a_threshold_outside_zero_and_one(tiny_model, tmp_path, threshold):
    photos = make_dataset(tmp_path / "photos", per_class=1)
    status, _, err = _run("predict", tiny_model, photos, "--threshold", threshold)
    _assert_one_line_error(status, err, "threshold must be between 0 and 1")


def test_predict_follows_folder_links_as_training_does_and_fails_when_nothing_reads(
        tiny_model, tmp_path):
    photos = make_dataset(tmp_path / "photos", per_class=2)
    folder = tmp_path / "to predict"
    folder.mkdir()
    (folder / "linked").symlink_to(photos / "alpaca", target_is_directory=True)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    status, out, err = _run("predict", tiny_model, folder, "--json")
    assert status == 0, err
    assert sorted(Path(r["path"]).name for r in json.loads(out)) == sorted(
        p.name for p in (photos / "alpaca").iterdir())
    status, out, err = _run("predict", tiny_model, tmp_path / "typo.jpg")
    _assert_one_line_error(status, err, "none of the 1 file(s) could be read")


def test_output_cut_short_by_the_reader_is_no_traceback(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=2)
    for number in range(1500):  # a long "Skipped" list: more than a pipe holds
        (root / "alpaca" / f"empty-{number:04d}-{'x' * 40}.jpg").write_bytes(b"")
    done = subprocess.run(f'"{sys.executable}" -m core.cli check "{root}" | head -1',
                          shell=True, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith(str(root))
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_train_refuses_a_folder_with_a_labels_file_of_its_own(tmp_path):
    root = make_dataset(tmp_path / "photos", per_class=3)
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    (desktop / "labels.txt").write_text("my labels", encoding="utf-8")
    status, _, err = _run("train", root, "--out", desktop, "--weights", "none")
    _assert_one_line_error(status, err, "labels.txt", "--overwrite")
    assert (desktop / "labels.txt").read_text(encoding="utf-8") == "my labels"


@pytest.mark.parametrize("step", ["aside", "placed"])
def test_a_run_replaced_halfway_comes_back_whole(cli_run, tmp_path, monkeypatch, step):
    import core.runs
    from core import atomic
    from core.errors import ModelFileError
    from core.run_place import claim_run_dir

    earlier = tmp_path / "run"
    shutil.copytree(cli_run.run_dir, earlier)
    before = snapshot(earlier)

    def full_disk(at: str) -> None:  # the disk fills at this step of the swap
        if at == step:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "STEP_HOOK", full_disk)
    binary = shared_binary_result(cli_run)
    with claim_run_dir(earlier, overwrite=True) as claim:
        if step == "aside":
            with pytest.raises(ModelFileError, match="No space left"):
                core.runs.save_run(binary, earlier, claim=claim)
            assert snapshot(earlier) == before, "the earlier run is exactly as it was"
        else:  # the new run is in place: only removing the earlier one was left undone
            core.runs.save_run(binary, earlier, claim=claim)
            assert snapshot(earlier) != before
            assert [p.name for p in tmp_path.iterdir() if ".run.old-" in p.name]
    monkeypatch.setattr(atomic, "STEP_HOOK", None)
    from core.run_index import list_saved_runs

    assert [run.path for run in list_saved_runs(tmp_path)] == [earlier]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_diverged_run_is_not_saved_and_says_why(cli_run, tmp_path):
    import dataclasses

    from core.errors import ModelFileError
    from core.runs import save_run

    result = shared_binary_result(cli_run)
    broken = dataclasses.replace(result, history=tuple(
        dataclasses.replace(record, loss=float("nan")) for record in result.history))
    with pytest.raises(ModelFileError, match="smaller learning rate"):
        save_run(broken, tmp_path / "run")
    assert not (tmp_path / "run").exists()


def test_predict_json_stays_one_document_when_the_csv_fails(tiny_model, tmp_path):
    photos = make_dataset(tmp_path / "photos", per_class=1)
    status, out, err = _run("predict", tiny_model, photos, "--json", "--csv",
                            tmp_path / "no such folder" / "answers.csv")
    assert status == 1 and "could not be written" in err
    assert len(json.loads(out)) == 2, "the answers, and nothing after them"


def shared_binary_result(cli_run):
    """A real TrainResult to save (the CLI run's data, trained once in-process)."""
    from core.train_config import TrainConfig
    from core.training import train_classifier

    return shared("cli-binary-result", lambda: train_classifier(
        cli_run.root, TrainConfig(frozen_epochs=1, fine_tune_epochs=0, image_size=96,
                                  weights=None)))
