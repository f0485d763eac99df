"""The model helps sort: wrong folders, near-copies and suggestions, against issue 15's bars.

    python benchmarks/bench_audit.py [--seeds 3] [--sets alpaca flowers]

On sets made in a temporary folder from ``../shared/datasets`` (never written):

(a) 10 % of a set's photos moved to another class's folder (renamed): the share
    of them among audit's suspects (bar >= 70 %) and the share of suspects that
    are such photos (bar >= 50 %); over several seeds, and once through
    ``alpaca-studio audit --json`` itself;
(b) 8 near-copies made from originals (resized, recompressed, cropped a little,
    brightened, mirrored, and mixes): how many group with their original (bar
    >= 7 of 8), and how many other groups appear, per copy kind, side by side for
    what the groups are found from (`VARIANTS`: with the mirrored photos' features,
    the plain features and thumbnails alone, the plain features alone), and beside
    them what the Sort page's health panel groups (`SortPagePath`: the feature
    process, `FeatureStore` and the panel's audit, on the same photos); with the
    similarities that the threshold is chosen from;
(c) 10 photos per class sorted: how many of the rest ``suggest`` labels right
    (bar >= 85 %), and ``alpaca-studio suggest --json`` on ~400 photos from a cold
    start, process start to answers (bar <= 30 s);
(d) a suggestion refresh (the head retrained after one more sorted photo, the
    unsorted photos answered again): median time (bar < 200 ms);
(e) with ``--gui 2000``: the Sort page itself, offscreen, while it computes the
    features of 2,000 photos waiting in Unsorted: the longest pause of its GUI
    thread (bar 50 ms), and a suggestion refresh after a sort (bar < 200 ms);
and the regularisation sweep behind `core.suggest.DEFAULT_L2`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_train import SHARED, keras_home  # noqa: E402

NOISE = 0.10
SORTED_PER_CLASS = 10
COLD_PHOTOS = 400
SURE = 0.9  # "Accept all sure ones": how right the sure suggestions are
SIZE_ARGS: list[str] = []  # --image-size for the commands, when not the default


# What near-copies are found from, side by side in (a) and (b): (name, mirrored features,
# thumbnails). The first is what training and `audit` used before the mirrored pass went
# (a second pass of every photo through the network); the second is `audit` and training
# now; the last is what the Sort page's health panel had until it got the thumbnails too.
VARIANTS = (
    ("plain + mirrored + thumbnails", True, True),
    ("plain + thumbnails", False, True),
    ("plain only", False, False),
)
SORT_PAGE = "the Sort page"


class SortPagePath:
    """The Sort page's near-copy check outside the window, on photos the bench names.

    The app's own pieces: `FeatureProcess` (the child process the page computes features
    in), `FeatureStore` (what it keeps of each photo) and `folder_doubts.audit_known`
    (the health panel's audit job), with a Qt event loop, as the page runs them.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from app.steps.sort.features import FeatureStore

        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.store = FeatureStore()
        self.store.start()  # "the engine has loaded"

    def rows(self, paths: list[Path]):
        """(features, thumbnails) the page's store holds for `paths`, once it has them all."""
        from PySide6.QtCore import QEventLoop, QTimer

        from app.steps.sort.folder_doubts import known_rows

        self.store.want(paths)
        while self.store.busy:
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        if self.store.error is not None:
            raise SystemExit(f"the Sort page's features failed: {self.store.error}")
        return known_rows(self.store, paths)

    def groups(self, paths: list[Path], labels: np.ndarray, classes: int) -> list[list[int]]:
        from app.steps.sort.folder_doubts import audit_known

        rows, layouts = self.rows(paths)
        return audit_known(rows, layouts, labels, classes)[1]

    def close(self) -> None:
        self.store.shutdown()


def bar(name: str, value: float, goal: str, ok: bool) -> None:
    print(f"  {name:<58} {value:>8.3f}   bar {goal:<8} {'PASS' if ok else 'FAIL'}", flush=True)


def photos_of(data: Path) -> tuple[list[str], list[Path], np.ndarray]:
    from core.photo_audit import sorted_photos

    names, photos, _ = sorted_photos(data)
    return list(names), [p.path for p in photos], np.array([p.label for p in photos])


def misfile(labels: np.ndarray, classes: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    moved = rng.choice(len(labels), int(round(NOISE * len(labels))), replace=False)
    given = labels.copy()
    given[moved] = (labels[moved] + rng.integers(1, classes, len(moved))) % classes
    return given, moved


def score_suspects(suspects, moved) -> tuple[float, float, int]:
    found = {s.index for s in suspects}
    hits = len(found & {int(i) for i in moved})
    return hits / len(moved), hits / max(len(found), 1), len(found)


def wrong_folders(name, features, mirrored, thumbnails, labels, classes, seeds) -> None:
    from core.photo_audit import audit_features

    print(f"\n(a) {name}: {NOISE:.0%} of {len(labels)} photos moved to another class's folder")
    for variant, with_mirrored, with_thumbnails in VARIANTS:
        recalls, precisions = [], []
        for seed in range(seeds):
            given, moved = misfile(labels, classes, seed)
            start = time.perf_counter()
            suspects, _ = audit_features(features, mirrored if with_mirrored else None, given,
                                         classes,
                                         thumbnails=thumbnails if with_thumbnails else None)
            seconds = time.perf_counter() - start
            recall, precision, listed = score_suspects(suspects, moved)
            recalls.append(recall)
            precisions.append(precision)
            print(f"  [{variant}] seed {seed}: {listed} suspects, {recall:.0%} of the moved "
                  f"photos found, {precision:.0%} of the suspects moved ({seconds:.2f} s on "
                  "features)")
        bar(f"moved photos among the suspects, mean [{variant}]", np.mean(recalls), ">= 0.70",
            np.mean(recalls) >= 0.70)
        bar(f"suspects that were moved, mean [{variant}]", np.mean(precisions), ">= 0.50",
            np.mean(precisions) >= 0.50)


def audit_command(data: Path, workdir: Path, env: dict, seed: int = 0) -> None:
    """The real command on a folder where 10 % of the photos were moved (as links, renamed)."""
    names, paths, labels = photos_of(data)
    given, moved = misfile(labels, len(names), seed)
    root = workdir / f"misfiled-{data.name}"
    moved_paths = set()
    for index, (path, label) in enumerate(zip(paths, given)):
        target = root / names[label] / f"photo-{index:04d}{path.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(path)
        if index in set(moved.tolist()):
            moved_paths.add(str(target))
    document, seconds = run_cli(["audit", str(root), "--json", *SIZE_ARGS], env)
    listed = {s["path"] for s in document["suspects"]}
    hits = len(listed & moved_paths)
    print(f"  alpaca-studio audit --json on {data.name} (seed {seed}): {len(listed)} suspects, "
          f"{hits} of {len(moved_paths)} moved photos, {len(document['near_duplicates'])} "
          f"near-copy groups, {seconds:.1f} s from process start")
    bar(f"audit command: moved photos found ({data.name})", hits / len(moved_paths), ">= 0.70",
        hits / len(moved_paths) >= 0.70)
    bar(f"audit command: suspects that were moved ({data.name})", hits / max(len(listed), 1),
        ">= 0.50", hits / max(len(listed), 1) >= 0.50)


def make_copies(paths: list[Path], folder: Path, seed: int) -> list[tuple[Path, int, str]]:
    """Eight near-copies of eight photos: (copy path, index of its original, how it was made)."""
    from PIL import Image, ImageEnhance, ImageOps

    def crop(image, share=0.08):
        w, h = image.size
        return image.crop((int(w * share), int(h * share), int(w * (1 - share)),
                           int(h * (1 - share))))

    recipes = [
        ("resized to half", lambda im: im.resize((im.width // 2, im.height // 2))),
        ("recompressed (JPEG quality 25)", lambda im: im),
        ("cropped 8 % each side", crop),
        ("brightened 30 %", lambda im: ImageEnhance.Brightness(im).enhance(1.3)),
        ("mirrored", ImageOps.mirror),
        ("mirrored and resized", lambda im: ImageOps.mirror(im.resize(
            (im.width * 2 // 3, im.height * 2 // 3)))),
        ("cropped 5 % and brightened", lambda im: ImageEnhance.Brightness(
            crop(im, 0.05)).enhance(1.2)),
        ("mirrored, darkened, recompressed", lambda im: ImageEnhance.Brightness(
            ImageOps.mirror(im)).enhance(0.8)),
    ]
    originals = np.random.default_rng(seed).choice(len(paths), len(recipes), replace=False)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for number, ((how, change), original) in enumerate(zip(recipes, originals)):
        with Image.open(paths[original]) as image:
            copy = change(ImageOps.exif_transpose(image).convert("RGB"))
        target = folder / f"copy-{number}.jpg"
        copy.save(target, quality=25 if "recompressed" in how else 90)
        made.append((target, int(original), how))
    return made


def near_copies(name, paths, features, mirrored, thumbnails, workdir: Path, seeds: int,
                size: int = 160, labels=None, classes: int = 0,
                page: SortPagePath | None = None) -> None:
    from core.near_copies import (
        LOOSE_THRESHOLD,
        NEAR_COPY_THRESHOLD,
        THUMBNAIL_THRESHOLD,
        near_copy_groups,
    )

    n = len(features)
    unit = features / np.linalg.norm(features, axis=1, keepdims=True)
    unit_m = mirrored / np.linalg.norm(mirrored, axis=1, keepdims=True)
    print(f"\n(b) {name}: 8 near-copies of 8 of its {n} photos added to them, for each of "
          f"{seeds} seeds (features at >= {NEAR_COPY_THRESHOLD}, or >= {LOOSE_THRESHOLD} with "
          f"thumbnails at >= {THUMBNAIL_THRESHOLD}), grouped from: "
          + "; ".join(f"[{v[0]}]" for v in VARIANTS)
          + (f"; and [{SORT_PAGE}]" if page is not None else ""))
    columns = [v[0] for v in VARIANTS] + ([SORT_PAGE] if page is not None else [])
    grouped = {c: [] for c in columns}  # per seed: copies grouped with their original
    others = {c: [] for c in columns}  # per seed: groups without a copy
    if page is not None:
        rows, layouts = page.rows(list(paths))
        print(f"  [{SORT_PAGE}] its features of the {n} photos differ from audit's by at most "
              f"{np.abs(np.stack(rows) - features).max():.2e}, its thumbnails by "
              f"{np.abs(np.stack(layouts) - thumbnails).max():.2e}")
    kinds: dict[str, dict] = {}  # copy kind → what each seed measured
    for seed in range(1, seeds + 1):
        made = make_copies(paths, workdir / f"copies-{name}-{seed}", seed=seed)
        copy_features, copy_thumbnails, failures = plain_features(
            [m[0] for m in made], size)
        assert not failures, failures
        copy_mirrored = mirrored_features([m[0] for m in made], size)
        copies = copy_features / np.linalg.norm(copy_features, axis=1, keepdims=True)
        everyone = np.concatenate([features, copy_features])
        flipped = np.concatenate([mirrored, copy_mirrored])
        layouts = np.concatenate([thumbnails, copy_thumbnails])
        found = {variant: near_copy_groups(everyone, flipped if with_mirrored else None,
                                           layouts if with_thumbnails else None)
                 for variant, with_mirrored, with_thumbnails in VARIANTS}
        if page is not None:
            copy_labels = np.array([labels[original] for _, original, _ in made])
            found[SORT_PAGE] = page.groups([*paths, *(m[0] for m in made)],
                                           np.concatenate([labels, copy_labels]), classes)
            same = sorted(found[SORT_PAGE]) == sorted(found[VARIANTS[1][0]])
            print(f"  seed {seed}: [{SORT_PAGE}] the same groups as [{VARIANTS[1][0]}] "
                  f"(audit): {'yes' if same else 'NO'}")
        print(f"  seed {seed}: each copy's feature cosine to its original as it is and to its "
              "mirror image, its thumbnail's correlation (or its mirror's), grouped?")
        for offset, (_, original, how) in enumerate(made):
            plain = float(copies[offset] @ unit[original])
            with_mirror = max(plain, float(copies[offset] @ unit_m[original]))
            layout = copy_thumbnails[offset]
            alike = max(float(layout @ thumbnails[original]), float(layout @ thumbnails[
                original].reshape(16, 16)[:, ::-1].ravel()))
            together = {variant: any(original in g and n + offset in g for g in groups)
                        for variant, groups in found.items()}
            kind = kinds.setdefault(how, {"plain": [], "mirror": [], "thumb": [],
                                          **{v: 0 for v in found}})
            kind["plain"].append(plain)
            kind["mirror"].append(with_mirror)
            kind["thumb"].append(alike)
            for variant, yes in together.items():
                kind[variant] += yes
            print(f"    {how:<34} {plain:.3f} {with_mirror:.3f}  {alike:.3f}  "
                  + " ".join("yes" if yes else "NO " for yes in together.values()))
        for variant, groups in found.items():
            grouped[variant].append(sum(any(original in g and n + offset in g for g in groups)
                                        for offset, (_, original, _) in enumerate(made)))
            alone = [g for g in groups if not any(n + k in g for k in range(len(made)))]
            others[variant].append(len(alone))
            print(f"    [{variant}] grouped with their original: {grouped[variant][-1]} of 8; "
                  f"other groups: {len(alone)} "
                  + "; ".join(", ".join(Path(paths[i]).name for i in g) for g in alone[:3]))
    print(f"\n  {name}, per copy kind over {seeds} seeds: lowest feature cosine to the original "
          "(as it is / with its mirror image), lowest thumbnail correlation, and in how many "
          "seeds it grouped with its original:")
    print(f"    {'copy kind':<34} {'as is':>6} {'mirror':>6} {'thumb':>6}  "
          + "  ".join(f"{c:>29}" for c in columns))
    for how, kind in kinds.items():
        print(f"    {how:<34} {min(kind['plain']):>6.3f} {min(kind['mirror']):>6.3f} "
              f"{min(kind['thumb']):>6.3f}  "
              + "  ".join(f"{f'{kind[c]} of {seeds}':>29}" for c in columns))
    # The closest distinct photos: the similarity the threshold must stay above.
    for _, with_mirrored, _ in VARIANTS[:2]:
        similarity = unit @ unit.T
        if with_mirrored:
            similarity = np.maximum(similarity, unit @ unit_m.T)
        np.fill_diagonal(similarity, -1)
        nearest = similarity.max(axis=1)
        print(f"  [{'with' if with_mirrored else 'without'} mirrored features] distinct photos, "
              "similarity to their nearest other photo: "
              + ", ".join(f"p{q} {np.percentile(nearest, q):.3f}" for q in (50, 90, 99, 100))
              + "; pairs at or above " + ", ".join(
                  f"{t:.2f}: {int((np.triu(similarity, 1) >= t).sum())}"
                  for t in (0.70, 0.80, 0.85, 0.88, 0.90, 0.95)))
        loose = np.triu(similarity >= LOOSE_THRESHOLD, 1)
        flipped_layouts = thumbnails.reshape(-1, 16, 16)[:, :, ::-1].reshape(n, -1)
        layout = np.maximum(thumbnails @ thumbnails.T, thumbnails @ flipped_layouts.T)[loose]
        print(f"    its {int(loose.sum())} pairs at >= {LOOSE_THRESHOLD}: thumbnail "
              "correlation " + ", ".join(f"p{q} {np.percentile(layout, q):.3f}"
                                         for q in (50, 99, 100)))
    for variant in columns:
        bar(f"near-copies grouped ({name}, of 8, worst seed) [{variant}]",
            min(grouped[variant]), ">= 7", min(grouped[variant]) >= 7)
        bar(f"near-copies grouped ({name}, of 8, mean) [{variant}]",
            float(np.mean(grouped[variant])), ">= 7", np.mean(grouped[variant]) >= 7)
        bar(f"other groups ({name}, per 100 photos, most) [{variant}]",
            100 * max(others[variant]) / n, "few", True)


def suggestions(name, features, labels, classes, seeds) -> None:
    from core.suggest import suggest, train_head

    print(f"\n(c, d) {name}: {SORTED_PER_CLASS} photos per class sorted, the rest suggested")
    accuracies, refresh = [], []
    for seed in range(seeds):
        rng = np.random.default_rng(100 + seed)
        sorted_ = np.concatenate([rng.choice(np.flatnonzero(labels == c), SORTED_PER_CLASS,
                                             replace=False) for c in range(classes)])
        rest = np.setdiff1d(np.arange(len(labels)), sorted_)
        start = time.perf_counter()
        probabilities = suggest(features[sorted_], labels[sorted_], features[rest], classes)
        first = time.perf_counter() - start
        accuracy = float((probabilities.argmax(axis=1) == labels[rest]).mean())
        accuracies.append(accuracy)
        sure = probabilities.max(axis=1) >= SURE
        sure_right = float((probabilities.argmax(axis=1) == labels[rest])[sure].mean()
                           if sure.any() else float("nan"))
        # One more photo sorted: the head is trained again and every unsorted photo answered.
        more = np.append(sorted_, rest[0])
        unsorted = rest[1:]
        times = []
        for _ in range(7):
            start = time.perf_counter()
            suggest(features[more], labels[more], features[unsorted], classes)
            times.append(time.perf_counter() - start)
        refresh.append(float(np.median(times)))
        print(f"  seed {seed}: {accuracy:.1%} of {len(rest)} right ({sure.mean():.0%} of them at "
              f">= {SURE:.0%} sure: {sure_right:.1%} right); first suggestion "
              f"{first * 1000:.0f} ms, refresh {refresh[-1] * 1000:.0f} ms (median of 7)")
    bar(f"suggested right, {SORTED_PER_CLASS} per class sorted (mean)", np.mean(accuracies),
        ">= 0.85", np.mean(accuracies) >= 0.85)
    bar("refresh after one more sort, ms (median over seeds)", 1000 * np.median(refresh),
        "< 200", np.median(refresh) < 0.2)
    big = train_head(features, labels, classes)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        train_head(features, labels, classes)
        times.append(time.perf_counter() - start)
    print(f"  the head on all {len(labels)} photos: {1000 * np.median(times):.0f} ms "
          f"({big.steps} steps)")


def variants(name, features, mirrored, labels, classes, seeds) -> None:
    """Why 10 per class stay short of 85 %: other inputs and heads, against the ceiling."""
    from core.misfiled import out_of_sample_probabilities
    from core.suggest import suggest

    averaged = (features + mirrored) / 2
    rooted = np.sqrt(np.maximum(averaged, 0))
    unit = rooted / np.maximum(np.linalg.norm(rooted, axis=1, keepdims=True), 1e-12)

    def prototypes(x, sorted_, rest):
        centred = x - x.mean(axis=0)
        centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
        means = np.stack([centred[sorted_][labels[sorted_] == c].mean(axis=0)
                          for c in range(classes)])
        return centred[rest] @ means.T

    kinds = {
        "`suggest` on the features, as the app asks (today)": lambda s, r: suggest(
            features[s], labels[s], features[r], classes),
        "features averaged with their mirror image": lambda s, r: suggest(
            averaged[s], labels[s], averaged[r], classes),
        "mirror-averaged, square root, length 1": lambda s, r: suggest(
            unit[s], labels[s], unit[r], classes),
        "nearest class mean (cosine), mirror-averaged": lambda s, r: prototypes(
            rooted, s, r),
    }
    print(f"\n    {name}: {SORTED_PER_CLASS} per class sorted, other inputs and heads "
          f"(mean of {seeds} seeds)")
    for kind, answer in kinds.items():
        right = []
        for seed in range(seeds):
            rng = np.random.default_rng(100 + seed)
            sorted_ = np.concatenate([rng.choice(np.flatnonzero(labels == c), SORTED_PER_CLASS,
                                                 replace=False) for c in range(classes)])
            rest = np.setdiff1d(np.arange(len(labels)), sorted_)
            right.append(float((answer(sorted_, rest).argmax(axis=1) == labels[rest]).mean()))
        print(f"    {kind:<48} {np.mean(right):.3f}")
    ceiling = out_of_sample_probabilities(features, labels, classes)
    print(f"    {'ceiling: every other photo sorted (5-fold)':<48} "
          f"{(ceiling.argmax(axis=1) == labels).mean():.3f}")


def regularisation(name, features, labels, classes) -> None:
    from core.misfiled import out_of_sample_probabilities
    from core.suggest import DEFAULT_L2, suggest

    print(f"\n    {name}: regularisation sweep (default {DEFAULT_L2})")
    rng = np.random.default_rng(7)
    sorted_ = np.concatenate([rng.choice(np.flatnonzero(labels == c), SORTED_PER_CLASS,
                                         replace=False) for c in range(classes)])
    rest = np.setdiff1d(np.arange(len(labels)), sorted_)
    for l2 in (1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1):
        p = out_of_sample_probabilities(features, labels, classes, l2=l2)
        rows = np.arange(len(labels))
        loss = float(-np.log(np.maximum(p[rows, labels], 1e-12)).mean())
        few = suggest(features[sorted_], labels[sorted_], features[rest], classes, l2=l2)
        print(f"    l2 {l2:<7g} 5-fold accuracy {(p.argmax(1) == labels).mean():.3f}, "
              f"log-loss {loss:.3f}; {SORTED_PER_CLASS}/class sorted: "
              f"{(few.argmax(1) == labels[rest]).mean():.3f}")


def cold_suggest(data: Path, workdir: Path, env: dict) -> None:
    names, paths, labels = photos_of(data)
    rng = np.random.default_rng(5)
    root = workdir / f"sorted-{data.name}"
    unsorted = workdir / f"unsorted-{data.name}"
    unsorted.mkdir()
    chosen = set()
    for c, name in enumerate(names):
        (root / name).mkdir(parents=True)
        for i in rng.choice(np.flatnonzero(labels == c), SORTED_PER_CLASS, replace=False):
            chosen.add(int(i))
            (root / name / f"s-{i:04d}{paths[i].suffix}").symlink_to(paths[i])
    rest = [i for i in rng.permutation(len(paths)) if int(i) not in chosen][:COLD_PHOTOS]
    truth = {}
    for i in rest:
        target = unsorted / f"u-{i:04d}{paths[i].suffix}"
        target.symlink_to(paths[i])
        truth[str(target)] = names[labels[i]]
    cache = workdir / f"cache-suggest-{data.name}"
    document, seconds = run_cli(["suggest", str(root), str(unsorted), "--json", *SIZE_ARGS],
                                env, cache)
    right = sum(answer.get("label") == truth[answer["path"]] for answer in document)
    print(f"\n(c) alpaca-studio suggest --json, {data.name}: {len(document)} photos answered, "
          f"{right / len(document):.1%} right, {seconds:.1f} s from process start, photo "
          "cache empty")
    _, again = run_cli(["suggest", str(root), str(unsorted), "--json", *SIZE_ARGS], env, cache)
    print(f"    the same again (the photo cache knows them): {again:.1f} s")
    bar(f"suggest command: right ({data.name}, {len(document)} photos)", right / len(document),
        ">= 0.85", right / len(document) >= 0.85)
    bar(f"suggest command: seconds from a cold start ({len(document)} photos)", seconds,
        "<= 30", seconds <= 30)


def run_cli(arguments: list[str], env: dict, cache: Path | None = None) -> tuple[dict, float]:
    """Run a command in a new process; its JSON and wall seconds (CPU seconds printed too).

    `cache`: the photo cache it uses (default: a new, empty one: a cold start). On a
    shared machine the wall time measures the neighbours as much as the command;
    its CPU time does not.
    """
    if cache is None:
        cache = Path(tempfile.mkdtemp(prefix="bench-audit-cache-"))
    env = {**env, "ALPACA_STUDIO_CACHE": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--cli", *arguments], cwd=REPO, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"  [{arguments[0]}: {seconds:.1f} s wall, {cpu:.1f} s CPU, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores]", flush=True)
    if done.returncode != 0:
        raise SystemExit(f"{arguments[0]} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout), seconds


def cli(arguments: list[str]) -> int:
    """Run audit/suggest as `core.cli` will once they are registered in its parser."""
    from core.cli_suggest import add_audit_parser, add_suggest_parser

    parser = argparse.ArgumentParser(prog="alpaca-studio")
    commands = parser.add_subparsers(required=True)
    add_audit_parser(commands)
    add_suggest_parser(commands)
    args = parser.parse_args(arguments)
    return args.run(args, sys.stdout)


def set_features(paths: list[Path], cache: Path | None, name: str, size: int = 160):
    """(features, mirrored features, thumbnails, failures) of a set's photos."""
    stored = cache / f"{name}-{size}.npz" if cache else None
    if stored is not None and stored.is_file():
        data = np.load(stored)
        if "thumbnails" in data:
            return data["features"], data["mirrored"], data["thumbnails"], {}
    features, thumbnails, failures = plain_features(paths, size)
    mirrored = mirrored_features([p for p in paths if p not in failures], size)
    if stored is not None and not failures:
        stored.parent.mkdir(parents=True, exist_ok=True)
        np.savez(stored, features=features, mirrored=mirrored, thumbnails=thumbnails)
    return features, mirrored, thumbnails, failures


def plain_features(paths: list[Path], size: int = 160):
    """(features, thumbnails, failures), as `audit` finds near-copies from them."""
    import core.photo_features as photo_features

    if hasattr(photo_features, "pooled_features_and_thumbnails"):
        return photo_features.pooled_features_and_thumbnails(paths, size)
    # Before the mirrored pass went: the same plain features, and it besides.
    features, _, thumbnails, failures = photo_features.pooled_features_and_mirrored(paths, size)
    return features, thumbnails, failures


def mirrored_features(paths: list[Path], size: int = 160) -> np.ndarray:
    """The pooled features of each photo flipped left-right, as training computed them.

    Each photo as training decodes it (`core.photo_cache.checked_photo`), then flipped:
    what the mirrored pass (`core.frozen_cache.MIRRORED`) computed. Not cached.
    """
    from core.photo_cache import checked_photo
    from core.photo_features import BATCH_SIZE, FeatureSession

    session = FeatureSession(size)
    rows = []
    for start in range(0, len(paths), BATCH_SIZE):
        batch = np.stack([checked_photo(path, size)[1]
                          for path in paths[start:start + BATCH_SIZE]])
        rows.append(session.pooled(batch[:, :, ::-1]))
    return np.concatenate(rows) if rows else np.zeros((0, 1280), np.float32)


def distinct_photos(source: Path, folder: Path, count: int) -> list[Path]:
    """`count` different photos (crops of different places and sizes) from a data set."""
    from PIL import Image, ImageOps

    from core.photo_audit import sorted_photos

    _, photos, _ = sorted_photos(source)
    folder.mkdir(parents=True)
    made = []
    for number in range(count):
        original = photos[number % len(photos)].path
        with Image.open(original) as image:
            image = ImageOps.exif_transpose(image).convert("RGB")
            share = 0.6 + 0.1 * (number // len(photos) % 4)
            w, h = int(image.width * share), int(image.height * share)
            x = (number * 37) % max(1, image.width - w)
            y = (number * 53) % max(1, image.height - h)
            crop = image.crop((x, y, x + w, y + h))
            crop.thumbnail((400, 400))
        target = folder / f"u-{number:05d}.jpg"
        crop.save(target, quality=88)
        made.append(target)
    return made


def _timed_probe():
    """`BlockProbe`, and the GUI thread's own time on a core during its longest pause.

    A long pause with little of it is the thread waiting (for the cores other processes
    hold, or for the interpreter a background thread holds), not working.
    """
    import threading

    from tests.app.gui_probe import BlockProbe

    class TimedProbe(BlockProbe):
        def __init__(self) -> None:
            super().__init__()
            # Linux's count of this thread's nanoseconds on a core (schedstat's first field).
            self._cpu_file = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
            self._last_cpu = self.longest_cpu = 0.0

        def cpu(self) -> float:
            try:
                return int(self._cpu_file.read_text().split()[0]) / 1e9
            except (OSError, ValueError, IndexError):
                return 0.0

        def start(self) -> None:
            super().start()
            self._last_cpu = self.cpu()

        def reset(self) -> None:
            self.longest_block = self.longest_cpu = 0.0

        def _tick(self) -> None:
            longest, cpu = self.longest_block, self.cpu()
            super()._tick()
            if self.longest_block > longest:
                self.longest_cpu = cpu - self._last_cpu
            self._last_cpu = cpu

    return TimedProbe()


def gui(workdir: Path, count: int) -> None:
    """(e) The Sort page while it computes features for `count` Unsorted photos."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.main_window import MainWindow
    from app.settings import AppPaths

    data = SHARED / "datasets" / "flowers"
    names, paths, labels = photos_of(data)
    root = workdir / "gui-workspace"
    rng = np.random.default_rng(3)
    for c, name in enumerate(names):
        (root / name).mkdir(parents=True)
        for i in rng.choice(np.flatnonzero(labels == c), SORTED_PER_CLASS, replace=False):
            (root / name / f"s-{i:04d}{paths[i].suffix}").symlink_to(paths[i])
    started = time.perf_counter()
    unsorted = distinct_photos(data, workdir / "gui-unsorted", count)
    print(f"\n(e) the Sort page, {count} photos waiting in Unsorted "
          f"({time.perf_counter() - started:.0f} s to make them)", flush=True)
    os.environ["ALPACA_STUDIO_CACHE"] = str(workdir / "gui-cache")  # cold
    _app = QApplication.instance() or QApplication([])  # kept alive until the end
    config = AppPaths(config_dir=workdir / "gui-config", cache_dir=workdir / "gui-thumbs",
                      pictures_dir=None, documents_dir=None, home_dir=workdir)
    window = MainWindow(config, QSettings(str(workdir / "gui.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 820)
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    page = window.sort_page
    assert page.open_workspace(root)
    page.add_files(unsorted)
    probe = _timed_probe()
    shown = []  # when the health panel's lists were rebuilt with a new audit
    page.help.doubts.changed.connect(lambda: shown.append(probe.elapsed()))
    probe.start()
    window.preload_engine()  # as the app does 300 ms after it opens
    first = loaded = None
    while page.features.started is False or page.features.busy or not page.suggestions.ready:
        wait(50)
        if loaded is None and page.features.started:
            loaded = probe.elapsed()  # the engine is in: the features start now
            probe.reset()  # from here on: the longest pause of any length
        if first is None and page.board.tray.suggestions:
            first = probe.elapsed()
        if probe.elapsed() > 1800:
            raise SystemExit("the features took more than 30 minutes")
    done = probe.elapsed()
    longest = probe.longest_block if loaded is not None else 0.0
    longest_cpu = probe.longest_cpu
    wait(300)
    refresh = []
    grid = page.tray_pane.grid
    for _ in range(7):  # a sort, then the suggestions for every Unsorted photo again
        grid.select_row(0)
        page.suggestions.last_seconds = -1.0
        page.help.accept_selected()
        while page.suggestions.last_seconds < 0:
            wait(5)
        refresh.append(page.suggestions.last_seconds)
    probe.stop()
    loaded = loaded or 0.0
    before = [b for b in probe.blocks if b[0] < loaded]
    after = [b for b in probe.blocks if b[0] >= loaded]
    # The pauses > 50 ms recorded after the features were done: the sorts measured below.
    sorting = [b for b in after if b[0] >= done]
    print(f"  the engine loaded (the window imports TensorFlow) in {loaded:.1f} s; features "
          f"for {len(page.features.features)} photos by {done:.0f} s; first suggestions at "
          f"{first or done:.1f} s; load average {os.getloadavg()[0]:.1f}")
    print(f"  GUI thread while the engine loads: {len(before)} pauses > 50 ms, longest "
          f"{1000 * max((b[1] for b in before), default=0):.0f} ms (the window's TensorFlow "
          f"import, not the features)")
    print(f"  GUI thread while the features are computed: {len(after) - len(sorting)} pauses "
          f"> 50 ms {[b for b in after if b[0] < done][:8]}; longest {1000 * longest:.0f} ms "
          f"({1000 * longest_cpu:.0f} ms of it on a core); "
          f"during the 7 sorts after: {len(sorting)} > 50 ms {sorting[:8]}")
    print(f"  the health panel's lists rebuilt while the features streamed: "
          f"{sum(loaded <= t < done for t in shown)} times")
    bar("longest GUI-thread pause while features are computed, ms", 1000 * longest,
        "<= 50", longest <= 0.05)
    bar("suggestions refreshed after a sort in the app, ms (median of 7)",
        1000 * float(np.median(refresh)), "< 200", float(np.median(refresh)) < 0.2)
    window.close()


def main() -> int:
    if sys.argv[1:2] == ["--cli"]:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        return cli(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--sets", nargs="+", default=["alpaca", "flowers"])
    parser.add_argument("--skip-commands", action="store_true",
                        help="measure on features only (no audit/suggest subprocesses)")
    parser.add_argument("--image-size", type=int, default=160, choices=(160, 224),
                        help="photo size the network looks at, for everything measured")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the suggest command from a cold start, on each set")
    parser.add_argument("--gui", type=int, metavar="N", default=0,
                        help="only (e): the Sort page with N photos waiting (issue: 2000)")
    parser.add_argument("--skip-page", action="store_true",
                        help="without the Sort page's own near-copy check beside audit's")
    parser.add_argument("--features-cache", type=Path, metavar="DIR",
                        help="keep each set's features in DIR between runs (for tuning)")
    args = parser.parse_args()
    if args.image_size != 160:
        SIZE_ARGS[:] = ["--image-size", str(args.image_size)]
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        if not os.environ.get("KERAS_HOME"):
            os.environ["KERAS_HOME"] = str(keras_home(workdir))
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        if args.gui:
            gui(workdir, args.gui)
            return 0
        from core.train_config import DEFAULT_IMAGE_SIZE

        # The page looks at photos at the app's size only.
        page = (None if args.skip_page or args.cold_only or args.image_size != DEFAULT_IMAGE_SIZE
                else SortPagePath())
        for name in args.sets:
            data = SHARED / "datasets" / name
            if args.cold_only:
                cold_suggest(data, workdir, env)
                continue
            names, paths, labels = photos_of(data)
            start = time.perf_counter()
            features, mirrored, thumbnails, failures = set_features(
                paths, args.features_cache, name, args.image_size)
            print(f"\n== {name} at {args.image_size} px: {len(paths)} photos, {len(names)} "
                  "classes; features and "
                  f"mirrored features in {time.perf_counter() - start:.1f} s "
                  f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
                  flush=True)
            keep = [i for i, p in enumerate(paths) if p not in failures]
            paths, labels = [paths[i] for i in keep], labels[keep]
            wrong_folders(name, features, mirrored, thumbnails, labels, len(names), args.seeds)
            if not args.skip_commands:
                audit_command(data, workdir, env)
            near_copies(name, paths, features, mirrored, thumbnails, workdir, args.seeds,
                        args.image_size, labels, len(names), page)
            suggestions(name, features, labels, len(names), args.seeds)
            variants(name, features, mirrored, labels, len(names), args.seeds)
            regularisation(name, features, labels, len(names))
            if not args.skip_commands and len(paths) - SORTED_PER_CLASS * len(names) >= 300:
                cold_suggest(data, workdir, env)
        if page is not None:
            page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
