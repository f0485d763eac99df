"""Stored activations beyond the memory budget: read back from disk, memory-mapped, or recomputed?

    python benchmarks/bench_stream.py [--photos 256] [--size 160]

For one batch size of photos at the default cut (`TrainConfig().fine_tune_at`),
prints the milliseconds per photo of each way a run can get a photo's
frozen-part output (the bottom fine-tuning trains on) when it is not in memory:

- **recompute**: the photo's pixels through the frozen part again (`TrainingSteps.features`);
- **read**: the cache entry read whole and checked (`core.photo_cache.read_entry`: length + CRC-32);
- **memory-map**: ``np.load(mmap_mode="r")`` of the entry, copied out (no CRC check);
- **memory**: a copy from an array already in memory (the budget's case);

and each one's ratio to recompute. Each figure is the best of 3 passes over the
photos (the entries are in the OS's page cache after the first, as in a run's
later epochs). Random weights: the cost does not depend on the weights' values.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=256)
    parser.add_argument("--size", type=int, default=160)
    args = parser.parse_args()
    os.environ["ALPACA_STUDIO_CACHE"] = tempfile.mkdtemp(prefix="alpaca-stream-", dir="/tmp")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf

    from core.augment_config import AugmentConfig
    from core.model import build_classifier
    from core.photo_cache import clear_cache, entry_path, read_entry, write_entry
    from core.train_config import TrainConfig
    from core.training_steps import FROZEN_CHUNK, TrainingSteps

    load = os.getloadavg()
    model = build_classifier(2, args.size, AugmentConfig(), None)
    steps = TrainingSteps(model, args.size, TrainConfig().fine_tune_at, 1e-3, binary=True)
    pixels = np.random.default_rng(0).integers(
        0, 255, (args.photos, args.size, args.size, 3)).astype(np.float32)

    def recompute():
        for start in range(0, args.photos, FROZEN_CHUNK):
            bottom, _ = steps.features(tf.constant(pixels[start:start + FROZEN_CHUNK]))

    recompute()  # traced once, outside the timing
    bottom, _ = steps.features(tf.constant(pixels[:1]))
    flat = np.concatenate([np.asarray(b).reshape(1, -1) for b in
                           (bottom if isinstance(bottom, (list, tuple)) else [bottom])],
                          axis=1)[0].astype(np.float16)
    keys = [f"{i:040x}" for i in range(args.photos)]
    for key in keys:
        write_entry("bottom", key, flat)
    held = np.stack([flat] * args.photos)

    def read():
        for key in keys:
            assert read_entry("bottom", key) is not None

    def mapped():
        for key in keys:
            np.array(np.load(entry_path("bottom", key), mmap_mode="r"))

    def memory():
        for row in range(args.photos):
            held[row].copy()

    figures = {}
    for name, way in (("recompute", recompute), ("read", read), ("memory-map", mapped),
                      ("memory", memory)):
        best = np.inf
        for _ in range(3):
            start = time.perf_counter()
            way()
            best = min(best, time.perf_counter() - start)
        figures[name] = 1000 * best / args.photos
    clear_cache()
    print(f"one photo's stored bottom: {flat.nbytes / 1e3:.0f} kB (float16), "
          f"{args.size} px, cut at layer {TrainConfig().fine_tune_at}")
    print(f"{'way':<14}{'ms per photo':>14}{'× recompute':>14}")
    for name, ms in figures.items():
        print(f"{name:<14}{ms:>14.3f}{ms / figures['recompute']:>14.4f}")
    print(f"load average (1 min) before {load[0]:.1f}, after {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
