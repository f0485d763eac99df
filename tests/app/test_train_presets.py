"""The "Course recipe" preset trains exactly the course's recipe, augmentation included."""

from __future__ import annotations

from core.augment_config import AugmentConfig
from core.train_config import COURSE_RECIPE
from tests.app.test_train_page import train_page  # noqa: F401, F811  (the fixture)


def test_the_course_recipe_trains_the_courses_numbers_and_its_own_augmentation(train_page):  # noqa: F811
    panel = train_page.settings_panel
    ours = AugmentConfig()  # what the Augment step holds: the measured default
    assert ours.rotation != COURSE_RECIPE.augmentation.rotation
    panel.preset.setCurrentText("Course recipe")
    assert panel.preset.currentText() == "Course recipe"
    assert "±72°" in panel.preset_hint.text()
    config = panel.config(ours)
    for field in ("frozen_epochs", "fine_tune_epochs", "image_size", "learning_rate",
                  "fine_tune_factor", "fine_tune_at", "batch_size", "dropout",
                  "augmented_versions", "validation_split", "seed"):
        assert getattr(config, field) == getattr(COURSE_RECIPE, field), field
    assert config.augmentation == COURSE_RECIPE.augmentation
    assert config.augmentation.rotation == 0.2 and config.augmentation.horizontal_flip
    panel.frozen_epochs.setValue(3)  # no longer the course's recipe
    assert panel.preset.currentText() == "Custom"
    assert panel.config(ours).augmentation == ours
    panel.preset.setCurrentText("Balanced")
    assert panel.config(ours).augmentation == ours
