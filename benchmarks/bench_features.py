"""What the ImageNet features can tell apart, at 160 px, at 224 px, and 160 px photos shown at 224.

    python benchmarks/bench_features.py [DATA_DIR] [--folds 5]

No training of MobileNetV2 here: each photo goes once, unaugmented, through the
frozen base (the ImageNet weights from ``../shared/keras/models``), and a
logistic regression on its 1280 pooled features is scored by k-fold
cross-validation over all photos and on the seed-42 split's validation photos.
Three inputs:

- ``160 px``: the photos as training sees them by default;
- ``160 px shown at 224``: the same 160 px photos, enlarged to 224 px before the
  base: no new detail, only objects at the scale the weights were trained at;
- ``224 px``: the photos decoded at 224 px.

The cross-validated column (all photos) says how much the scale costs; the
seed-42 column is the 60 photos issue 2's accuracy bar is measured on.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_train import SHARED, keras_home  # noqa: E402

L2 = 1e-2
STEPS = 2000


def logistic_regression(train_x: np.ndarray, train_y: np.ndarray,
                        test_x: np.ndarray) -> np.ndarray:
    """Class-0 predictions of an L2 logistic regression on standardized features."""
    mean, scale = train_x.mean(0), train_x.std(0) + 1e-6
    a, b = (train_x - mean) / scale, (test_x - mean) / scale
    targets = (train_y == 0).astype(np.float64)
    w, bias = np.zeros(a.shape[1]), 0.0
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):  # full-batch Adam: deterministic
        error = 1 / (1 + np.exp(-(a @ w + bias))) - targets
        grad = a.T @ error / len(targets) + L2 * w
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        bias -= 0.05 * error.mean()
    return b @ w + bias > 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "datasets" / "alpaca")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        if not os.environ.get("KERAS_HOME"):
            os.environ["KERAS_HOME"] = str(keras_home(Path(workdir)))
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        import keras
        import tensorflow as tf

        from core.dataset import check_dataset
        from core.model import load_base
        from core.split import split_dataset

        def pooled(images: np.ndarray, size: int) -> np.ndarray:
            base = load_base(size)
            model = keras.Sequential([base, keras.layers.GlobalAveragePooling2D()])
            x = tf.image.resize(images.astype(np.float32), (size, size)).numpy()
            return model.predict(x / 127.5 - 1.0, batch_size=32, verbose=0)

        at_160 = check_dataset(args.data, image_size=160)
        at_224 = check_dataset(args.data, image_size=224)
        labels = at_160.labels
        features = {
            "160 px": pooled(at_160.images, 160),
            "160 px shown at 224": pooled(at_160.images, 224),
            "224 px": pooled(at_224.images, 224),
        }
        split = split_dataset(at_160.photos, 0.2, 42)
        folds = np.array_split(np.random.default_rng(0).permutation(len(labels)), args.folds)
        print(f"{args.data}: {len(labels)} photos; logistic regression on the frozen "
              "base's pooled features (no augmentation, no fine-tuning)")
        print(f"{'input':<22}{args.folds}-fold accuracy   seed-42 split ({len(split.validation)}"
              " validation photos)")
        for name, x in features.items():
            scores = []
            for fold in folds:
                train = np.setdiff1d(np.arange(len(labels)), fold)
                guess = logistic_regression(x[train], labels[train], x[fold])
                scores.append(np.mean(guess == (labels[fold] == 0)))
            guess = logistic_regression(x[split.train], labels[split.train], x[split.validation])
            seed42 = np.mean(guess == (labels[split.validation] == 0))
            print(f"{name:<22}{np.mean(scores):<19.3f}{seed42:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
