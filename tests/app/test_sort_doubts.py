"""The health panel lists photos that may be in the wrong folder and near-copies, each with
"Move to …" and "Keep here" (remembered per workspace, undoable), and warns loudly about
near-copies filed in two classes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance, ImageOps
from PySide6.QtCore import Qt

from tests.app.suggest_fixtures import BLUE, RED, pattern_features, patterned_photo


def doubtful_workspace(root: Path) -> Path:
    """Nine red photos in 'alpaca' and a blue one filed there by mistake; nine blue ones in
    'not alpaca'; a resized copy of a blue photo filed in 'alpaca'."""
    for i in range(9):
        patterned_photo(root / "alpaca" / f"alp_{i}.jpg", RED, i)
        patterned_photo(root / "not alpaca" / f"not_{i}.jpg", BLUE, 100 + i)
    patterned_photo(root / "alpaca" / "wrong.jpg", BLUE, 99)
    with Image.open(root / "not alpaca" / "not_0.jpg") as image:
        image.resize((24, 24)).save(root / "alpaca" / "copy_of_not_0.jpg", quality=95)
    return root


def open_with_features(page, root: Path, compute=pattern_features) -> None:
    page.features.compute = compute
    page.engine_ready()
    assert page.open_workspace(root)


def pattern_features_and_layouts(paths, should_stop=None):
    """`pattern_features`, and each photo's 16 x 16 layout as the feature process makes it
    (`core.near_copies.thumbnail` of its decoded pixels; NaN for a file that cannot be read)."""
    from core.errors import ImageError
    from core.images import open_rgb
    from core.near_copies import thumbnail

    layouts = []
    for path in paths:
        try:
            layouts.append(thumbnail(np.asarray(open_rgb(path, (32, 32)), np.float32)))
        except (ImageError, OSError):
            layouts.append(np.full(256, np.nan, np.float32))
    return pattern_features(paths), np.array(layouts, np.float32).reshape(len(paths), 256)


def listed_wrong_photo(page, root: Path, qtbot):
    """Open `root` with features; wait for the misfiled blue photo's row in the list."""
    open_with_features(page, root)
    listed = page.wrong_folder
    qtbot.waitUntil(lambda: any(r.photo.name == "wrong.jpg" for r in listed.rows),
                    timeout=10_000)
    return listed, next(r for r in listed.rows if r.photo.name == "wrong.jpg")


def test_a_photo_in_the_wrong_folder_is_listed_and_moved_or_kept(window, qtbot, tmp_path,
                                                                 make_window):
    page = window.sort_page
    root = doubtful_workspace(tmp_path / "ws")
    open_with_features(page, root)
    listed = page.wrong_folder
    qtbot.waitUntil(lambda: any(r.photo.name == "wrong.jpg" for r in listed.rows),
                    timeout=10_000)
    assert "may be in the wrong folder" in listed.heading.text()
    assert {r.photo.name for r in listed.rows} == {"wrong.jpg", "copy_of_not_0.jpg"}, \
        "the two blue photos in 'alpaca', and no other"
    row = next(r for r in listed.rows if r.photo.name == "wrong.jpg")
    tabs = page.health.panel.tabs
    assert tabs.tabText(1) == f"Wrong folder ({len(listed.rows)})"
    assert row.move_button.text() == "Move to 'not alpaca'"
    qtbot.mouseClick(row.move_button, Qt.MouseButton.LeftButton)
    assert (root / "not alpaca" / "wrong.jpg").exists()
    assert not (root / "alpaca" / "wrong.jpg").exists()
    window.history.undo()
    assert (root / "alpaca" / "wrong.jpg").exists(), "Move to … is undoable"

    qtbot.waitUntil(lambda: any(r.photo.name == "wrong.jpg" for r in listed.rows),
                    timeout=10_000)
    row = next(r for r in listed.rows if r.photo.name == "wrong.jpg")
    qtbot.mouseClick(row.keep_button, Qt.MouseButton.LeftButton)
    assert all(r.photo.name != "wrong.jpg" for r in listed.rows), "off the list at once"
    assert window.history.stack.undoText() == "keep wrong.jpg where it is"
    window.close()

    again = make_window()  # a restart: the kept photo stays off the list
    page = again.sort_page
    open_with_features(page, root)
    # The near-copies are listed once the audit is done: by then the list is final.
    qtbot.waitUntil(lambda: bool(page.near_copies.rows), timeout=10_000)
    assert page.wrong_folder.heading.text(), "the audit ran"
    assert all(r.photo.name != "wrong.jpg" for r in page.wrong_folder.rows)


def test_keep_here_is_undoable(window, qtbot, tmp_path):
    page = window.sort_page
    root = doubtful_workspace(tmp_path / "ws")
    listed, row = listed_wrong_photo(page, root, qtbot)
    qtbot.mouseClick(row.keep_button, Qt.MouseButton.LeftButton)
    assert all(r.photo.name != "wrong.jpg" for r in listed.rows)
    window.history.undo()
    qtbot.waitUntil(lambda: any(r.photo.name == "wrong.jpg" for r in listed.rows),
                    timeout=10_000)


