"""What the ImageNet features can tell apart, at 160 px, at 224 px, and 160 px photos shown at 224.

    python benchmarks/bench_features.py [DATA_DIR] [--folds 5] [--seeds 42,1,2,3,4,5]

No training of MobileNetV2 here: each photo goes once, unaugmented, through the
frozen base (the ImageNet weights from ``../shared/keras/models``), and an L2
softmax regression on its 1280 pooled features (the "linear probe"; for two
classes a logistic regression) is scored by k-fold cross-validation over all
photos and on each seed's validation photos (the splits training uses).
Three inputs:

- ``160 px``: the photos as training sees them by default;
- ``160 px shown at 224``: the same 160 px photos, enlarged to 224 px before the
  base: no new detail, only objects at the scale the weights were trained at;
- ``224 px``: the photos decoded at 224 px.

The cross-validated column (all photos) says how much the scale costs; the
per-seed columns are the probe's ceiling on the very validation photos
`benchmarks/bench_accuracy.py` scores the engine on (issue 13: on
``../shared/datasets/flowers`` the defaults come within 2 points of it).
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


def linear_probe(train_x: np.ndarray, train_y: np.ndarray, test_x: np.ndarray,
                 num_classes: int) -> np.ndarray:
    """Predicted labels of an L2 softmax regression on standardized features.

    Full-batch Adam to convergence: deterministic, and for two classes the same
    decision as a logistic regression. The ceiling of what a linear top can make
    of the frozen features, with no augmentation.
    """
    mean, scale = train_x.mean(0), train_x.std(0) + 1e-6
    a, b = (train_x - mean) / scale, (test_x - mean) / scale
    targets = np.eye(num_classes)[train_y]
    w, bias = np.zeros((a.shape[1], num_classes)), np.zeros(num_classes)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        logits = a @ w + bias
        p = np.exp(logits - logits.max(1, keepdims=True))
        error = p / p.sum(1, keepdims=True) - targets
        grad = a.T @ error / len(targets) + L2 * w
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        bias -= 0.05 * error.mean(0)
    return (b @ w + bias).argmax(1)


def pooled_features(images: np.ndarray, size: int) -> np.ndarray:
    """The frozen base's pooled features of 0–255 `images`, resized to `size` px first."""
    import keras
    import tensorflow as tf

    from core.model import load_base

    base = load_base(size)
    model = keras.Sequential([base, keras.layers.GlobalAveragePooling2D()])
    x = tf.image.resize(images.astype(np.float32), (size, size)).numpy()
    return model.predict(x / 127.5 - 1.0, batch_size=32, verbose=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "datasets" / "alpaca")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", default="42,1,2,3,4,5",
                        help="seeds of the splits the probe is also scored on")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        if not os.environ.get("KERAS_HOME"):
            os.environ["KERAS_HOME"] = str(keras_home(Path(workdir)))
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        from core.dataset import check_dataset
        from core.split import split_dataset

        pooled = pooled_features
        at_160 = check_dataset(args.data, image_size=160)
        at_224 = check_dataset(args.data, image_size=224)
        labels = at_160.labels
        features = {
            "160 px": pooled(at_160.images, 160),
            "160 px shown at 224": pooled(at_160.images, 224),
            "224 px": pooled(at_224.images, 224),
        }
        seeds = [int(seed) for seed in args.seeds.split(",") if seed]
        splits = [split_dataset(at_160.photos, 0.2, seed) for seed in seeds]
        classes = len(at_160.class_names)
        folds = np.array_split(np.random.default_rng(0).permutation(len(labels)), args.folds)
        print(f"{args.data}: {len(labels)} photos in {classes} classes; softmax regression "
              "on the frozen base's pooled features (no augmentation, no fine-tuning)")
        print(f"{'input':<22}{str(args.folds) + '-fold':>7}   "
              + "".join(f"{'seed ' + str(s):>9}" for s in seeds) + f"{'mean':>8}{'min':>7}"
              f"   ({len(splits[0].validation)} validation photos at seed {seeds[0]})")
        for name, x in features.items():
            scores = []
            for fold in folds:
                train = np.setdiff1d(np.arange(len(labels)), fold)
                guess = linear_probe(x[train], labels[train], x[fold], classes)
                scores.append(np.mean(guess == labels[fold]))
            per_seed = [np.mean(linear_probe(x[split.train], labels[split.train],
                                             x[split.validation], classes)
                                == labels[split.validation]) for split in splits]
            print(f"{name:<22}{np.mean(scores):>7.3f}   "
                  + "".join(f"{v:>9.3f}" for v in per_seed)
                  + f"{np.mean(per_seed):>8.3f}{min(per_seed):>7.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
