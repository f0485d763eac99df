"""`alpaca-studio check` on a terminal shows how far it is; --json and pipes get nothing extra."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.badfiles import add_distinct_photos

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def _check_on_a_terminal(root: Path, *extra: str) -> tuple[int, str, str]:
    """Run `check` with stderr on a pseudo-terminal; (status, stdout, what the terminal got)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "ALPACA_STUDIO_DEBUG": "1"}
    process = subprocess.Popen([sys.executable, "-m", "core.cli", "check", str(root), *extra],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower closed: the process has ended
            break
        if not chunk:
            break
        terminal += chunk
    stdout = process.stdout.read().decode()
    process.wait(60)
    os.close(leader)
    return process.returncode, stdout, terminal.decode(errors="replace")


@pytest.fixture
def many(tmp_path: Path) -> Path:
    add_distinct_photos(tmp_path / "daisy", 40)
    add_distinct_photos(tmp_path / "tulip", 40, first=500)
    return tmp_path


def test_check_shows_how_many_photos_it_has_checked_on_a_terminal(many):
    status, stdout, terminal = _check_on_a_terminal(many)
    assert status == 0
    assert "Checking photos: 80 of 80" in terminal  # the bar ends full, with the count
    assert "100%" in terminal
    assert "80 photos in 2 classes" in stdout
    assert "Checking" not in stdout


def test_check_json_adds_nothing_to_the_terminal(many):
    status, stdout, terminal = _check_on_a_terminal(many, "--json")
    assert status == 0
    assert json.loads(stdout)["total"] == 80
    assert "Checking" not in terminal and "%" not in terminal


def test_check_into_a_pipe_prints_no_progress(many):
    done = subprocess.run([sys.executable, "-m", "core.cli", "check", str(many)], cwd=REPO,
                          env={**os.environ, "ALPACA_STUDIO_DEBUG": "1"},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "Checking" not in done.stderr
