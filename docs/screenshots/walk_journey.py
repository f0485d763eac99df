"""Walk a first-time user's first hour in the real window and screenshot every step.

Run by ``walk_journey.sh SCALE OUTDIR`` (an X server of its own, an empty HOME): 60 photos
added and sorted with the number keys (a slip, Ctrl+Z), a class added and removed, Augment,
the Quick preset trained with the real engine, three photos tested, "This is wrong" and
Ctrl+Z. Keys and clicks are real X input (xdotool); each step is shot at 1280x820 and at
1024x600 (``-small``) with ``import -window root``. The README's screenshots are the 1x
shots 06-sorting, 12-augment, 14-train-running, 16-train-done and 18-test-answers.
The window speaks the language the app would start in: ``ALPACA_STUDIO_LANG=ko`` walks it
in Korean (a Korean font, Debian's fonts-noto-cjk, must be installed for the shots).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app.i18n import chosen_language, install  # noqa: E402
from app.main import quiet_engine  # noqa: E402
from app.main_window import MainWindow  # noqa: E402
from app.settings import APPLICATION, ORGANIZATION, app_settings  # noqa: E402

ALPACA = REPO.parent / "shared" / "datasets" / "alpaca"
OUT = Path(".")
SCALE = 1.0
LOG = sys.stderr
HOME = Path.home()
holiday = HOME / "holiday"
truth: dict[str, str] = {}
app: QApplication
window: MainWindow
LANGUAGE = "en"
# What the walk waits to read, in each language the window speaks.
SAYS = {
    "checked": {"en": "60 photos checked", "ko": "사진 60장 점검함"},
    "for training": {"en": "for training", "ko": "학습용"},
}


def says(what: str) -> str:
    return SAYS[what][LANGUAGE]


def log(*args):
    print(*args, file=LOG, flush=True)


def make_holiday():
    holiday.mkdir(parents=True, exist_ok=True)
    sources = [s for n in ("alpaca", "not alpaca")
               for s in sorted((ALPACA / n).iterdir())[:30]]
    random.Random(14).shuffle(sources)
    for i, s in enumerate(sources, 1):
        t = holiday / f"IMG_{i:04d}{s.suffix.lower()}"
        shutil.copy(s, t)
        truth[t.name] = s.parent.name
    new = HOME / "new photos"
    new.mkdir(exist_ok=True)
    picked = [*sorted((ALPACA / "alpaca").iterdir())[-2:],
              sorted((ALPACA / "not alpaca").iterdir())[-1]]
    for i, s in enumerate(picked, 1):
        shutil.copy(s, new / f"beach_day_{i}{s.suffix.lower()}")
    return new


def spin(seconds: float):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(cond, timeout=30.0, what=""):
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            log("TIMEOUT waiting for", what)
            return False
        app.processEvents()
        time.sleep(0.02)
    return True


def xdo(*args):
    subprocess.run(["xdotool", *args], check=False)


def phys(widget, point: QPoint | None = None) -> tuple[int, int]:
    p = widget.mapToGlobal(point if point is not None else widget.rect().center())
    return round(p.x() * SCALE), round(p.y() * SCALE)


def click(widget, point=None):
    x, y = phys(widget, point)
    xdo("mousemove", str(x), str(y), "click", "1")
    spin(0.4)


def key(*keys):
    xdo("key", "--delay", "30", *keys)
    spin(0.25)


def shot(name: str, crop: tuple[int, int] | None = None):
    spin(0.3)
    w, h = crop or (window.width(), window.height())
    path = OUT / f"{name}.png"
    subprocess.run(["import", "-window", "root", "-crop",
                    f"{round(w * SCALE)}x{round(h * SCALE)}+0+0", str(path)], check=False)
    log("shot", path, "active:", window.isActiveWindow())


def both(name: str):
    """The window at its default size, then at a 1024x600 screen's."""
    shot(name)
    window.resize(1024, 600)
    spin(0.8)
    shot(name + "-small")
    window.resize(1280, 820)
    spin(0.8)


def modal_then(action_name: str, after):
    """Screenshot the modal dialog that `after` leads to, then press Enter / its default."""
    def fire():
        box = QApplication.activeModalWidget()
        log("modal", action_name, box, box and box.windowTitle())
        if box is not None:
            path = OUT / f"{action_name}.png"
            spin(0.3)
            subprocess.run(["import", "-window", "root", str(path)], check=False)
            log("shot", path)
            after(box)
    QTimer.singleShot(1500, fire)


def journey():
    try:
        _journey()
    except Exception:
        import traceback
        log(traceback.format_exc())
    finally:
        log("END")
        QTimer.singleShot(500, app.quit)


