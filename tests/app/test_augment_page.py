"""The Augment page driven through the real window: real photos, the real Keras layers."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from app.main_window import MainWindow
from app.steps.augment.page import AugmentPage, describe
from app.steps.augment.renderer import RenderResult
from core.augment_config import AugmentConfig, load_augment_config
from core.images import load_array
from tests.app.disk import file_drop, make_photos, tree

FIRST_RENDER_MS = 60_000  # the first render imports TensorFlow
RENDER_MS = 15_000

DEFAULT_DEGREES = round(AugmentConfig().rotation_degrees)  # the measured default


@pytest.fixture
def workspace(tmp_path: Path, real_photos: Path, settings_file: Path) -> Path:
    """A workspace of three real photos per class, remembered as the one to open."""
    root = tmp_path / "workspace"
    for prefix, name in (("alp", "alpaca"), ("not", "not alpaca")):
        (root / name).mkdir(parents=True)
        for photo in sorted(real_photos.glob(f"{prefix}_*"))[:3]:
            shutil.copy(photo, root / name / photo.name)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("workspace", str(root))
    settings.sync()
    return root


def pixels(image: QImage) -> np.ndarray:
    """An RGB QImage as a (height, width, 3) uint8 array, as the person sees it."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    row = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                             image.bytesPerLine())
    return row[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def shown(page: AugmentPage) -> list[np.ndarray]:
    """The nine versions the grid draws right now."""
    return [pixels(tile.image) for tile in page.grid.tiles]


def open_augment(qtbot, window: MainWindow) -> RenderResult:
    with qtbot.waitSignal(window.augment_page.preview_shown, timeout=FIRST_RENDER_MS) as shown_:
        window.go_to_step(1)
    return shown_.args[0]


def wait_for(qtbot, page: AugmentPage, action, config: AugmentConfig | None = None,
             photo: Path | None = None) -> RenderResult:
    """Do `action` and wait until the grid shows `config` (default: the page's) for `photo`."""
    def wanted(result: RenderResult) -> bool:
        return (result.request.config == (config or page.config)
                and (photo is None or result.request.photo == photo))

    with qtbot.waitSignal(page.preview_shown, timeout=RENDER_MS, check_params_cb=wanted) as got:
        action()
    return got.args[0]


@pytest.fixture
def page_window(make_window, workspace) -> MainWindow:
    return make_window()


def pick(qtbot, page: AugmentPage, row: int) -> RenderResult:
    """Click photo `row` of the strip and wait until the grid shows it."""
    strip = page.strip.grid
    rect = strip.visualRect(page.strip.model.index(row))
    return wait_for(qtbot, page, lambda: qtbot.mouseClick(
        strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()),
        photo=page.strip.photos[row])


def test_the_chosen_photo_appears_beside_nine_versions(qtbot, page_window, workspace):
    page = page_window.augment_page
    result = open_augment(qtbot, page_window)
    first = page.strip.photos[0]
    assert result.request.photo == first
    assert len(page.strip.photos) == 6
    # The original is the photo as training reads it; the versions are all different.
    assert np.array_equal(pixels(page.grid.original.image), load_array(first, (160, 160)))
    versions = shown(page)
    assert all(v.shape == (160, 160, 3) for v in versions)
    assert len({v.tobytes() for v in versions}) == 9
    assert first.name in page.caption.text()
    # Another photo picked in the strip replaces the original and its versions.
    other = page.strip.photos[4]
    strip = page.strip.grid
    rect = strip.visualRect(page.strip.model.index(4))
    result = wait_for(qtbot, page, lambda: qtbot.mouseClick(
        strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()), photo=other)
    assert np.array_equal(pixels(page.grid.original.image), load_array(other, (160, 160)))
    assert not np.array_equal(shown(page)[0], versions[0])


def test_moving_a_slider_changes_the_settings_and_the_pictures(qtbot, page_window):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    before = shown(page)
    slider = page.controls.sliders["rotation"]
    assert slider.value() == DEFAULT_DEGREES
    slider.setFocus()
    result = wait_for(qtbot, page, lambda: qtbot.keyClick(slider, Qt.Key.Key_PageUp))
    turned = DEFAULT_DEGREES + 10  # a page step
    assert slider.value() == turned
    assert page.config.rotation == pytest.approx(turned / 360, abs=1e-6)
    assert result.request.config.rotation == page.config.rotation
    assert page_window.step_bar.buttons[1].status == f"Flip + rotate ±{turned}°"
    after = shown(page)
    assert all(not np.array_equal(a, b) for a, b in zip(before, after))
    # Contrast from off to 30%: the versions' contrast differs from the original's.
    contrast = page.controls.sliders["contrast"]
    wait_for(qtbot, page, lambda: contrast.setValue(30))
    assert page.config.contrast == pytest.approx(0.3)
    assert page_window.step_bar.buttons[1].status == f"Flip + rotate ±{turned}° + contrast ±30%"


def test_same_seed_same_pictures_and_shuffle_draws_new_ones(qtbot, page_window):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    first = shown(page)
    zoom = page.controls.sliders["zoom"]
    wait_for(qtbot, page, lambda: zoom.setValue(20))
    zoomed = shown(page)
    wait_for(qtbot, page, lambda: zoom.setValue(0))
    back = shown(page)
    assert all(np.array_equal(a, b) for a, b in zip(first, back))
    assert not all(np.array_equal(a, b) for a, b in zip(first, zoomed))
    seed = wait_for(qtbot, page, lambda: qtbot.mouseClick(
        page.shuffle_button, Qt.MouseButton.LeftButton)).request.seed
    shuffled = shown(page)
    assert sum(np.array_equal(a, b) for a, b in zip(first, shuffled)) < 3
    assert f"random set {seed}" in page.caption.text()


def test_flip_only_shows_the_photo_or_its_mirror(qtbot, page_window):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    slider = page.controls.sliders["rotation"]
    slider.setFocus()
    wait_for(qtbot, page, lambda: qtbot.keyClick(slider, Qt.Key.Key_Home))
    assert page.config == AugmentConfig(horizontal_flip=True, rotation=0.0)
    original = pixels(page.grid.original.image)
    kinds = set()
    for version in shown(page):
        if np.array_equal(version, original):
            kinds.add("original")
        else:
            assert np.array_equal(version, original[:, ::-1]), "neither the photo nor its mirror"
            kinds.add("mirror")
    assert kinds == {"original", "mirror"}
    assert not page.controls.fill_mode.isEnabled()  # nothing moves: no corners to fill


def test_the_preview_is_what_training_sees(qtbot, page_window):
    from core.augment import augment_batch, build_augmentation

    page = page_window.augment_page
    open_augment(qtbot, page_window)
    brightness = page.controls.sliders["brightness"]
    result = wait_for(qtbot, page, lambda: brightness.setValue(25))
    request = result.request
    batch = np.repeat(load_array(request.photo, (160, 160))[None], 9, axis=0)
    trained_on = augment_batch(build_augmentation(request.config, request.seed), batch)
    expected = np.clip(np.rint(trained_on), 0, 255).astype(np.uint8)
    assert np.array_equal(np.stack(shown(page)), expected)


def test_settings_survive_a_restart_and_reach_the_train_page(qtbot, make_window, workspace,
                                                             app_paths):
    window = make_window()
    page = window.augment_page
    open_augment(qtbot, window)
    chosen = AugmentConfig(horizontal_flip=True, vertical_flip=True, rotation=0.125, zoom=0.15,
                           fill_mode="constant")
    with qtbot.waitSignal(page.config_changed, timeout=5000,
                          check_params_cb=lambda config: config == chosen):
        check = page.controls.checks["vertical_flip"]
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        page.controls.sliders["rotation"].setValue(45)
        page.controls.sliders["zoom"].setValue(15)
        page.controls.fill_mode.setCurrentIndex(page.controls.fill_mode.findData("constant"))
    assert load_augment_config(app_paths.augmentation_file(workspace)) == chosen
    photo = page.strip.photos[2]
    page.show_photo(photo)
    window.close()

    again = make_window()
    assert again.augment_page.config == chosen
    controls = again.augment_page.controls
    assert controls.checks["vertical_flip"].isChecked()
    assert controls.sliders["rotation"].value() == 45
    assert controls.fill_mode.currentData() == "constant"
    assert again.step_bar.buttons[1].status == describe(chosen) == \
        "Flip both ways + rotate ±45° + zoom ±15%"
    assert open_augment(qtbot, again).request.photo == photo


def test_each_workspace_keeps_its_own_settings(qtbot, page_window, workspace, tmp_path,
                                              app_paths):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    page.controls.sliders["zoom"].setValue(30)
    other = tmp_path / "other workspace"
    (other / "cats").mkdir(parents=True)
    shutil.copy(page.strip.photos[0], other / "cats" / "cat.jpg")
    with qtbot.waitSignal(page.config_changed, timeout=5000,
                          check_params_cb=lambda config: config == AugmentConfig()):
        assert page_window.sort_page.open_workspace(other)
    assert page.controls.sliders["zoom"].value() == 0
    assert page.strip.photos == [other / "cats" / "cat.jpg"]
    assert page_window.step_bar.buttons[1].status == f"Flip + rotate ±{DEFAULT_DEGREES}°"
    assert load_augment_config(app_paths.augmentation_file(workspace)).zoom == 0.3
    with qtbot.waitSignal(page.config_changed, timeout=5000,
                          check_params_cb=lambda config: config.zoom == 0.3):
        page_window.sort_page.open_workspace(workspace)
    assert page.controls.sliders["zoom"].value() == 30


def test_a_photo_deleted_meanwhile_gives_way_to_another(qtbot, page_window):
    page = page_window.augment_page
    gone = open_augment(qtbot, page_window).request.photo
    page_window.go_to_step(0)
    gone.unlink()
    with qtbot.waitSignal(page.preview_shown, timeout=RENDER_MS) as got:
        page_window.go_to_step(1)
    assert got.args[0].request.photo == page.strip.photos[0] != gone
    assert len(page.strip.photos) == 5
    assert not page.messages.isVisible()


def test_reset_to_defaults_restores_flip_and_rotation(qtbot, page_window):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    page.controls.sliders["translation"].setValue(10)
    page.controls.checks["horizontal_flip"].setChecked(False)
    assert page.config != AugmentConfig()
    wait_for(qtbot, page, lambda: qtbot.mouseClick(page.controls.reset_button,
                                                   Qt.MouseButton.LeftButton),
             config=AugmentConfig())
    assert page.config == AugmentConfig()
    assert page.controls.sliders["rotation"].value() == DEFAULT_DEGREES
    assert page.controls.checks["horizontal_flip"].isChecked()
    assert page_window.step_bar.buttons[1].status == f"Flip + rotate ±{DEFAULT_DEGREES}°"


def test_a_photo_dropped_on_the_page_is_previewed(qtbot, page_window, camera, tmp_path):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    dropped = sorted(camera.iterdir())[0]
    result = wait_for(qtbot, page, lambda: file_drop(page_window, [dropped]), photo=dropped)
    assert np.array_equal(pixels(page.grid.original.image), load_array(dropped, (160, 160)))
    assert "not in the workspace" in page.caption.text()
    assert page_window.current_step == "Augment"  # not sent to the Sort page's tray
    assert result.reason is None
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a photo at all")
    with qtbot.waitSignal(page.renderer.rendered, timeout=RENDER_MS):
        file_drop(page_window, [broken])
    assert "cannot be read" in page.grid.original.text
    # A folder is for sorting: it goes to the Sort page.
    file_drop(page_window, [camera])
    assert page_window.current_step == "Sort"


def test_only_the_newest_photo_is_shown(qtbot, page_window):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    results: list[RenderResult] = []
    page.preview_shown.connect(results.append)
    photos = page.strip.photos
    page.show_photo(photos[1])
    qtbot.waitUntil(lambda: page.renderer.running is not None
                    and page.renderer.running.photo == photos[1], timeout=RENDER_MS)
    # Picked while photo 1 renders: its result must not reach the grid.
    last = photos[-1]
    wait_for(qtbot, page, lambda: [page.show_photo(p) for p in photos[2:]], photo=last)
    qtbot.wait(300)
    assert [r.request.photo for r in results] == [last]
    assert page.strip.grid.current_photo() == last


def test_nothing_renders_before_the_page_is_visited(qtbot, page_window):
    page = page_window.augment_page
    qtbot.wait(200)
    assert not page.renderer.busy
    assert page.grid.original.image.isNull()
    assert page_window.step_bar.buttons[1].status == f"Flip + rotate ±{DEFAULT_DEGREES}°"


def test_the_versions_come_at_the_size_chosen_on_the_train_page(qtbot, page_window):
    page = page_window.augment_page
    first = open_augment(qtbot, page_window)
    assert "160×160 pixels, the size training uses" in page.caption.text()
    page_window.go_to_step(2)
    page_window.train_page.settings_panel.preset.setCurrentText("Thorough")  # 224 px
    with qtbot.waitSignal(page.preview_shown, timeout=RENDER_MS) as got:
        page_window.go_to_step(1)
    result = got.args[0]
    assert result.request.photo == first.request.photo and result.request.size == 224
    assert np.array_equal(pixels(page.grid.original.image),
                          load_array(first.request.photo, (224, 224)))
    assert all(v.shape == (224, 224, 3) for v in shown(page))
    assert "224×224 pixels, the size training uses" in page.caption.text()


def test_photos_seen_before_a_size_change_come_at_the_new_size(qtbot, page_window):
    page = page_window.augment_page
    open_augment(qtbot, page_window)
    second, first = pick(qtbot, page, 1).request.photo, pick(qtbot, page, 0).request.photo
    page_window.go_to_step(2)
    size = page_window.train_page.settings_panel.image_size
    size.setCurrentIndex(size.findData(224))
    with qtbot.waitSignal(page.preview_shown, timeout=RENDER_MS):
        page_window.go_to_step(1)
    assert page.strip.grid.current_photo() == first
    # The photo seen at 160 px before is shown again: at 224 px now, as the caption says.
    result = pick(qtbot, page, 1)
    assert result.request.photo == second
    assert np.array_equal(pixels(page.grid.original.image), load_array(second, (224, 224)))
    assert all(v.shape == (224, 224, 3) for v in shown(page))
    assert "224×224 pixels, the size training uses" in page.caption.text()


def test_photos_and_folders_dropped_on_augment_go_to_the_sort_tray(qtbot, page_window, camera,
                                                                   tmp_path):
    page = page_window.augment_page
    tray = page_window.sort_page.board.tray
    shown_photo = open_augment(qtbot, page_window).request.photo
    holiday = tmp_path / "holiday"
    make_photos(holiday, 4, "HOL", start=10)
    before = tree(tmp_path / "camera"), tree(holiday)
    two = sorted(camera.iterdir())[:2]
    # Two photos and a folder on the window: none is lost, all wait in the Sort page's tray.
    file_drop(page_window, [*two, holiday])
    assert page_window.current_step == "Sort"
    assert set(tray.photos) == {*two, *holiday.iterdir()}
    assert page.strip.grid.current_photo() == shown_photo
    # A folder dropped on the strip of photos goes the same way.
    page_window.go_to_step(1)
    file_drop(page.strip.grid.viewport(), [camera])
    assert page_window.current_step == "Sort"
    assert set(tray.photos) == {*camera.iterdir(), *holiday.iterdir()}
    # One photo dropped on the strip is previewed there.
    page_window.go_to_step(1)
    one = sorted(camera.iterdir())[3]
    wait_for(qtbot, page, lambda: file_drop(page.strip.grid.viewport(), [one]), photo=one)
    assert page_window.current_step == "Augment"
    assert np.array_equal(pixels(page.grid.original.image), load_array(one, (160, 160)))
    assert (tree(tmp_path / "camera"), tree(holiday)) == before  # the user's files untouched


def test_a_photo_gone_before_its_drop_on_the_strip_is_reported(qtbot, page_window, tmp_path):
    page = page_window.augment_page
    shown_photo = open_augment(qtbot, page_window).request.photo
    photo = make_photos(tmp_path / "downloads", 1, "GONE")[0]
    viewport = page.strip.grid.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 keeps only this overload
        enter = QDragEnterEvent(viewport.rect().center(), actions, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    photo.unlink()  # deleted in the file manager while still being dragged
    QApplication.sendEvent(viewport, QDropEvent(
        QPointF(viewport.rect().center()), actions, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    assert "GONE_0000.jpg" in page.messages.text
    assert page.strip.grid.current_photo() == shown_photo
