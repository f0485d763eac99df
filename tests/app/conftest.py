"""Fixtures for driving the real window: settings and every folder it writes in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from app.main_window import MainWindow
from app.settings import AppPaths
from tests.app.disk import make_photos


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The English catalogue, as the app installs it at start: its plural forms ("1 photo",
    "2 photos"); without it a `%n` text would read "1 photos". Numbers keep the test
    machine's locale."""
    from app.i18n import install

    locale = QLocale()
    translation = install("en")
    QLocale.setDefault(locale)
    yield translation
    translation.remove()


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch):
    """A question or warning that no test answers would wait for a click for ever (offscreen
    there is nobody to click), hanging the whole suite: it fails its test instead, naming it.
    A test that expects one answers it (`tests.app.dialogs.answer` patches over this)."""

    def unanswered(_parent, title, text, *_args, **_kwargs):
        raise AssertionError(f"a dialog no test answers: {title!r}: {text!r}")

    monkeypatch.setattr(QMessageBox, "question", unanswered)
    monkeypatch.setattr(QMessageBox, "warning", unanswered)


@pytest.fixture
def korean(qapp):
    """Korean installed for one test (before its window is built), then English again:
    the other tests read the window's English."""
    from app import i18n

    locale = QLocale()
    translation = i18n.install("ko")
    yield translation
    translation.remove()
    QLocale.setDefault(locale)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    pictures = tmp_path / "home" / "Pictures"
    pictures.mkdir(parents=True)
    return AppPaths(config_dir=tmp_path / "config", cache_dir=tmp_path / "cache",
                    pictures_dir=pictures, documents_dir=None, home_dir=tmp_path / "home")


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    # Anything that asks for the user's default settings lands in tmp_path too.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "user-settings"))
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def make_window(qtbot, app_paths: AppPaths, settings_file: Path) -> Callable[[], MainWindow]:
    """Build a window as the app does, with the same settings each time (a restart)."""

    def make() -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(app_paths, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    """A folder of the user's own photos, outside the workspace."""
    folder = tmp_path / "camera"
    make_photos(folder, 6, "IMG")
    return folder


@pytest.fixture
def real_photos(tmp_path: Path, alpaca_dir: Path) -> Path:
    """Twenty real photos (ten of each class) copied out of the read-only data set."""
    folder = tmp_path / "real"
    folder.mkdir()
    for name in ("alpaca", "not alpaca"):
        for source in sorted((alpaca_dir / name).iterdir())[:10]:
            shutil.copy(source, folder / f"{name[:3]}_{source.name}")
    return folder


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Ten small photos per class and one file that is not a photo (the Train page tests)."""
    root = tmp_path / "workspace"
    make_photos(root / "alpaca", 10, "alp")
    make_photos(root / "not alpaca", 10, "not", start=50)
    (root / "alpaca" / "broken.jpg").write_bytes(b"this is not a jpeg")
    return root


@pytest.fixture
def own_photos(tmp_path: Path, alpaca_dir: Path) -> list[Path]:
    """Eight real photos `trained_run` never saw (the last four of each class), in one folder."""
    from tests.trained_run import copy_photos

    return copy_photos(alpaca_dir, tmp_path / "own photos", 4, last=True, prefix=True)


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory, trained_run: Path):
    """One window per test module, on the Test step, with the trained run as the latest run.

    Loading a model takes seconds; each test starts from a cleared page instead.
    """
    from tests.app.test_test_page import open_test_step_window

    window = open_test_step_window(tmp_path_factory, trained_run)
    yield window
    window.close()


@pytest.fixture
def page_window(shared_window, qtbot):
    """The shared window, its page cleared, answering with the workspace's latest run."""
    from tests.app.test_test_page import fresh_page

    return fresh_page(shared_window, qtbot)
