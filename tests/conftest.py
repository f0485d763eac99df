"""Shared test set-up: offscreen Qt, quiet TensorFlow, the ImageNet weights from ../shared,
and a photo cache of the test session's own (never the person's real cache folder).

Keras reads ``KERAS_HOME`` when it is first imported, so it is set here, before
any test module imports it, to a writable temporary folder whose ``models/``
links to the read-only weights in ``../shared/keras/models``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# The tests read the window's English, whatever the machine's LANG: this process and every
# app or CLI it starts speak English (a test that wants Korean installs it explicitly).
os.environ["ALPACA_STUDIO_LANG"] = "en"

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALPACA_SHARED", REPO.parent / "shared")).resolve()
ALPACA_DATA = SHARED / "datasets" / "alpaca"
WEIGHTS_DIR = SHARED / "keras" / "models"


def _make_keras_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="alpaca-keras-home-"))
    (home / "models").mkdir()
    if WEIGHTS_DIR.is_dir():
        for weights in WEIGHTS_DIR.iterdir():
            (home / "models" / weights.name).symlink_to(weights)
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    return home


KERAS_HOME = _make_keras_home()
os.environ["KERAS_HOME"] = str(KERAS_HOME)


def _make_cache_home() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="alpaca-photo-cache-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


# Set before any test runs, so that session-wide fixtures (shared training runs, the app's
# window) write here too; tests/core gives every test its own, empty one on top of it.
os.environ["ALPACA_STUDIO_CACHE"] = str(_make_cache_home())


# `-n auto` (pyproject.toml) means one test process per core this process may use, at most
# four: each one imports TensorFlow and may train MobileNetV2 (1-2 GB), and TensorFlow
# already uses every core inside one process. Two processes on two cores took the suite
# from 978 s to 637 s here, and the window's pause test still passed.
MAX_TEST_PROCESSES = 4


def pytest_xdist_auto_num_workers(config) -> int:
    """How many test processes `-n auto` starts (pytest-xdist's hook)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        cores = os.cpu_count() or 1
    return max(1, min(MAX_TEST_PROCESSES, cores))


@pytest.fixture(scope="session")
def alpaca_dir() -> Path:
    """The real, read-only alpaca data set (skips when ../shared is not there)."""
    if not (ALPACA_DATA / "alpaca").is_dir():
        pytest.skip(f"the alpaca data set is not at {ALPACA_DATA}")
    return ALPACA_DATA


@pytest.fixture(scope="session")
def imagenet_weights_available() -> bool:
    if not any(WEIGHTS_DIR.glob("mobilenet_v2_*no_top.h5")):
        pytest.skip(f"the MobileNetV2 ImageNet weights are not in {WEIGHTS_DIR}")
    return True


@pytest.fixture(scope="session")
def trained_run(tmp_path_factory, alpaca_dir: Path, imagenet_weights_available) -> Path:
    """A small real run (MobileNetV2 trained briefly on real alpacas), made once a session
    and shared by every test that only reads it (the Test page's, the exports'). Never
    change it in a test: copy it first."""
    from tests.trained_run import train_tiny_run

    return train_tiny_run(alpaca_dir, tmp_path_factory.mktemp("tiny-run"))