def _journey():
    new = make_holiday()
    sort = window.sort_page
    bar = window.step_bar
    log("statuses", [b.status for b in bar.buttons])
    log("messages", sort.messages.text)
    click(window.statusBar())
    both("01-first-launch")
    # Help → How it works, from the button under the welcome
    def close_box(box):
        key("Escape")
    modal_then("02-how-it-works", close_box)
    click(bar.guide_button)
    spin(0.5)
    click(bar.welcome_button)
    sort.add_files([holiday])  # what dropping the folder on the window does
    wait_until(lambda: sort.preview.photo is not None, 10, "preview")
    spin(2)  # thumbnails
    both("03-photos-added")
    grid = sort.tray_pane.grid
    click(grid, grid.visualRect(grid.model().index(0, 0)).center())
    first = grid.current_photo()
    wait_until(lambda: sort.preview.photo == first, 5, "preview first")
    wrong = "2" if truth[first.name] == "alpaca" else "1"
    key(wrong)
    log("after slip undo text:", window.menuBar().actions()[1].menu().actions()[0].text())
    # Open the Edit menu to see what Undo says
    edit_title = window.menuBar().actionGeometry(window.menuBar().actions()[1])
    click(window.menuBar(), edit_title.center())
    spin(0.5)
    subprocess.run(["import", "-window", "root", "-crop",
                    f"{round(window.width() * SCALE)}x{round(window.height() * SCALE)}+0+0",
                    str(OUT / "04-edit-menu.png")])
    key("Escape")
    key("ctrl+z")
    log("status after undo:", window.statusBar().currentMessage(),
        "restored photo selected:", grid.current_photo() == first)
    shot("05-undone")
    count = 0
    while sort.board.tray.rowCount():
        shown = grid.current_photo()
        wait_until(lambda s=shown: sort.preview.photo == s, 5, "preview")
        key("1" if truth[shown.name] == "alpaca" else "2")
        count += 1
        if count == 20:
            both("06-sorting")
        if count > 80:
            log("too many keys")
            break
    spin(1)
    wait_until(lambda: says("checked") in sort.health.panel.summary, 30, "health")
    log("statuses", [b.status for b in bar.buttons])
    both("07-sorted")
    # Add a class
    click(sort.class_buttons.add_button)
    spin(0.5)
    xdo("type", "--delay", "40", "llamas")
    shot("08-add-class-dialog", crop=(1400, 940))
    key("Return")
    spin(0.5)
    both("09-class-added")

    def yes(box):
        yes_button = box.button(QMessageBox.StandardButton.Yes)
        click(yes_button)
    modal_then("10-remove-class-question", yes)
    click(sort.class_panes["llamas"].remove_button)
    spin(0.8)
    log("classes", list(sort.class_panes))
    both("11-class-removed")
    # Augment
    click(bar.buttons[1])
    wait_until(lambda: all(not t.image.isNull() for t in window.augment_page.grid.tiles), 90,
               "augment grid")
    spin(1.5)
    log("active after augment load:", window.isActiveWindow())
    both("12-augment")
    # Train
    click(bar.buttons[2])
    train = window.train_page
    wait_until(lambda: says("for training") in train.summary.text and "…" not in
               train.summary.text.split(says("for training"))[0], 30, "train summary")
    spin(0.5)
    both("13-train-before")
    click(train.settings_panel.advanced_toggle)
    spin(0.8)
    both("13b-train-advanced")
    click(train.settings_panel.advanced_toggle)
    spin(0.5)
    preset = train.settings_panel.preset
    preset.setCurrentIndex(preset.findData("Quick"))  # by its key, in any language
    spin(0.3)
    click(train.start_button)
    wait_until(lambda: train.charts.batch_points >= 1, 120, "first batch")
    spin(4)
    both("14-train-running")
    wait_until(lambda: train.charts.epoch_points >= 4, 180, "fine-tune")
    both("15-train-refining")
    wait_until(lambda: not train.is_training, 240, "train end")
    spin(2)
    log("train headline", train.results.headline.text())
    log("statuses", [b.status for b in bar.buttons])
    both("16-train-done")
    cells = train.results.matrix.cells
    log("cells", list(cells))
    if cells:
        k = sorted(cells)[1] if len(cells) > 1 else sorted(cells)[0]
        click(cells[k])
        spin(2.5)
        shot("16b-cell-photos", crop=(1400, 940))
        for d in list(train._dialogs):
            d.close()
        spin(0.5)
    # open a confusion matrix square
    # Test
    click(bar.buttons[3])
    test = window.predict_page
    wait_until(lambda: test.loaded is not None, 90, "model loaded")
    spin(1)
    both("17-test-empty")
    test.handle_dropped_files(sorted(new.iterdir()))
    wait_until(lambda: test.results.rowCount() == 3 and not test.is_predicting, 60, "answers")
    spin(2)
    both("18-test-answers")
    cards = test.cards
    button = cards.delegate.button_rect(cards.card_rect(0))
    click(cards.viewport(), button.center())
    spin(0.5)
    log("after this is wrong:", window.menuBar().actions()[1].menu().actions()[0].text())
    both("19-this-is-wrong")
    key("ctrl+z")
    log("status after undo:", window.statusBar().currentMessage())
    shot("20-this-is-wrong-undone")
    test.tabs.setCurrentIndex(1)
    spin(0.5)
    both("21-test-table")
    test.tabs.setCurrentIndex(0)
    log("statuses", [b.status for b in bar.buttons])



def main() -> None:
    global OUT, SCALE, LOG, LANGUAGE, app, window
    SCALE, OUT = float(sys.argv[1]), Path(sys.argv[2])
    OUT.mkdir(parents=True, exist_ok=True)
    LOG = open(OUT / "walk.log", "w")  # noqa: SIM115 (open for the whole walk)
    quiet_engine()  # as the app does: the terminal stays quiet
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    LANGUAGE = chosen_language(app_settings())
    translation = install(LANGUAGE)  # noqa: F841 - as the app does, before any widget
    window = MainWindow()
    window.move(0, 0)
    window.show()
    window.resize(1280, 820)
    window.move(0, 0)
    QTimer.singleShot(300, window.preload_engine)
    QTimer.singleShot(1500, journey)
    app.exec()
    window.close()


if __name__ == "__main__":  # the training process imports this file again: nothing then
    main()
