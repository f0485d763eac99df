"""Presets: the "Course recipe" is the plain Keras recipe, number for number."""

from __future__ import annotations

import ast
from pathlib import Path

from core.augment_config import AugmentConfig
from core.train_config import PRESETS, TrainConfig

RECIPE = Path(__file__).resolve().parents[2] / "benchmarks" / "plain_recipe.py"


def _recipe_numbers() -> dict:
    """The constants, layer arguments and epoch defaults written in benchmarks/plain_recipe.py."""
    tree = ast.parse(RECIPE.read_text(encoding="utf-8"))
    found: dict = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name in ("RandomFlip", "RandomRotation", "Dropout"):
                found[name] = ast.literal_eval(node.args[0])
            elif name == "add_argument" and node.args[0].value.startswith("--"):
                default = next(k.value for k in node.keywords if k.arg == "default")
                found[node.args[0].value] = ast.literal_eval(default)
            elif name == "image_dataset_from_directory":
                for keyword in node.keywords:
                    if keyword.arg in ("validation_split", "seed"):
                        found[keyword.arg] = ast.literal_eval(keyword.value)
            elif name == "RMSprop":  # learning_rate=BASE_LEARNING_RATE / 10
                found["fine_tune_divisor"] = ast.literal_eval(node.keywords[0].value.right)
    return found


def test_the_course_recipe_preset_is_the_recipe():
    recipe, preset = _recipe_numbers(), PRESETS["Course recipe"]
    assert (preset.frozen_epochs, preset.fine_tune_epochs) == (
        recipe["--frozen-epochs"], recipe["--fine-tune-epochs"])
    assert (preset.image_size, preset.image_size) == recipe["IMG_SIZE"]
    assert preset.batch_size == recipe["BATCH_SIZE"]
    assert preset.learning_rate == recipe["BASE_LEARNING_RATE"]
    assert preset.fine_tune_learning_rate == recipe["BASE_LEARNING_RATE"] / recipe[
        "fine_tune_divisor"]
    assert preset.fine_tune_at == recipe["FINE_TUNE_AT"]
    assert preset.dropout == recipe["Dropout"]
    assert (preset.validation_split, preset.seed) == (recipe["validation_split"], recipe["seed"])
    # Horizontal flip and rotation 0.2 (±72°), and no other change to the photos.
    assert recipe["RandomFlip"] == "horizontal" and recipe["RandomRotation"] == 0.2
    assert preset.augmentation == AugmentConfig(
        horizontal_flip=True, vertical_flip=False, rotation=recipe["RandomRotation"], zoom=0,
        translation=0, contrast=0, brightness=0)


def test_the_defaults_keep_the_recipe_family_but_not_its_rotation():
    recipe, defaults = PRESETS["Course recipe"], TrainConfig()
    assert PRESETS["Balanced"] == defaults
    same = ("frozen_epochs", "fine_tune_epochs", "learning_rate", "fine_tune_factor",
            "fine_tune_at", "image_size", "batch_size", "validation_split", "dropout")
    assert all(getattr(defaults, name) == getattr(recipe, name) for name in same)
    assert defaults.augmentation.horizontal_flip
    # Measured (benchmarks/bench_accuracy.py): upright photos pay for ±72°.
    assert defaults.augmentation.rotation < recipe.augmentation.rotation
