"""Scale bar (issue 17): time per photo and peak memory of a large set vs. a tenth of it.

    python benchmarks/bench_scale.py [--photos 6000] [--small 600] [--source DIR]
        [--frozen-epochs 2] [--fine-tune-epochs 1] [--curve 2000,12000] [--keep]

Builds a large set of *distinct* photos from the shared flowers (each a different
crop of a source photo, some mirrored, saved as JPEG; no two files alike) under a
temporary folder in /tmp (never in ../shared), and a small set of the first
`--small` of them (the same share per class). Then runs ``alpaca-studio train
--frozen-epochs 2 --fine-tune-epochs 1 --json`` (as ``python -m core.cli``) on
each, every run on its own empty photo cache, and prints side by side: seconds
from process start to saved model, seconds per photo, their ratio and each
process's peak memory.

Bars (issue 17): 6,000 photos in 5 classes, peak memory < 3 GB, time per photo
≤ 1.3 × that of the same run on 600 of them. ``--curve`` adds runs on other numbers of
photos (subsets of one built set) and prints, for every run, the seconds per 1,000
photos and the peak memory, with the load average at that run: memory must stay
flat as the photos grow.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_train import SHARED, keras_home, run_measured  # noqa: E402

BARS = {"peak_gb": 3.0, "per_photo_ratio": 1.3}
CROP_SIZE = 256  # saved size of each crop: larger than the 160 px the model takes


def build_set(source: Path, target: Path, total: int, seed: int = 0) -> dict[str, list[Path]]:
    """`total` distinct crops of the photos in `source`'s class folders, spread evenly."""
    classes = sorted(p for p in source.iterdir() if p.is_dir())
    rng = np.random.default_rng(seed)
    per_class = total // len(classes)
    made: dict[str, list[Path]] = {}
    seen: set[str] = set()
    for folder in classes:
        photos = sorted(p for p in folder.iterdir() if p.is_file())
        (target / folder.name).mkdir(parents=True)
        made[folder.name] = []
        number = 0
        while len(made[folder.name]) < per_class:
            source_photo = photos[number % len(photos)]
            number += 1
            with Image.open(source_photo) as image:
                image = image.convert("RGB")
                width, height = image.size
                side = int(min(width, height) * rng.uniform(0.45, 0.95))
                left = int(rng.integers(0, width - side + 1))
                top = int(rng.integers(0, height - side + 1))
                crop = image.crop((left, top, left + side, top + side)).resize(
                    (CROP_SIZE, CROP_SIZE), Image.BILINEAR)
            if rng.random() < 0.5:
                crop = crop.transpose(Image.FLIP_LEFT_RIGHT)
            path = target / folder.name / f"crop-{len(made[folder.name]):05d}.jpg"
            crop.save(path, quality=90)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest in seen:  # the same box twice: draw another
                path.unlink()
                continue
            seen.add(digest)
            made[folder.name].append(path)
    return made


