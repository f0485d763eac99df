"""The house rules that keep the code base in shape, checked on every test run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_every_import_contract_is_kept():
    """core never imports Qt; the app never imports TensorFlow; the steps never import each
    other; no import cycles between siblings; the TF-free parts of core stay so."""
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def test_a_cycle_between_two_modules_breaks_a_contract(tmp_path):
    """The acyclic contract is not a formality: two siblings importing each other fail it."""
    shutil.copytree(REPO / "app", tmp_path / "app")
    shutil.copytree(REPO / "core", tmp_path / "core")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "app" / "settings.py").write_text(
        (tmp_path / "app" / "settings.py").read_text() + "\nimport app.step_bar  # noqa\n")
    (tmp_path / "app" / "step_bar.py").write_text(
        (tmp_path / "app" / "step_bar.py").read_text() + "\nimport app.settings  # noqa\n")
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=tmp_path,
                            capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "no import cycles between siblings, in the app or in core BROKEN" in result.stdout


def test_no_product_module_looks_like_a_test():
    named = [path.relative_to(REPO) for folder in ("app", "core", "resources")
             for path in (REPO / folder).rglob("*.py")
             if path.name.startswith("test_") or path.name.endswith("_test.py")]
    assert named == []


def test_ruff_finds_nothing():
    result = subprocess.run([_tool("ruff"), "check", "app", "core", "tests", "benchmarks"],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_engine_modules_the_window_uses_load_without_tensorflow():
    modules = ["core.prediction", "core.dataset", "core.run_index", "core.workspace",
               "core.photo_files", "core.train_config", "core.evaluation", "core.split"]
    code = (f"import sys, importlib; [importlib.import_module(m) for m in {modules!r}]; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_module_loads_without_tensorflow():
    code = ("import sys; import app.main_window; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, env={"QT_QPA_PLATFORM": "offscreen",
                                            "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
