"""Launched from a terminal, the app keeps TensorFlow's start-up lines to itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.conftest import REPO

NATIVE = re.compile(r"^(WARNING: All log messages before absl|[IWEF]\d{4} |To enable the "
                    r"following instructions)", re.MULTILINE)
CODE = ("from app.main import quiet_engine; quiet_engine(); "
        "import tensorflow as tf; tf.constant(1.0) + 1; print('engine loaded')")


def _launch(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("TF_CPP_MIN_LOG_LEVEL", "ALPACA_STUDIO_DEBUG")}
    return subprocess.run([sys.executable, "-c", CODE], cwd=REPO, capture_output=True,
                          text=True, env={**clean, **env}, timeout=180)


def test_the_engine_loads_without_a_word_in_the_terminal():
    quiet = _launch()
    assert quiet.returncode == 0 and "engine loaded" in quiet.stdout, quiet.stderr
    assert NATIVE.findall(quiet.stderr) == [], quiet.stderr
    loud = _launch(ALPACA_STUDIO_DEBUG="1")  # what a person debugging asks to see
    assert NATIVE.search(loud.stderr), "TensorFlow says nothing here: the test proves nothing"
