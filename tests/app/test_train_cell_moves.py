"""A photo in the wrong folder is fixed where the person sees it: the confusion matrix's photos."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.steps.train.widgets.cell_photos import CellPhotos
from core.workspace import UNSORTED_FOLDER
from tests.app.disk import digest, tree
from tests.app.fake_engine import fake_engine
from tests.app.test_train_page import click, open_train_page


@pytest.fixture
def trained(window, workspace, qtbot):
    """The Train page after a run, with the square "alpaca taken for not alpaca" open."""
    page = open_train_page(window, workspace, qtbot)
    page.session.job_factory = fake_engine(batches=1)
    page.settings_panel.preset.setCurrentText("Quick")
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: not page.is_training, timeout=20000)
    click(qtbot, page.results.matrix.cells[(0, 1)])
    dialog = page.findChildren(CellPhotos)[-1]
    qtbot.waitUntil(dialog.isVisible)
    return page, dialog


def test_move_to_the_right_class_is_undone_with_ctrl_z(window, workspace, trained, qtbot):
    page, dialog = trained
    photo = dialog.photos[0].path
    assert photo.parent == workspace / "alpaca"
    before = digest(photo)
    assert "not alpaca" in dialog.move_buttons and "alpaca" not in [
        name for name, button in dialog.move_buttons.items() if not button.isHidden()]
    click(qtbot, dialog.move_buttons["not alpaca"])

    moved = workspace / "not alpaca" / photo.name
    assert not photo.exists() and digest(moved) == before  # moved, never changed
    assert window.history.stack.undoText() == f"put {photo.name} in 'not alpaca'"
    assert page.results.stale.isVisible()
    assert page.results.stale.text() == \
        "1 photo was moved since this run: train again to include it."
    assert "Moved to ‘not alpaca’" in dialog.list.item(0).text()
    assert not dialog.move_buttons["not alpaca"].isEnabled()  # it is done
    assert dialog.paths[0] == moved
    qtbot.waitUntil(lambda: page.report is not None
                    and page.report.counts == {"alpaca": 9, "not alpaca": 11}, timeout=10000)

    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert photo.is_file() and not moved.exists() and digest(photo) == before
    assert not page.results.stale.isVisible()
    assert dialog.move_buttons["not alpaca"].isEnabled()
    assert window.history.stack.canRedo()


def test_remove_puts_the_photo_in_unsorted_and_never_deletes_it(
        window, workspace, trained, qtbot):
    page, dialog = trained
    photo = dialog.photos[0].path
    files = tree(workspace)
    click(qtbot, dialog.remove_button)
    unsorted = workspace / UNSORTED_FOLDER / photo.name
    assert not photo.exists() and unsorted.is_file()
    assert sorted(tree(workspace).values()) == sorted(files.values())  # every photo is there
    assert window.history.stack.undoText() == f"put {photo.name} back in Unsorted"
    assert "Back in Unsorted" in dialog.list.item(0).text()
    assert "1 photo was moved since this run" in page.results.stale.text()

    dialog.close()
    assert window.history.undo()  # Edit → Undo, from anywhere in the window
    assert photo.is_file() and not unsorted.exists()
    assert tree(workspace) == files
    assert not page.results.stale.isVisible()


def test_a_photo_that_cannot_be_moved_changes_nothing_and_says_why(
        window, workspace, trained, qtbot):
    page, dialog = trained
    photo = dialog.photos[0].path
    photo.unlink()  # gone meanwhile, e.g. deleted in the file manager
    click(qtbot, dialog.move_buttons["not alpaca"])
    assert not (workspace / "not alpaca" / photo.name).exists()
    assert not window.history.stack.canUndo()
    assert photo.name in dialog.status.text() and "could not be moved" in dialog.status.text()
    assert not page.results.stale.isVisible()
