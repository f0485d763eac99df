"""Heatmaps: what the model looked at, for the class asked, over the photo as it is shown."""

from __future__ import annotations

from pathlib import Path

import keras
import numpy as np
import pytest
from PIL import Image

from core.errors import ImageError
from core.heatmap import HeatmapError, explain, heatmap
from core.heatmap_files import write_heatmap_png, write_heatmaps
from core.images import open_rgb
from core.model import build_classifier, inference_model
from core.model_files import LoadedModel, ModelMetadata
from core.prediction import predict_files

SIZE = 160


def _loaded(class_names: tuple[str, ...], seed: int) -> LoadedModel:
    """A classifier as Alpaca Studio builds it, with a random last layer (no training).

    The ImageNet base, not a random one: in a random MobileNetV2 the last block's
    activations fade to about 1e-11 and carry no places. The real last layer starts at
    zero (every map would be empty); random weights give each class its own evidence.
    """
    keras.utils.set_random_seed(seed)
    model = build_classifier(len(class_names), SIZE, weights="imagenet", seed=seed)
    kernel, bias = model.get_layer("logits").get_weights()
    rng = np.random.default_rng(seed)
    model.get_layer("logits").set_weights([rng.normal(0, 0.5, kernel.shape), bias])
    return LoadedModel(model, ModelMetadata(class_names, SIZE), Path("model.keras"),
                       inference=inference_model(model))


@pytest.fixture(scope="module")
def binary(imagenet_weights_available) -> LoadedModel:
    return _loaded(("alpaca", "not alpaca"), seed=1)


@pytest.fixture(scope="module")
def flowers(imagenet_weights_available) -> LoadedModel:
    return _loaded(("daisy", "roses", "tulips"), seed=2)


