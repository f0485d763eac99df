"""Exporting never replaces a person's files unless asked, and a failed export changes nothing."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

from core import atomic
from core.export import ExportError, export_model
from core.model_files import LoadedModel, ModelMetadata, load_model, save_model
from tests.core.tiny_runs import snapshot

A_NAMES = ("alpaca", "not alpaca")
B_NAMES = ("cat", "dog")


def _tiny(class_names: tuple[str, ...]) -> LoadedModel:
    """A classifier of 8 × 8 photos: exports in a second, even to TFLite."""
    import keras

    inputs = keras.Input((8, 8, 3), name="image")
    x = keras.layers.Dense(1, activation="sigmoid")(keras.layers.GlobalAveragePooling2D()(inputs))
    return LoadedModel(keras.Model(inputs, x), ModelMetadata(class_names, 8), Path("tiny.keras"))


@pytest.fixture(scope="module")
def model_a() -> LoadedModel:
    return _tiny(A_NAMES)


@pytest.fixture(scope="module")
def model_b() -> LoadedModel:
    return _tiny(B_NAMES)


def _refusal(call) -> str:
    with pytest.raises(ExportError) as caught:
        call()
    message = str(caught.value)
    assert message.strip() and "\n" not in message, message
    return message


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def _cli(monkeypatch, *argv) -> tuple[int, str]:
    """Run the command line in this process; a Python traceback fails the test."""
    from core.cli import main

    monkeypatch.setenv("ALPACA_STUDIO_DEBUG", "1")  # keep main off this process's stderr fd
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([str(a) for a in argv])
    except Exception as error:
        pytest.fail(f"the command line crashed with {type(error).__name__}: {error}")
    return status, err.getvalue()


# -- 1. --overwrite replaces an earlier SavedModel export, never anything else -----------------
def _folder_of_documents(path: Path) -> None:
    (path / "docs").mkdir(parents=True)
    (path / "docs" / "thesis.txt").write_text("important\n", encoding="utf-8")
    (path / "photo.jpg").write_bytes(b"\xff\xd8 not really a photo")


def _earlier_export_with_a_note(path: Path, model: LoadedModel) -> None:
    export_model(model, "savedmodel", path)
    (path / "my notes.txt").write_text("what this model is for\n", encoding="utf-8")


def _earlier_export_with_a_file_in_variables(path: Path, model: LoadedModel) -> None:
    export_model(model, "savedmodel", path)
    (path / "variables" / "keep.txt").write_text("mine\n", encoding="utf-8")


def _a_file(path: Path) -> None:
    path.write_text("a file, not a folder\n", encoding="utf-8")


@pytest.mark.parametrize("make", ["documents", "export + note", "export + variables file",
                                  "file"])
def test_savedmodel_overwrite_leaves_anything_but_an_earlier_export_alone(
        model_a, model_b, tmp_path, make):
    target = tmp_path / "precious"
    if make == "documents":
        _folder_of_documents(target)
    elif make == "export + note":
        _earlier_export_with_a_note(target, model_a)
    elif make == "export + variables file":
        _earlier_export_with_a_file_in_variables(target, model_a)
    else:
        _a_file(target)
    before = snapshot(tmp_path)
    message = _refusal(lambda: export_model(model_b, "savedmodel", target, overwrite=True))
    assert str(target) in message and "not an earlier SavedModel export" in message
    assert snapshot(tmp_path) == before


def test_cli_savedmodel_overwrite_keeps_the_thesis(model_a, tmp_path, monkeypatch):
    run = tmp_path / "run"
    save_model(model_a.model, model_a.metadata, run)
    precious = tmp_path / "precious"
    _folder_of_documents(precious)
    before = snapshot(precious)
    status, err = _cli(monkeypatch, "export", run, "--format", "savedmodel", "--out", precious,
                       "--overwrite")
    assert status == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("alpaca-studio: error: ") and str(precious) in last, err
    assert (precious / "docs" / "thesis.txt").read_text(encoding="utf-8") == "important\n"
    assert snapshot(precious) == before
    assert _leftovers(tmp_path) == []


def test_an_earlier_savedmodel_export_survives_a_failed_replacement_and_is_replaced_when_asked(
        model_a, model_b, tmp_path, monkeypatch):
    target = tmp_path / "exports" / "classifier"
    export_model(model_a, "savedmodel", target)
    before = snapshot(target.parent)

    def full_disk_once_the_earlier_export_is_aside(step):
        if step == "aside":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "STEP_HOOK", full_disk_once_the_earlier_export_is_aside)
    message = _refusal(lambda: export_model(model_b, "savedmodel", target, overwrite=True))
    assert "no space left" in message.lower()
    assert snapshot(target.parent) == before, "the earlier export is kept as it was"
    monkeypatch.setattr(atomic, "STEP_HOOK", None)

    result = export_model(model_b, "savedmodel", target, overwrite=True)
    assert result.path == target
    assert (target / "labels.txt").read_text(encoding="utf-8").splitlines() == list(B_NAMES)
    assert _leftovers(target.parent) == []


# -- 2. the labels and metadata beside a .keras/.tflite file are never replaced unasked --------
def test_a_second_export_to_the_same_name_does_not_relabel_the_first(model_a, model_b, tmp_path):
    share = tmp_path / "share"
    export_model(model_a, "keras", share / "model")
    before = snapshot(share)
    message = _refusal(lambda: export_model(model_b, "tflite", share / "model"))
    assert "already exist" in message
    assert str(share / "model.json") in message and str(share / "model.labels.txt") in message
    assert snapshot(share) == before
    assert load_model(share / "model.keras").class_names == A_NAMES


@pytest.mark.parametrize("format", ["keras", "tflite"])
def test_a_users_notes_beside_the_export_are_kept(model_a, tmp_path, format):
    notes = tmp_path / "notes.json"
    notes.write_text('{"shopping": ["hay", "carrots"]}\n', encoding="utf-8")
    before = snapshot(tmp_path)
    message = _refusal(lambda: export_model(model_a, format, tmp_path / "notes"))
    assert str(notes) in message and "already exist" in message
    assert snapshot(tmp_path) == before


def test_overwrite_replaces_model_labels_and_metadata_together_or_not_at_all(
        model_a, model_b, tmp_path, monkeypatch):
    share = tmp_path / "share"
    export_model(model_a, "keras", share / "model")
    before = snapshot(share)
    metadata = share / "model.json"
    real_replace = os.replace

    def full_disk_at_the_metadata(source, destination):
        if Path(destination) == metadata and not Path(source).name.startswith("earlier-"):
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", full_disk_at_the_metadata)
    _refusal(lambda: export_model(model_b, "keras", share / "model", overwrite=True))
    assert snapshot(share) == before, "model, labels and metadata all stay the first export's"
    assert load_model(share / "model.keras").class_names == A_NAMES


@pytest.mark.parametrize("format", ["keras", "savedmodel"])
def test_the_readme_is_part_of_the_export_all_or_nothing(model_a, model_b, tmp_path,
                                                         monkeypatch, format):
    share = tmp_path / "share"
    first = export_model(model_a, format, share / "model")
    assert first.readme.is_file() and first.readme in first.files
    before = snapshot(share)
    real_write = atomic.write_text_atomic

    def full_disk_at_the_readme(path, text):
        if Path(path).name.endswith("README.txt"):
            raise OSError(28, "No space left on device")
        real_write(path, text)

    monkeypatch.setattr(atomic, "write_text_atomic", full_disk_at_the_readme)
    monkeypatch.setattr("core.export.write_text_atomic", full_disk_at_the_readme)
    _refusal(lambda: export_model(model_b, format, share / "model", overwrite=True))
    assert snapshot(share) == before, "no new model without its README, nor the reverse"
    monkeypatch.undo()
    second = export_model(model_b, format, share / "model", overwrite=True)
    readme = second.readme.read_text(encoding="utf-8")
    assert all(f"  {i}: {name}" in readme for i, name in enumerate(B_NAMES))


# -- 3. an upper-case suffix still gives a file that loads ------------------------------------
@pytest.mark.parametrize("format, name, expected", [("keras", "Upper.KERAS", "Upper.keras"),
                                                    ("tflite", "Phone.TFLite", "Phone.tflite")])
def test_an_upper_case_suffix_gives_the_lower_case_one(model_a, tmp_path, format, name,
                                                       expected):
    result = export_model(model_a, format, tmp_path / "ex" / name)
    assert result.path == tmp_path / "ex" / expected
    assert sorted(p.name for p in (tmp_path / "ex").iterdir()) == sorted(
        [expected, expected.split(".")[0] + ".json", expected.split(".")[0] + ".labels.txt",
         expected.split(".")[0] + ".README.txt"])
    if format == "keras":
        assert load_model(result.path).class_names == A_NAMES


# -- 4. a full disk during TensorFlow's writing is a plain reason, with nothing left behind -----
@pytest.mark.parametrize("format", ["savedmodel", "tflite"])
def test_a_full_disk_inside_tensorflow_is_a_one_line_error_that_leaves_nothing(
        model_a, tmp_path, monkeypatch, format):
    import keras
    import tensorflow as tf

    def full_disk(self, filepath, *args, **kwargs):
        raise tf.errors.ResourceExhaustedError(
            None, None, f"{filepath}/variables/variables_temp/part-00000; No space left on device")

    run = tmp_path / "run"
    save_model(model_a.model, model_a.metadata, run)
    before = snapshot(tmp_path)
    monkeypatch.setattr(keras.Model, "export", full_disk)
    status, err = _cli(monkeypatch, "export", run, "--format", format,
                       "--out", tmp_path / "new folder" / "phone")
    assert status == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("alpaca-studio: error: ") and "disk is full" in last, err
    assert snapshot(tmp_path) == before, "no folder, file or temporary file is left"
