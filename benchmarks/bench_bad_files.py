"""Bad-input bar: the alpaca set with broken files added, through check, train and predict.

    python benchmarks/bench_bad_files.py [DATA_DIR]

Copies the data set to a temporary folder, adds to its first class folder a
zero-byte file, a truncated JPEG, a text file named ``.jpg``, a cut PNG, a
decompression bomb and a symlink loop (``tests/badfiles.py``), then:

- `alpaca-studio check --json` must name each bad file with its reason;
- `alpaca-studio train --json` (1 + 1 epochs, for time) must succeed on the good photos;
- `alpaca-studio predict --json` on the bad files plus five good ones must report an
  error for each bad one and predict the rest;
- no file may change (SHA-256 of every file before and after);
- the plain recipe, for comparison, is run on the same folder (it stops at the first bad file).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_train import SHARED, keras_home  # noqa: E402
from tests.badfiles import SKIPPED_NAMES, add_bad_files  # noqa: E402


def fingerprint(root: Path) -> dict[str, str]:
    hashes = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            if path.is_symlink() and not path.exists():
                hashes[str(path)] = "link→" + os.readlink(path)
            elif path.is_file():
                hashes[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def cli(args: list[str], env: dict) -> tuple[int, object, str, float]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    document = json.loads(done.stdout) if done.stdout.strip().startswith(("{", "[")) else None
    return done.returncode, document, done.stderr, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=SHARED / "datasets" / "alpaca")
    args = parser.parse_args()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="alpaca-bad-") as work:
        work = Path(work)
        data = work / "data"
        shutil.copytree(args.data, data)
        first_class = sorted(p for p in data.iterdir() if p.is_dir())[0]
        bad = {name: path for name, path in add_bad_files(first_class).items()
               if name in SKIPPED_NAMES}
        env = {**os.environ, "KERAS_HOME": str(keras_home(work)), "TF_CPP_MIN_LOG_LEVEL": "3",
               "PYTHONPATH": str(REPO)}
        before = fingerprint(data)

        code, report, _, seconds = cli(["check", str(data), "--json"], env)
        skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
        print(f"check ({seconds:.1f} s, exit {code}): {report['total']} photos, "
              f"{len(skipped)} skipped")
        for name in SKIPPED_NAMES:
            reason = skipped.get(name)
            print(f"  {name:<16} {reason or 'NOT REPORTED'}")
            if reason is None:
                failures.append(f"check did not name {name}")

        code, result, stderr, seconds = cli(
            ["train", str(data), "--out", str(work / "run"), "--frozen-epochs", "1",
             "--fine-tune-epochs", "1", "--json"], env)
        if code != 0:
            failures.append(f"train failed: {stderr.strip().splitlines()[-1]}")
        else:
            print(f"train ({seconds:.1f} s): succeeded on {result['train']} + "
                  f"{result['validation']} good photos, {len(result['skipped'])} skipped, "
                  f"validation accuracy {result['val_accuracy']:.3f}")

        good = sorted(first_class.glob("*.jpg"))
        good = [p for p in good if p.name not in SKIPPED_NAMES and p.is_file()
                and not p.name.startswith(".")][:5]
        code, records, stderr, seconds = cli(
            ["predict", str(work / "run"), *map(str, bad.values()), *map(str, good), "--json"],
            env)
        if code != 0:
            failures.append(f"predict failed: {stderr.strip()}")
        else:
            errors = {Path(r["path"]).name: r["error"] for r in records if "error" in r}
            labels = [r for r in records if "label" in r]
            print(f"predict ({seconds:.1f} s): {len(labels)} predicted, {len(errors)} errors")
            for name in SKIPPED_NAMES:
                if name not in errors:
                    failures.append(f"predict gave no error for {name}")
            if len(labels) != len(good):
                failures.append(f"predict answered {len(labels)} of {len(good)} good photos")

        after = fingerprint(data)
        changed = [p for p in before if before[p] != after.get(p)]
        print(f"files unchanged: {len(before) - len(changed)} of {len(before)}")
        if changed:
            failures.append(f"changed or lost: {changed[:5]}")

        plain = subprocess.run(
            [sys.executable, str(REPO / "benchmarks" / "plain_recipe.py"), str(data),
             "--frozen-epochs", "1", "--fine-tune-epochs", "1"],
            cwd=REPO, env=env, capture_output=True, text=True)
        last = (plain.stderr.strip().splitlines() or ["(no output)"])[-1]
        print(f"plain recipe on the same folder: exit {plain.returncode}: {last[:160]}")
    print("PASS" if not failures else "FAIL:\n  " + "\n  ".join(failures))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