def _photo(seed: int, width: int = 60, height: int = 40) -> np.ndarray:
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 255, (height, width, 3), dtype=np.uint8)
    pixels[: height // 2, : width // 2] = rng.integers(0, 255, 3)  # a plain patch
    return pixels


def test_a_photo_gets_a_map_of_its_size_after_exif_rotation(binary, tmp_path):
    path = tmp_path / "turned.png"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored lying on its side, shown turned a quarter
    Image.fromarray(_photo(0, width=60, height=40)).save(path, exif=exif)

    evidence = heatmap(binary, path)
    assert evidence.shape == (60, 40), "shown upright: 40 wide, 60 high"
    assert evidence.dtype == np.float32
    assert evidence.min() >= 0.0 and evidence.max() == pytest.approx(1.0)
    # The same photo given as the upright picture a viewer shows gets the same map.
    upright = np.asarray(open_rgb(path))
    np.testing.assert_allclose(heatmap(binary, upright), evidence, atol=1e-5)


def test_the_map_is_of_what_prediction_sees_without_augmentation(flowers, tmp_path):
    photos = []
    for i in range(4):
        photos.append(tmp_path / f"photo-{i}.png")
        Image.fromarray(_photo(10 + i, 130, 90)).save(photos[-1])
    answers = predict_files(flowers, photos)
    for photo, answer in zip(photos, answers):
        result = explain(flowers, photo)
        # Default: the class the model answered; and the model's very probabilities
        # (augmentation active or another preprocessing would change them).
        assert flowers.class_names[result.class_index] == answer.label
        np.testing.assert_allclose(result.probabilities, answer.probabilities, atol=1e-5)


def test_each_class_has_its_own_evidence(flowers):
    photo = _photo(3, 80, 80)
    maps = [heatmap(flowers, photo, index) for index in range(3)]
    assert all(m.shape == (80, 80) for m in maps)
    assert not np.allclose(maps[0], maps[1]) and not np.allclose(maps[1], maps[2])
    answered = explain(flowers, photo)
    assert answered.class_index == int(np.argmax(answered.probabilities))
    np.testing.assert_array_equal(answered.map, maps[answered.class_index])


def _two_output_twin(binary: LoadedModel) -> LoadedModel:
    """The binary model with an output for each class: logits -z and z (sigmoid's z).

    It answers the same class as the binary model (softmax([-z, z]) = sigmoid(2z)).
    """
    model = binary.model
    inputs = keras.Input((SIZE, SIZE, 3), name="image")
    x = model.get_layer("preprocess")(inputs)
    x = model.get_layer("mobilenetv2")(x, training=False)
    x = keras.layers.GlobalAveragePooling2D(name="pool")(x)
    logits = keras.layers.Dense(2, name="logits")
    outputs = keras.layers.Activation("softmax", name="probabilities")(logits(x))
    kernel, bias = model.get_layer("logits").get_weights()
    logits.set_weights([np.concatenate([-kernel, kernel], axis=1),
                        np.concatenate([-bias, bias])])
    return LoadedModel(keras.Model(inputs, outputs), binary.metadata, Path("twin.keras"))


def test_with_two_classes_the_first_class_gets_the_evidence_against_the_second(binary):
    # One logit: what speaks for "alpaca" is what speaks against "not alpaca". The map
    # must be the one a model with an output for each class gives, not the second's.
    twin = _two_output_twin(binary)
    photo = _photo(4, 96, 96)
    assert explain(twin, photo).class_index == explain(binary, photo).class_index
    first, second = heatmap(binary, photo, 0), heatmap(binary, photo, 1)
    assert not np.allclose(first, second, atol=0.05)
    np.testing.assert_allclose(first, heatmap(twin, photo, 0), atol=1e-4)
    np.testing.assert_allclose(second, heatmap(twin, photo, 1), atol=1e-4)


def test_a_changed_photo_gets_a_new_map_not_the_remembered_one(binary, tmp_path):
    path = tmp_path / "photo.png"
    Image.fromarray(_photo(5, 50, 30)).save(path)
    before = heatmap(binary, path)
    assert heatmap(binary, path) is not before  # a copy: changing one changes no other
    np.testing.assert_array_equal(heatmap(binary, path), before)
    Image.fromarray(_photo(6, 30, 50)).save(path)  # our own test file, edited
    after = heatmap(binary, path)
    assert after.shape == (50, 30)


def test_the_png_is_grey_of_the_photos_size_with_white_where_evidence_weighed_most(
        binary, tmp_path):
    photo = _photo(7, 70, 45)
    evidence = heatmap(binary, photo, 1)
    png = write_heatmap_png(evidence, tmp_path / "photo.heatmap.png")
    with Image.open(png) as image:
        assert image.mode == "L" and image.size == (70, 45)
        grey = np.asarray(image)
    assert grey.max() == 255
    assert np.unravel_index(grey.argmax(), grey.shape) == \
        np.unravel_index(evidence.argmax(), evidence.shape)
    assert grey[evidence == 0].max(initial=0) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["photo.heatmap.png"]  # no temporary left


def test_heatmap_files_one_per_readable_photo_even_of_the_same_name(binary, tmp_path):
    photos = []
    for folder, suffix, size in (("a", ".png", (50, 30)), ("b", ".png", (30, 50)),
                                 ("b", ".JPG", (40, 40))):
        (tmp_path / folder).mkdir(exist_ok=True)
        photos.append(tmp_path / folder / f"Cria{suffix}")
        Image.fromarray(_photo(len(photos), *size)).save(photos[-1], format="PNG")
    broken = tmp_path / "a" / "broken.jpg"
    broken.write_bytes(b"")
    photos.append(broken)
    out = tmp_path / "heatmaps"
    results = write_heatmaps(binary, photos, out, class_index=0)
    assert [r.path.name if r.path else None for r in results] == [
        "Cria.heatmap.png", "Cria (2).heatmap.png", "Cria (3).heatmap.png", None]
    assert results[3].error == "the file is empty (0 bytes)"
    for result, size in zip(results, [(50, 30), (30, 50), (40, 40)]):
        with Image.open(result.path) as image:
            assert image.size == size and image.mode == "L"
        assert result.class_index == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "Cria (2).heatmap.png", "Cria (3).heatmap.png", "Cria.heatmap.png"]


def test_an_unreadable_photo_gets_a_plain_reason(binary, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a photo at all")
    with pytest.raises(ImageError) as caught:
        heatmap(binary, broken)
    assert caught.value.path == broken and "not a photo" in caught.value.reason


def test_a_model_not_made_by_alpaca_studio_is_refused_in_plain_words():
    inputs = keras.Input((8, 8, 3))
    outputs = keras.layers.Dense(1, activation="sigmoid")(
        keras.layers.GlobalAveragePooling2D()(inputs))
    model = keras.Model(inputs, outputs)
    loaded = LoadedModel(model, ModelMetadata(("a", "b"), 8), Path("other.keras"))
    with pytest.raises(HeatmapError, match="trained in Alpaca Studio"):
        heatmap(loaded, np.zeros((8, 8, 3), np.uint8))


def test_a_class_that_does_not_exist_is_refused(binary):
    with pytest.raises(ValueError, match="class_index"):
        heatmap(binary, _photo(8), 2)