def linked_subset(made: dict[str, list[Path]], target: Path, total: int) -> None:
    """The first `total` photos of `made` (the same number per class), as symbolic links."""
    per_class = total // len(made)
    for name, paths in made.items():
        (target / name).mkdir(parents=True)
        for path in paths[:per_class]:
            (target / name / path.name).symlink_to(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=6000)
    parser.add_argument("--small", type=int, default=600)
    parser.add_argument("--source", type=Path, default=SHARED / "datasets" / "flowers")
    parser.add_argument("--frozen-epochs", type=int, default=2)
    parser.add_argument("--fine-tune-epochs", type=int, default=1)
    parser.add_argument("--weights", default=None, help="passed to train (default: ImageNet)")
    parser.add_argument("--keep", action="store_true", help="keep the built set in /tmp")
    parser.add_argument("--curve", default="",
                        help="more numbers of photos to run, e.g. 2000,12000")
    args = parser.parse_args()
    curve = sorted({int(n) for n in args.curve.split(",") if n.strip()} - {args.photos})
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="alpaca-scale-", dir="/tmp"))
    try:
        env = {**os.environ, "KERAS_HOME": str(keras_home(work)), "TF_CPP_MIN_LOG_LEVEL": "3",
               "PYTHONPATH": str(REPO)}
        total = max([args.photos, *curve])
        made = build_set(args.source, work / "all", total)
        names = {"small": args.small, "large": args.photos} | {f"{n}": n for n in curve}
        for name, count in names.items():
            linked_subset(made, work / name, count)
        results, loads = {}, {}
        for name in sorted(names, key=names.get):  # the smallest first: a curve's start
            loads[name] = os.getloadavg()[0]
            command = [sys.executable, "-m", "core.cli", "train", str(work / name),
                       "--out", str(work / f"run-{name}"), "--frozen-epochs",
                       str(args.frozen_epochs), "--fine-tune-epochs", str(args.fine_tune_epochs),
                       "--json"]
            if args.weights:
                command += ["--weights", args.weights]
            results[name] = run_measured(
                command, {**env, "ALPACA_STUDIO_CACHE": str(work / f"cache-{name}")})
            shutil.rmtree(work / f"run-{name}", ignore_errors=True)
            shutil.rmtree(work / f"cache-{name}", ignore_errors=True)
            result = results[name]
            # As each run ends: a long curve still leaves its figures if a later run fails.
            print(f"{names[name]} photos: {result[0]['total_seconds']:.1f} s, "
                  f"peak {result[2]:.2f} GB, load {loads[name]:.1f}", file=sys.stderr,
                  flush=True)
    finally:
        if args.keep:
            print(f"(the set is kept in {work})", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    report({n: results[n] for n in ("small", "large")}, load_before, os.getloadavg())
    print_curve(results, loads)


def print_curve(results: dict, loads: dict) -> None:
    """Seconds per 1,000 photos and peak memory of every run, by the number of photos."""
    print()
    # The engine's time split by phase, each per 1,000 photos: the one that grows faster
    # than the photos is the one to look at. "check + split": checking and decoding every
    # photo, the validation photos and the near-copy grouping (all before the first round).
    print(f"{'photos':>8}{'s per 1,000 photos':>20}{'training only':>15}"
          f"{'check + split':>15}{'frozen':>8}{'fine-tune':>11}{'peak GB':>10}"
          f"{'load (1 min)':>14}")
    for name, result in sorted(results.items(), key=lambda item: sum(
            item[1][0]["counts"].values())):
        figures = result[0]
        count = sum(figures["counts"].values())
        before = figures["train_seconds"] - figures["seconds_frozen"] - figures[
            "seconds_fine_tune"]
        print(f"{count:>8}{1000 * figures['total_seconds'] / count:>20.1f}"
              f"{1000 * figures['train_seconds'] / count:>15.1f}{1000 * before / count:>15.1f}"
              f"{1000 * figures['seconds_frozen'] / count:>8.1f}"
              f"{1000 * figures['seconds_fine_tune'] / count:>11.1f}{result[2]:>10.2f}"
              f"{loads[name]:>14.1f}")


def report(results: dict, load_before, load_after) -> None:
    counts = {name: sum(r[0]["counts"].values()) for name, r in results.items()}
    per_photo = {name: r[0]["total_seconds"] / counts[name] for name, r in results.items()}
    print(f"{'figure':<34}" + "".join(f"{f'{counts[n]} photos':>14}" for n in results))
    rows = [
        ("start to saved model (s)", lambda r, n: f"{r[0]['total_seconds']:.1f}"),
        ("ms per photo", lambda r, n: f"{1000 * per_photo[n]:.1f}"),
        ("ms per photo, CPU time", lambda r, n: f"{1000 * r[3] / counts[n]:.1f}"),
        # The engine alone (check, training, evaluation), without start-up and saving.
        ("ms per photo, training only", lambda r, n:
         f"{1000 * r[0]['train_seconds'] / counts[n]:.1f}"),
        ("validation accuracy", lambda r, n: f"{r[0]['val_accuracy']:.3f}"),
        ("peak memory (GB)", lambda r, n: f"{r[2]:.2f}"),
    ]
    for title, cell in rows:
        print(f"{title:<34}" + "".join(f"{cell(r, n):>14}" for n, r in results.items()))
    ratio = per_photo["large"] / per_photo["small"]
    peak = results["large"][2]
    print()
    print(f"{'time per photo, large / small ≤ 1.3×':<44}{ratio:>8.2f}×  "
          f"{'PASS' if ratio <= BARS['per_photo_ratio'] else 'FAIL'}")
    print(f"{'peak memory, large < 3 GB':<44}{peak:>7.2f} GB  "
          f"{'PASS' if peak < BARS['peak_gb'] else 'FAIL'}")
    print(f"load average (1 min) before {load_before[0]:.1f}, after {load_after[0]:.1f} "
          f"on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
