"""What the model looked at, in the window: the heatmap toggle, its class picker and caption.

The real widgets with a real (small) trained run: the Test page's cards open a larger
view with the heatmap; the confusion-matrix photo viewer has the same toggle.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from app.heatmap_maker import CACHE, HeatmapCache, HeatmapPicture, overlay_image
from app.steps.train.widgets.cell_photos import CellPhoto, CellPhotos
from app.widgets.heatmap_view import HeatmapView
from core.run_index import read_run_evaluation
from tests.app.fake_engine import fake_engine
from tests.app.test_test_page import TEST_STEP, answer_all, open_test_step_window
from tests.app.test_train_page import click, open_train_page
from tests.trained_run import CLASSES

MAP_TIMEOUT = 90_000  # the first heatmap of a session loads TensorFlow and the model


def photo_area(view: HeatmapView) -> QImage:
    """What the person sees of the photo (and of whatever lies over it)."""
    return view.canvas.grab(view.canvas.photo_rect()).toImage()


def different_pixels(first: QImage, second: QImage) -> float:
    """The share of pixels that differ clearly between two pictures of the same size."""
    assert first.size() == second.size()
    changed = total = 0
    for y in range(0, first.height(), 4):
        for x in range(0, first.width(), 4):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            total += 1
            changed += abs(a.red() - b.red()) + abs(a.green() - b.green()) \
                + abs(a.blue() - b.blue()) > 24
    return changed / total


@pytest.fixture
def view(qtbot, trained_run: Path) -> HeatmapView:
    CACHE.clear()  # every test makes its own maps
    widget = HeatmapView()
    qtbot.addWidget(widget)
    widget.resize(640, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_model(trained_run, CLASSES)
    yield widget
    widget.shutdown()


def show(qtbot, view: HeatmapView, photo: Path, answer: str | None = None) -> None:
    view.show_photo(photo, answer)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def test_the_toggle_lays_the_heatmap_over_the_photo_and_says_what_it_means(
        qtbot, view, own_photos):
    show(qtbot, view, own_photos[0])
    plain = photo_area(view)
    assert not view.toggle.isChecked() and view.overlay is None
    assert "Turn on “Show what the model looked at”" in view.caption_text

    click(qtbot, view.toggle)
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    # The overlay is the photo's shape, and the person sees the photo coloured.
    photo_shape = view.canvas.photo.width() / view.canvas.photo.height()
    assert view.overlay.width() / view.overlay.height() == pytest.approx(photo_shape, rel=0.02)
    assert different_pixels(plain, photo_area(view)) > 0.5
    answer = view.answer
    assert answer in CLASSES
    assert view.picker.currentText() == f"{answer} (the answer)"
    assert view.caption_text.startswith(f"Brighter = what weighed most for ‘{answer}’.")
    assert "bright on the background, the model learnt the background" in view.caption_text

    click(qtbot, view.toggle)  # off: the photo as it is
    assert view.overlay is None
    assert different_pixels(plain, photo_area(view)) < 0.01
    click(qtbot, view.toggle)  # on again: kept, so it is there at once, without a job
    assert view.overlay is not None and not view.busy


def test_asking_for_another_class_changes_the_picture_and_the_caption(
        qtbot, view, own_photos):
    show(qtbot, view, own_photos[0], answer="alpaca")
    view.set_heatmap_shown(True)
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    for_alpaca = photo_area(view)
    assert "for ‘alpaca’." in view.caption_text

    view.picker.setFocus()
    qtbot.keyClick(view.picker, Qt.Key.Key_Down)  # "what here looks like … not alpaca?"
    assert view.chosen_class == "not alpaca"
    qtbot.waitUntil(lambda: view.overlay is not None and not view.busy, timeout=MAP_TIMEOUT)
    assert view.caption_text.startswith("Brighter = what weighed most for ‘not alpaca’ "
                                        "(the model's answer was ‘alpaca’)")
    assert different_pixels(for_alpaca, photo_area(view)) > 0.02

    qtbot.keyClick(view.picker, Qt.Key.Key_Up)  # back: kept, at once
    assert view.chosen_class == "alpaca" and view.overlay is not None and not view.busy
    assert different_pixels(for_alpaca, photo_area(view)) < 0.01


def test_a_photo_that_cannot_be_read_says_so(qtbot, view, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"this is not a jpeg")
    view.set_heatmap_shown(True)
    show(qtbot, view, broken)
    qtbot.waitUntil(lambda: view.problem != "", timeout=MAP_TIMEOUT)
    assert view.problem.startswith("This file cannot be read: ")
    assert view.caption_text.startswith("⚠ This file cannot be read: ")
    assert view.canvas.text.startswith("⚠ This file cannot be read")
    assert view.overlay is None


def test_without_a_model_the_toggle_is_off_and_says_why(qtbot):
    widget = HeatmapView()
    qtbot.addWidget(widget)
    assert not widget.toggle.isEnabled()
    assert "train one first" in widget.toggle.toolTip()


# --- the Test page -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def test_window(qapp, tmp_path_factory, trained_run: Path):
    window = open_test_step_window(tmp_path_factory, trained_run)
    yield window
    window.close()


def heatmap_button(page, row: int) -> QPoint:
    return page.cards.delegate.heatmap_rect(page.cards.card_rect(row)).center()


def test_a_cards_heatmap_button_opens_it_larger_with_what_the_model_looked_at(
        qtbot, test_window, own_photos, tmp_path):
    CACHE.clear()
    page = test_window.predict_page
    test_window.resize(1280, 820)
    test_window.go_to_step(TEST_STEP)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"this is not a jpeg")
    answer_all(qtbot, test_window, [broken, *own_photos[:2]])
    viewport = page.cards.viewport()
    # Newest first: row 0 is the second photo, row 2 the file that cannot be read.
    assert not page.results.prediction(2).ok
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=heatmap_button(page, 2))
    assert page.heatmap_window is None or not page.heatmap_window.isVisible()

    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=heatmap_button(page, 0))
    window = page.heatmap_window
    qtbot.waitUntil(window.isVisible)
    view = window.view
    card = page.results.prediction(0)
    assert view.photo == card.path and view.toggle.isChecked()
    assert card.path.name in window.windowTitle() and card.label in window.windowTitle()
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    assert view.caption_text.startswith(f"Brighter = what weighed most for ‘{card.label}’.")
    assert view.picker.currentText() == f"{card.label} (the answer)"

    # Choosing another card shows it there, the toggle still on.
    other = page.results.prediction(1)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                     pos=page.cards.card_rect(1).center())
    assert view.photo == other.path
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    assert view.caption_text.startswith(f"Brighter = what weighed most for ‘{other.label}’")
    window.close()

    # Enter on a card opens it larger too (the keyboard's double click), the toggle as left.
    page.cards.setFocus()
    qtbot.keyClick(page.cards, Qt.Key.Key_Return)
    assert window.isVisible() and view.photo == other.path and view.toggle.isChecked()
    window.close()


# --- the confusion matrix's photos ----------------------------------------------------------
def test_the_confusion_matrix_photo_viewer_shows_what_the_runs_model_looked_at(
        qtbot, trained_run: Path):
    CACHE.clear()
    rows = read_run_evaluation(trained_run)["predictions"][:2]
    photos = [CellPhoto(Path(row["path"]), 0.9) for row in rows]
    dialog = CellPhotos("alpaca: answered right", "Photos", photos, None,
                        run=trained_run, class_names=CLASSES)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.preview
    qtbot.waitUntil(lambda: view.photo == photos[0].path and not view.busy, timeout=10_000)
    click(qtbot, view.toggle)
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    first = view.overlay
    assert view.caption_text.startswith(f"Brighter = what weighed most for ‘{view.answer}’")

    dialog.list.setCurrentRow(1)  # the next photo: the toggle stays on
    assert view.photo == photos[1].path and view.toggle.isChecked()
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    assert view.overlay != first
    dialog.close()


def test_the_train_page_gives_the_viewer_the_run_it_shows(window, workspace, qtbot):
    page = open_train_page(window, workspace, qtbot)
    page.session.job_factory = fake_engine(batches=1)
    page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    click(qtbot, page.results.matrix.cells[(0, 1)])
    dialog = page.findChildren(CellPhotos)[-1]
    view = dialog.preview
    assert view.toggle.isEnabled()
    assert view.picker.count() == 2
    # The fake engine saves no model: the person is told so, in words.
    click(qtbot, view.toggle)
    qtbot.waitUntil(lambda: view.problem != "", timeout=MAP_TIMEOUT)
    assert view.caption_text == ("⚠ No heatmap: The model of fake-run is not there any "
                                 "more: it was moved or deleted.")
    dialog.close()


def test_the_kept_heatmaps_stay_within_their_memory_bound(tmp_path):
    pictures = [HeatmapPicture(tmp_path / f"{i}.jpg", 0, 0, CLASSES, (0.9, 0.1),
                               overlay_image(np.full((100, 100), i / 10, np.float32)), False)
                for i in range(10)]
    cache = HeatmapCache(max_bytes=4 * pictures[0].nbytes)
    for number, picture in enumerate(pictures):
        cache.put(("model", number), picture)
        assert cache.get(("model", 0)) is pictures[0]  # used at every step: kept
    assert len(cache) == 4 and cache.bytes <= cache.max_bytes
    assert cache.get(("model", 1)) is None  # the least recently used went first
    # Brighter evidence is brighter and more opaque over the photo.
    low, high = pictures[1].overlay.pixelColor(5, 5), pictures[9].overlay.pixelColor(5, 5)
    assert high.lightness() > low.lightness() and high.alpha() > low.alpha()
