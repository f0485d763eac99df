"""Suggestions from 10 sorted photos per class: today's head against cheap variants.

    python benchmarks/bench_suggest.py [--picks 20] [--sets alpaca flowers] [--size 160]

For each shared set (``../shared/datasets``, never written), `--picks` random
choices of 10 photos per class are "sorted"; every other photo is answered, and
the share answered right is printed as mean ± standard deviation over the picks
(issue 15's bar: >= 85 %), for `core.suggest.suggest` as it is and for inputs and
heads that cost nothing more to compute: features of length 1, features averaged
with the mirrored photo's (which the app would have to compute too), nearest
class mean, a blend of that with the head, regularisation chosen by leave-one-out
on the sorted photos. Every variant sees the same picks. Features come from
`core.photo_features` (kept in ``--features`` between runs).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_audit import SORTED_PER_CLASS, photos_of, set_features  # noqa: E402
from benchmarks.bench_train import SHARED  # noqa: E402

L2_GRID = (1e-4, 1e-3, 1e-2, 1e-1)


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def prototype_scores(x: np.ndarray, labels: np.ndarray, sorted_: np.ndarray,
                     rest: np.ndarray, classes: int) -> np.ndarray:
    """Cosine to each class's mean (features centred on all photos', of length 1)."""
    centred = unit(x - x.mean(axis=0))
    means = unit(np.stack([centred[sorted_][labels[sorted_] == c].mean(axis=0)
                           for c in range(classes)]))
    return centred[rest] @ means.T


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def loo_l2(x: np.ndarray, labels: np.ndarray, sorted_: np.ndarray, classes: int) -> float:
    """The regularisation whose leave-one-out log-loss on the sorted photos is lowest."""
    from core.suggest import suggest

    best, best_loss = L2_GRID[0], np.inf
    for l2 in L2_GRID:
        loss = 0.0
        for k, i in enumerate(sorted_):
            others = np.delete(sorted_, k)
            p = suggest(x[others], labels[others], x[[i]], classes, l2=l2)
            loss -= float(np.log(max(p[0, labels[i]], 1e-12)))
        if loss < best_loss:
            best, best_loss = l2, loss
    return best


def measure(features: np.ndarray, mirrored: np.ndarray, labels: np.ndarray, classes: int,
            picks: int, loo: bool) -> None:
    """Print each variant's share answered right over `picks` picks of the sorted photos."""
    from core.suggest import suggest

    averaged = (features + mirrored) / 2

    def blend(x, s, r):
        return np.log(suggest(x[s], labels[s], x[r], classes)) + np.log(
            softmax(20.0 * prototype_scores(x, labels, s, r, classes)))

    kinds = {
        "the head on the features (today)": lambda s, r: suggest(
            features[s], labels[s], features[r], classes),
        "the head, features of length 1": lambda s, r: suggest(
            unit(features[s]), labels[s], unit(features[r]), classes),
        "nearest class mean (cosine)": lambda s, r: prototype_scores(
            features, labels, s, r, classes),
        "head x class mean, blended": lambda s, r: blend(features, s, r),
        "the head, mirror-averaged (needs mirrored)": lambda s, r: suggest(
            averaged[s], labels[s], averaged[r], classes),
        "head x class mean, mirror-averaged": lambda s, r: blend(averaged, s, r),
    }
    if loo:
        kinds["the head, l2 by leave-one-out"] = lambda s, r: suggest(
            features[s], labels[s], features[r], classes,
            l2=loo_l2(features, labels, s, classes))
    chosen = []
    for pick in range(picks):
        rng = np.random.default_rng(1000 + pick)
        sorted_ = np.concatenate([rng.choice(np.flatnonzero(labels == c), SORTED_PER_CLASS,
                                             replace=False) for c in range(classes)])
        chosen.append((sorted_, np.setdiff1d(np.arange(len(labels)), sorted_)))
    for kind, answer in kinds.items():
        right = [float((answer(s, r).argmax(axis=1) == labels[r]).mean()) for s, r in chosen]
        print(f"  {kind:<44} {np.mean(right):.3f} ± {np.std(right):.3f} "
              f"(min {np.min(right):.3f})   bar 0.85", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--picks", type=int, default=20)
    parser.add_argument("--sets", nargs="+", default=["alpaca", "flowers"])
    parser.add_argument("--size", type=int, default=160)
    parser.add_argument("--loo", action="store_true", help="also l2 by leave-one-out (slow)")
    parser.add_argument("--features", type=Path, default=Path("/tmp/alpaca-bench-features"))
    args = parser.parse_args()
    for name in args.sets:
        names, paths, labels = photos_of(SHARED / "datasets" / name)
        started = time.perf_counter()
        features, mirrored, _, failures = set_features(paths, args.features, name, args.size)
        assert not failures, failures
        print(f"\n{name}: {len(labels)} photos, {len(names)} classes, {args.size} px, "
              f"{SORTED_PER_CLASS} per class sorted, {args.picks} picks "
              f"(features {time.perf_counter() - started:.0f} s)", flush=True)
        measure(features, mirrored, labels, len(names), args.picks, args.loo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
