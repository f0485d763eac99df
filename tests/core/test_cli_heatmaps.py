"""``predict --heatmaps DIR [--heatmap-class NAME]``: one grayscale PNG per readable photo."""

from __future__ import annotations

import json
from pathlib import Path

import keras
import numpy as np
import pytest
from PIL import Image

from core.heatmap import heatmap
from core.model import build_classifier
from core.model_files import ModelMetadata, load_model, save_model
from tests.core.test_not_sure import _run

SIZE = 160
CLASSES = ("alpaca", "not alpaca")


@pytest.fixture(scope="module")
def run(tmp_path_factory, imagenet_weights_available) -> Path:
    """A run of a classifier as Alpaca Studio builds it, with a random last layer."""
    keras.utils.set_random_seed(3)
    model = build_classifier(2, SIZE, weights="imagenet", seed=3)
    kernel, bias = model.get_layer("logits").get_weights()
    rng = np.random.default_rng(3)
    model.get_layer("logits").set_weights([rng.normal(0, 0.5, kernel.shape), bias])
    folder = tmp_path_factory.mktemp("heatmap-run") / "run"
    save_model(model, ModelMetadata(CLASSES, SIZE), folder)
    return folder


def _photos(folder: Path) -> list[Path]:
    """Two photos of the same name in two folders (one turned by EXIF) and one that is text."""
    photos = []
    for number, sub in enumerate(("day one", "day two")):
        (folder / sub).mkdir(parents=True)
        rng = np.random.default_rng(number)
        pixels = rng.integers(0, 255, (60, 90, 3), dtype=np.uint8)
        pixels[10:40, 20:50] = (200, 180, 150)
        exif = Image.Exif()
        if number == 1:
            exif[0x0112] = 6  # turned: the map is of the upright photo, 60 wide and 90 high
        path = folder / sub / "IMG_0001.jpg"
        Image.fromarray(pixels).save(path, exif=exif, quality=95)
        photos.append(path)
    broken = folder / "day two" / "notes.jpg"
    broken.write_text("not a photo")
    return [*photos, broken]


def test_one_grey_png_per_readable_photo_of_its_upright_size_none_overwritten(run, tmp_path):
    photos = _photos(tmp_path / "photos")
    out = tmp_path / "maps"
    status, text, err = _run("predict", run, *photos, "--heatmaps", out, "--json")
    assert status == 0, err
    records = json.loads(text)  # still one document
    assert len(records) == 3
    first, second, broken = records
    assert "error" in broken and "heatmap" not in broken
    assert Path(first["heatmap"]).parent == out and Path(second["heatmap"]).parent == out
    assert first["heatmap"] != second["heatmap"]  # same name in two folders: two files
    assert sorted(p.name for p in out.iterdir()) == ["IMG_0001 (2).heatmap.png",
                                                     "IMG_0001.heatmap.png"]
    loaded = load_model(run)
    for record, size in ((first, (90, 60)), (second, (60, 90))):
        picture = Image.open(record["heatmap"])
        assert picture.mode == "L" and picture.size == size
        grey = np.asarray(picture, dtype=np.float32)
        assert grey.max() == 255
        # Of the class answered: 255 where that class's evidence weighed most.
        answered = CLASSES.index(record["label"])
        expected = heatmap(loaded, Path(record["path"]), answered) * 255
        assert np.abs(grey - expected).max() <= 1


def test_heatmap_class_gives_that_classes_evidence_and_an_unknown_one_names_the_classes(
        run, tmp_path):
    photo = _photos(tmp_path / "photos")[0]
    loaded = load_model(run)
    maps = {}
    for name in CLASSES:
        out = tmp_path / name
        status, text, err = _run("predict", run, photo, "--heatmaps", out, "--heatmap-class",
                                 name, "--json")
        assert status == 0, err
        maps[name] = np.asarray(Image.open(json.loads(text)[0]["heatmap"]), dtype=np.float32)
        expected = heatmap(loaded, photo, CLASSES.index(name)) * 255
        assert np.abs(maps[name] - expected).max() <= 1
    assert np.abs(maps["alpaca"] - maps["not alpaca"]).max() > 10  # each its own evidence

    status, text, err = _run("predict", run, photo, "--heatmaps", tmp_path / "llama",
                             "--heatmap-class", "llama", "--json")
    assert status == 1
    error = json.loads(text)["error"]
    assert "llama" in error and "alpaca" in error and "not alpaca" in error
    assert not (tmp_path / "llama").exists()

    status, text, _err = _run("predict", run, photo, "--heatmap-class", "alpaca", "--json")
    assert status == 2 and "--heatmaps" in json.loads(text)["error"]
