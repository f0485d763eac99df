"""What decides a training run: plain data, no TensorFlow (the app builds it on the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.augment_config import AugmentConfig
from core.messages import QT_TRANSLATE_NOOP

DEFAULT_IMAGE_SIZE = 160
IMAGE_SIZES = (96, 128, 160, 192, 224)
DEFAULT_DROPOUT = 0.2
DEFAULT_SEED = 42
DEFAULT_VALIDATION_SPLIT = 0.2
LAYER_COUNT = 154  # MobileNetV2 without its top


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a training run; the same config and seed give the same run."""

    frozen_epochs: int = 5
    fine_tune_epochs: int = 5
    learning_rate: float = 1e-3
    fine_tune_factor: float = 0.1
    fine_tune_at: int = 120
    image_size: int = DEFAULT_IMAGE_SIZE
    batch_size: int = 32
    validation_split: float = DEFAULT_VALIDATION_SPLIT
    seed: int = DEFAULT_SEED
    dropout: float = DEFAULT_DROPOUT
    augmentation: AugmentConfig = field(default_factory=AugmentConfig)
    weights: str | None = "imagenet"
    # How many randomly augmented versions of each training photo go through the
    # frozen part of MobileNetV2 (its costliest part); the epochs of both phases cycle
    # through them. Measured on the alpaca set: 3, 4 and 5 give the same accuracy.
    augmented_versions: int = 3

    def __post_init__(self) -> None:
        for name in ("frozen_epochs", "fine_tune_epochs"):
            value = getattr(self, name)
            if not isinstance(value, int) or not 0 <= value <= 1000:
                raise ValueError(f"{name} must be a whole number from 0 to 1000. "
                                 f"Received: {name}={value}")
        if self.frozen_epochs + self.fine_tune_epochs == 0:
            raise ValueError("At least one epoch is needed. Received: frozen_epochs=0, "
                             "fine_tune_epochs=0")
        if not 0 < self.learning_rate <= 1:
            raise ValueError(f"learning_rate must be in (0, 1]. "
                             f"Received: learning_rate={self.learning_rate}")
        if not 0 < self.fine_tune_factor <= 1:
            raise ValueError(f"fine_tune_factor must be in (0, 1]. "
                             f"Received: fine_tune_factor={self.fine_tune_factor}")
        if not isinstance(self.fine_tune_at, int) or not 0 <= self.fine_tune_at < LAYER_COUNT:
            raise ValueError(f"fine_tune_at must be a layer number from 0 to {LAYER_COUNT - 1}. "
                             f"Received: fine_tune_at={self.fine_tune_at}")
        if self.image_size not in IMAGE_SIZES:
            raise ValueError(f"image_size must be one of {IMAGE_SIZES}. "
                             f"Received: image_size={self.image_size}")
        if not isinstance(self.batch_size, int) or not 1 <= self.batch_size <= 1024:
            raise ValueError(f"batch_size must be from 1 to 1024. "
                             f"Received: batch_size={self.batch_size}")
        if not 0.0 < self.validation_split < 1.0:
            raise ValueError("validation_split must be between 0 and 1 (exclusive). "
                             f"Received: validation_split={self.validation_split}")
        if not isinstance(self.seed, int) or not 0 <= self.seed < 2**32:
            raise ValueError(f"seed must be a whole number from 0 to {2**32 - 1}. "
                             f"Received: seed={self.seed}")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1). Received: dropout={self.dropout}")
        if not isinstance(self.augmented_versions, int) or not 1 <= self.augmented_versions:
            raise ValueError("augmented_versions must be a whole number of at least 1. "
                             f"Received: augmented_versions={self.augmented_versions}")

    @property
    def fine_tune_learning_rate(self) -> float:
        return self.learning_rate * self.fine_tune_factor

    def to_dict(self) -> dict:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values["augmentation"] = self.augmentation.to_dict()
        return values

    @classmethod
    def from_dict(cls, values: dict) -> TrainConfig:
        known = {name: values[name] for name in cls.__dataclass_fields__ if name in values}
        if isinstance(known.get("augmentation"), dict):
            known["augmentation"] = AugmentConfig.from_dict(known["augmentation"])
        return cls(**known)


# The transfer-learning recipe the course teaches (benchmarks/plain_recipe.py), number for
# number, so anyone can compare with it: horizontal flip + rotation 0.2 (±72°) and nothing
# else, 160 px, batch 32, 5 + 5 epochs, Adam 1e-3, fine-tuning from layer 120 at 0.1×.
# The recipe draws a new augmented version of each photo every epoch of its first
# phase; 5 versions do the same here (its second phase sees those five again).
COURSE_RECIPE = TrainConfig(
    frozen_epochs=5, fine_tune_epochs=5, learning_rate=1e-3, fine_tune_factor=0.1,
    fine_tune_at=120, image_size=160, batch_size=32, validation_split=0.2, dropout=0.2,
    augmentation=AugmentConfig(horizontal_flip=True, vertical_flip=False, rotation=0.2,
                               zoom=0.0, translation=0.0, contrast=0.0, brightness=0.0),
    augmented_versions=5)

# Names are keys (settings, --preset) and shown words: marked so the window can say them.
PRESETS: dict[str, TrainConfig] = {
    QT_TRANSLATE_NOOP("core", "Quick"): TrainConfig(frozen_epochs=3, fine_tune_epochs=2),
    QT_TRANSLATE_NOOP("core", "Balanced"): TrainConfig(),
    QT_TRANSLATE_NOOP("core", "Thorough"): TrainConfig(frozen_epochs=8, fine_tune_epochs=8,
                                                        image_size=224),
    QT_TRANSLATE_NOOP("core", "Course recipe"): COURSE_RECIPE,
}


def with_changes(config: TrainConfig, **changes) -> TrainConfig:
    """A copy of `config` with some values changed (validated again)."""
    return replace(config, **changes)
