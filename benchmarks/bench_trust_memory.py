"""Memory an attacker chooses: peak memory of `check` on giant pictures and of a config bomb.

    python benchmarks/bench_trust_memory.py [--before REV]

Builds in a temporary folder:

- two class folders holding eight pictures of 9,400 × 9,400 px, 16-bit grey PNG,
  16-bit grey TIFF, 32-bit integer TIFF and 32-bit float TIFF, two of each
  (a few MB on disk, 88 megapixels each: just under the decompression-bomb limit);
- a ``.keras`` file of about 1.5 MB whose ``config.json`` unpacks to 1.5 GB.

Then runs, each in a fresh process whose peak resident memory is read from the
kernel (``getrusage``, exact, no sampling), `alpaca-studio check DIR --json` and
`core.model_files.load_model(bomb)`, and prints each peak beside its bar (check
< 2.5 GB, model loading < 2 GB) as a ratio. With ``--before REV`` the same is run
with the ``core/`` of that git revision too (e.g. the one before the fix), side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
SIDE = 9_400
CHECK_BAR, LOAD_BAR = 2.5e9, 2.0e9
BOMB_BYTES = 1_500_000_000


def make_giants(root: Path) -> list[Path]:
    """Eight deep pictures of SIDE² px: one flat colour with a small gradient, tiny on disk."""
    made = []
    patch = np.linspace(0, 1, 256 * 256, dtype=np.float32).reshape(256, 256)
    for number in range(2):
        folder = root / f"class {number + 1}"
        folder.mkdir(parents=True)
        # One array at a time (177–354 MB), freed before the next.
        sixteen = np.full((SIDE, SIDE), 20_000 + 9_000 * number, dtype=np.uint16)
        sixteen[:256, :256] = (patch * 65535).astype(np.uint16)
        image = Image.fromarray(sixteen)
        image.save(folder / "deep.png", compress_level=9)
        image.save(folder / "deep16.tiff", compression="tiff_adobe_deflate")
        del image
        Image.fromarray(sixteen.astype(np.int32) * 3).save(
            folder / "deep32.tiff", compression="tiff_adobe_deflate")
        del sixteen
        floats = np.full((SIDE, SIDE), 0.25 + 0.5 * number, dtype=np.float32)
        floats[:256, :256] = patch * 2.5
        Image.fromarray(floats).save(folder / "float.tiff", compression="tiff_adobe_deflate")
        del floats
        made += sorted(folder.iterdir())
    return made


def make_config_bomb(work: Path) -> Path:
    """A real little model whose config.json is padded with 1.5 GB of spaces (valid JSON)."""
    code = textwrap.dedent(f"""
        import keras
        inputs = keras.Input((8, 8, 3), name="image")
        x = keras.layers.GlobalAveragePooling2D()(inputs)
        outputs = keras.layers.Dense(1, activation="sigmoid")(x)
        keras.Model(inputs, outputs).save({str(work / "real.keras")!r})
    """)
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=REPO,
                   env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    bomb = work / "bomb.keras"
    with zipfile.ZipFile(work / "real.keras") as real, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in real.infolist():
            data = real.read(item)
            if item.filename != "config.json":
                out.writestr(item.filename, data)
                continue
            with out.open("config.json", "w", force_zip64=True) as config:
                config.write(data)
                chunk = b" " * 16_000_000
                for _ in range(BOMB_BYTES // len(chunk)):
                    config.write(chunk)
    return bomb


_MEASURE = """
import contextlib, io, os, resource, sys, time
sys.path.insert(0, {core_root!r})
start = time.perf_counter()
outcome = ""
if {kind!r} == "check":
    from core.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["check", {target!r}, "--json"])
    outcome = f"exit {{status}}"
else:
    try:
        from core.model_files import load_model
        load_model({target!r})
        outcome = "loaded"
    except Exception as error:
        outcome = f"{{type(error).__name__}}: {{str(error)[:150]}}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(f"@@{{peak}} {{time.perf_counter() - start:.1f}} {{outcome}}", file=sys.stderr)
"""


def measure(kind: str, target: Path, core_root: Path) -> tuple[float, float, str]:
    """Peak RSS (bytes), seconds and outcome of one `check` or model load in a new process."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "ALPACA_STUDIO_DEBUG": "1"}
    done = subprocess.run([sys.executable, "-c", _MEASURE.format(
        core_root=str(core_root), kind=kind, target=str(target))], cwd=core_root, env=env,
        capture_output=True, text=True)
    line = next((x for x in done.stderr.splitlines() if x.startswith("@@")), None)
    if line is None:
        return float("nan"), float("nan"), f"crashed (exit {done.returncode}): " \
            f"{done.stderr.strip().splitlines()[-1:]}"
    peak, seconds, outcome = line[2:].split(" ", 2)
    return float(peak), float(seconds), outcome


def checkout(revision: str, work: Path) -> Path:
    folder = work / f"core-{revision}"
    folder.mkdir()
    archive = subprocess.run(["git", "archive", revision, "core"], cwd=REPO, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="REV",
                        help="also measure the core/ of this git revision")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="alpaca-trust-") as work:
        work = Path(work)
        start = time.perf_counter()
        giants = make_giants(work / "giants")
        on_disk = sum(p.stat().st_size for p in giants)
        bomb = make_config_bomb(work)
        print(f"Built {len(giants)} pictures of {SIDE}×{SIDE} px ({on_disk / 1e6:.1f} MB on "
              f"disk) and a {bomb.stat().st_size / 1e6:.1f} MB .keras whose config.json "
              f"unpacks to {BOMB_BYTES / 1e9:.1f} GB ({time.perf_counter() - start:.0f} s).")
        versions = [("now", REPO)]
        if args.before:
            versions.insert(0, (args.before, checkout(args.before, work)))
        rows = []
        for label, root in versions:
            for kind, target, bar in (("check", work / "giants", CHECK_BAR),
                                      ("load", bomb, LOAD_BAR)):
                peak, seconds, outcome = measure(kind, target, root)
                rows.append((label, kind, peak, bar, seconds, outcome))
        print(f"{'code':<10} {'what':<6} {'peak memory':>12} {'bar':>8} {'ratio':>6} "
              f"{'time':>7}  outcome")
        for label, kind, peak, bar, seconds, outcome in rows:
            verdict = "pass" if peak < bar else "FAIL"
            print(f"{label:<10} {kind:<6} {peak / 1e9:>10.2f} GB {bar / 1e9:>6.1f} GB "
                  f"{peak / bar:>6.2f} {seconds:>6.1f}s  {verdict}; {outcome}")
        now = [row for row in rows if row[0] == "now"]
        print(json.dumps({f"{kind}_peak_bytes": int(peak) for _, kind, peak, *_ in now}))
        return 0 if all(peak < bar for _, _, peak, bar, *_ in now) else 1


if __name__ == "__main__":
    sys.exit(main())