def test_near_copies_in_two_classes_get_a_loud_warning_and_can_be_moved_together(
        window, qtbot, tmp_path):
    page = window.sort_page
    root = doubtful_workspace(tmp_path / "ws")
    open_with_features(page, root)
    copies = page.near_copies
    qtbot.waitUntil(lambda: bool(copies.rows), timeout=10_000)
    row = copies.rows[0]
    assert {p.name for p in row.group.photos} == {"not_0.jpg", "copy_of_not_0.jpg"}
    assert row.warning is not None
    assert "In different classes ('not alpaca' and 'alpaca')" in row.warning.text() or \
        "In different classes ('alpaca' and 'not alpaca')" in row.warning.text()
    assert page.health.panel.tabs.tabText(2).startswith("⚠ Near-copies (")
    menu = row.move_button.menu()
    to_not = next(a for a in menu.actions() if a.text() == "Move to 'not alpaca'")
    to_not.trigger()
    assert (root / "not alpaca" / "copy_of_not_0.jpg").exists()
    qtbot.waitUntil(lambda: copies.rows and set(copies.rows[0].group.classes) == {"not alpaca"},
                    timeout=10_000)
    row = copies.rows[0]
    assert row.warning is None or "different classes" not in row.warning.text()
    qtbot.mouseClick(row.keep_button, Qt.MouseButton.LeftButton)
    assert copies.rows == [] and "No near-copies" in copies.heading.text()
    window.history.undo()
    qtbot.waitUntil(lambda: bool(copies.rows), timeout=10_000)


def test_a_mirrored_darkened_recompressed_copy_is_listed_as_a_near_copy(window, qtbot,
                                                                       tmp_path):
    """What `audit` groups from the photos' layouts too, the panel lists: this copy's
    features are far from its original's (mirrored, darker, blurred by JPEG), its layout,
    mirrored back, is not."""
    page = window.sort_page
    root = doubtful_workspace(tmp_path / "ws")
    with Image.open(root / "alpaca" / "alp_3.jpg") as image:
        copy = ImageEnhance.Brightness(ImageOps.mirror(image.convert("RGB"))).enhance(0.8)
    copy.save(root / "alpaca" / "mirrored_alp_3.jpg", quality=25)
    open_with_features(page, root, pattern_features_and_layouts)
    copies = page.near_copies
    # The resized blue copy (in the other class) is listed first; then this one.
    qtbot.waitUntil(lambda: len(copies.rows) == 2, timeout=10_000)
    groups = [{p.name for p in row.group.photos} for row in copies.rows]
    assert groups == [{"not_0.jpg", "copy_of_not_0.jpg"}, {"alp_3.jpg", "mirrored_alp_3.jpg"}]
    assert "2 groups of near-copies" in copies.heading.text()
    assert page.health.panel.tabs.tabText(2) == "⚠ Near-copies (2)"


def test_the_lists_stay_as_they_are_while_the_unsorted_photos_features_arrive(
        window, qtbot, tmp_path):
    """Features of photos waiting in Unsorted change nothing the panel lists: a list the
    person is reading is not rebuilt (nor scrolled back) at each batch."""
    from app.steps.sort import features as store_module

    page = window.sort_page
    root = doubtful_workspace(tmp_path / "ws")
    listed, row = listed_wrong_photo(page, root, qtbot)
    qtbot.waitUntil(lambda: bool(page.near_copies.rows), timeout=10_000)
    rows, groups = list(listed.rows), list(page.near_copies.rows)
    waiting = [patterned_photo(tmp_path / "camera" / f"new_{i}.jpg", RED, 200 + i)
               for i in range(3 * store_module.BATCH)]
    page.add_files(waiting)  # three batches of features, each "updated"
    store = page.features
    qtbot.waitUntil(lambda: not store.busy and all(
        page.board.tray.photos[i] in store.features for i in range(len(waiting))),
        timeout=10_000)
    qtbot.wait(2 * 500 + 300)  # the health panel's delay after the last batch, twice over
    assert listed.rows == rows and page.near_copies.rows == groups, "the very same rows"
    assert row.photo.name == "wrong.jpg"


def test_a_listed_photo_opens_with_what_the_answering_model_looked_at(
        window, qtbot, tmp_path, trained_run):
    from tests.app.test_heatmaps import MAP_TIMEOUT
    from tests.app.test_train_page import click

    page = window.sort_page
    root = doubtful_workspace(tmp_path / "ws")
    listed, row = listed_wrong_photo(page, root, qtbot)
    assert row.look_button.text() == "What the model looked at"

    click(qtbot, row.look_button)  # no trained model answers yet: it says so
    viewer = page.help.heatmap_window
    assert viewer.isVisible() and viewer.view.photo == root / "alpaca" / "wrong.jpg"
    assert not viewer.view.toggle.isEnabled()
    assert "train one first" in viewer.view.toggle.toolTip()
    viewer.close()

    # The Test step now answers with a trained model: the same button shows its heatmap,
    # for the class the photo looks like.
    window.predict_page.model_changed.emit(trained_run)
    click(qtbot, row.look_button)
    view = viewer.view
    assert viewer.isVisible() and view.toggle.isEnabled() and view.toggle.isChecked()
    assert view.chosen_class == "not alpaca"
    qtbot.waitUntil(lambda: view.overlay is not None, timeout=MAP_TIMEOUT)
    assert "‘not alpaca’" in view.caption_text
    viewer.close()
    window.close()
