"""A photo with what the model looked at over it: a toggle, a class picker and a plain caption.

`HeatmapView` is what a page drops in wherever it shows one photo large (the
Test page's larger view of a card, the confusion-matrix photo viewer, the Sort
page's "may be in the wrong folder" list)::

    view = HeatmapView()                   # in any layout
    view.set_model(run_folder, class_names)   # a run folder or .keras Path (loaded lazily,
                                           # in the background, the first time a map is
                                           # asked), or a LoadedModel a page holds; None: no
                                           # model (the toggle says why it is off)
    view.prepare()                         # optional: load the model and build its heatmap
                                           # step now, in the background (seconds)
    view.show_photo(path, answer="alpaca")  # answer: the class the model gave (the picker's
                                           # default); None: the model's own answer
    view.set_heatmap_shown(True)           # the toggle, as if clicked (it starts off)
    view.set_class("not alpaca")           # the picker, as if chosen ("what here looks like …?")
    view.shutdown()                        # when its window closes: stops its jobs

Read back: `heatmap_shown`, `chosen_class`, `caption_text`, `overlay` (the QImage
over the photo, None while none shows), `problem` (why there is no photo or map, in
plain words, else ""). Signals: `heatmap_shown_changed(bool)` (a page keeps the
toggle from photo to photo), `heatmap_ready(object)` (the `HeatmapPicture` now shown).

`app.widgets.heatmap_window.HeatmapWindow` is one in a window of its own (the Test
page's larger view of a card).

Heatmaps are made off the GUI thread (`app.heatmap_maker`, newest request wins)
and kept in memory per photo, model and class, so switching back is instant.
Nothing moves when a map arrives: the caption keeps room for three lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.heatmap_canvas import HeatmapCanvas, job_keeper, photo_job
from app.heatmap_maker import HeatmapPicture, ModelSource, cached, heatmap_job, warm_up_job
from app.i18n import engine_text
from app.worker import NewestWins, plain_reason
from core.errors import ImageError

CONTEXT = "HeatmapView"
#: glossary: 모델이 본 곳 = what the model looked at (a heatmap; avoid 히트맵 outside brackets)
TOGGLE_TEXT = QT_TRANSLATE_NOOP("HeatmapView", "Show what the model looked at")
TOGGLE_TIP = QT_TRANSLATE_NOOP("HeatmapView",
                               "Colour the parts of the photo that weighed most in the model's "
                               "answer (a heatmap, Grad-CAM++ on the last block of MobileNetV2)")
PICKER_TIP = QT_TRANSLATE_NOOP("HeatmapView",
                               "Ask which parts look like another class: a photo the model gave "
                               "another answer may still hold a small one, and this shows "
                               "whether the model saw it")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def caption_for(class_name: str, answer: str | None, empty: bool) -> str:
    """What the heatmap shown means, and when to worry, in plain words."""
    if empty:
        return QCoreApplication.translate(
            "HeatmapView", "Nothing in this photo speaks for ‘{name}’: the model sees no part "
            "of it that looks like one.").format(name=class_name)
    if answer is not None and answer != class_name:
        return QCoreApplication.translate(
            "HeatmapView", "Brighter = what weighed most for ‘{name}’ (the model's answer was "
            "‘{answer}’). If it is bright on the background, the model learnt the background: "
            "add photos of ‘{name}’ in other places.").format(name=class_name, answer=answer)
    return QCoreApplication.translate(
        "HeatmapView", "Brighter = what weighed most for ‘{name}’. If it is bright on the "
        "background, the model learnt the background: add photos of ‘{name}’ in other "
        "places.").format(name=class_name)


class HeatmapView(QWidget):
    """One photo, large, with its heatmap on demand (see the module's docstring for the API)."""

    heatmap_shown_changed = Signal(bool)  # the toggle was switched (by the person or a call)
    heatmap_ready = Signal(object)  # the HeatmapPicture now over the photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: ModelSource | None = None
        self._class_names: tuple[str, ...] = ()
        self._photo: Path | None = None
        self._answer: str | None = None
        self._picked: str | None = None  # a class the person picked for this photo
        self._threshold: float | None = None
        self._picture: HeatmapPicture | None = None
        self._wanted_map: tuple | None = None
        self._photo_problem = ""  # the photo cannot be read
        self._map_problem = ""  # the photo shows, but no map could be made
        # The jobs belong to the application, not to this widget: closing its window
        # drops what they bring instead of waiting seconds for a model to finish loading.
        keeper = job_keeper()
        self._photos = NewestWins(keeper)
        self._maps = NewestWins(keeper)
        self._warm_up = NewestWins(keeper)
        self.destroyed.connect(lambda _=None, jobs=(self._photos, self._maps, self._warm_up):
                               [job.cancel() for job in jobs])
        self.toggle = QCheckBox(_tr(TOGGLE_TEXT))
        self.toggle.setToolTip(_tr(TOGGLE_TIP))
        #: before the class picker: "What here looks like [alpaca] ?" (the "?" follows it)
        self.picker_label = QLabel(self.tr("What here looks like"))
        self.picker = QComboBox()
        self.picker.setToolTip(_tr(PICKER_TIP))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker_label.setBuddy(self.picker)
        # The picker sits beside the toggle, or under it when the view is too narrow.
        self.picker_box = QWidget()
        box = QHBoxLayout(self.picker_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker_label)
        box.addWidget(self.picker)
        #: after the class picker: "What here looks like [alpaca] ?"
        box.addWidget(QLabel(self.tr("?", "after the class picker")))
        self._wide_row = QHBoxLayout()
        self._wide_row.setContentsMargins(0, 0, 0, 0)
        self._wide_row.addWidget(self.toggle)
        self._wide_row.addStretch(1)
        self._wide_row.addWidget(self.picker_box)
        self._narrow_row = QHBoxLayout()
        self._narrow_row.setContentsMargins(0, 0, 0, 0)
        self._narrow_row.addStretch(1)
        self.canvas = HeatmapCanvas()
        self.name = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Three lines kept for the caption, so nothing jumps when a map arrives.
        self.caption.setMinimumHeight(3 * self.fontMetrics().lineSpacing() + 4)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._wide_row)
        layout.addLayout(self._narrow_row)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.caption)
        self.toggle.toggled.connect(self._on_toggled)
        self.picker.activated.connect(self._on_picked)
        self.show_photo(None)

    # --- reading -----------------------------------------------------------------------------
    @property
    def heatmap_shown(self) -> bool:
        return self.toggle.isChecked()

    @property
    def chosen_class(self) -> str | None:
        """The class the heatmap is (or will be) for: the one picked, else the answer."""
        if self._picked is not None:
            return self._picked
        if self._answer is not None:
            return self._answer
        return self._picture.class_name if self._picture is not None else None

    @property
    def caption_text(self) -> str:
        return self.caption.text()

    @property
    def overlay(self) -> QImage | None:
        return self.canvas.overlay

    @property
    def problem(self) -> str:
        """Why there is no photo or no heatmap, in plain words; "" when there is no problem."""
        return self._photo_problem or self._map_problem

    @property
    def photo(self) -> Path | None:
        return self._photo

    @property
    def class_names(self) -> tuple[str, ...]:
        """The classes the picker offers (the model's)."""
        return self._class_names

    @property
    def answer(self) -> str | None:
        """The class the model answered for the photo, as the page said (or as found)."""
        return self._answer

    @property
    def busy(self) -> bool:
        """A photo or a heatmap is being made."""
        return self._photos.busy or self._maps.busy

    # --- changing ----------------------------------------------------------------------------
    def set_model(self, source: ModelSource | None, class_names: Sequence[str] = (), *,
                  threshold: float | None = None) -> None:
        """The model whose heatmaps are shown (see the module docstring); maps shown go.

        `class_names` fill the picker before the model is loaded (a LoadedModel gives
        its own); `threshold`: for two classes, where the answer turns (None: the model's).
        """
        if source is not None and not isinstance(source, Path):
            class_names = source.class_names
        self._source = source
        self._threshold = threshold
        self._class_names = tuple(class_names)
        self._maps.cancel()
        self._picture = None
        self._map_problem = ""
        self._wanted_map = None
        self.canvas.set_overlay(None)
        self._fill_picker()
        self._refresh()

    def show_photo(self, path: Path | None, answer: str | None = None) -> None:
        """Show `path` (None: a hint to pick one); `answer` is the picker's default class."""
        self._photos.cancel()
        self._maps.cancel()
        self._photo = Path(path) if path is not None else None
        self._answer = answer if answer in self._class_names else None
        self._picked = None
        self._picture = None
        self._photo_problem = self._map_problem = ""
        self._wanted_map = None
        self.canvas.set_overlay(None)
        if self._photo is None:
            self.canvas.set_photo(None, self.tr("Select a photo to see it here."))
            self.name.setText("")
            self._fill_picker()
            self._refresh()
            return
        self.name.setText(self._photo.name)
        self.name.setToolTip(str(self._photo))
        self.canvas.set_photo(None, "")
        self._fill_picker()
        self._photos.start(photo_job(self._photo), self._on_photo, failure=self._on_failure)
        self._refresh()

    def set_heatmap_shown(self, shown: bool) -> None:
        self.toggle.setChecked(shown)

    def set_class(self, class_name: str) -> None:
        """Show the evidence for `class_name` (one of the model's classes)."""
        if class_name not in self._class_names:
            raise ValueError(f"class_name must be one of {self._class_names}. "
                             f"Received: class_name={class_name!r}")
        self.picker.setCurrentIndex(self._class_names.index(class_name))
        self._on_picked(self.picker.currentIndex())

    def prepare(self) -> None:
        """Load the model and build its heatmap step now, in the background (seconds).

        Optional: call it when a heatmap is likely to be asked soon (a window of photos
        opened), so the first one comes at once; the first heatmap does it otherwise.
        """
        if self._source is not None:
            self._warm_up.start(warm_up_job(self._source), failure=lambda _error: None)

    def shutdown(self) -> None:
        """Drop every job of this view at once, without waiting (the window closes)."""
        self._photos.cancel()
        self._maps.cancel()
        self._warm_up.cancel()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_picker()

    # --- inside ------------------------------------------------------------------------------
    def _place_picker(self) -> None:
        spacing = self._wide_row.spacing() + 24
        wide = self.width() >= (self.toggle.sizeHint().width() + spacing
                                + self.picker_box.sizeHint().width())
        row = self._wide_row if wide else self._narrow_row
        if row.indexOf(self.picker_box) < 0:
            (self._narrow_row if wide else self._wide_row).removeWidget(self.picker_box)
            row.addWidget(self.picker_box)

    def _fill_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for name in self._class_names:
            self.picker.addItem(self.tr("{name} (the answer)").format(name=name)
                                if name == self._answer else name)
        chosen = self.chosen_class
        if chosen in self._class_names:
            self.picker.setCurrentIndex(self._class_names.index(chosen))
        self.picker.blockSignals(False)
        self.picker.updateGeometry()  # "(the answer)" moved: the combo's width follows
        self._place_picker()

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        self._map_problem = ""  # asked again: try again
        self._refresh()
        self.heatmap_shown_changed.emit(shown)

    @Slot(int)
    def _on_picked(self, row: int) -> None:
        if 0 <= row < len(self._class_names):
            self._picked = self._class_names[row]
            self._map_problem = ""
            self._refresh()

    def _class_index(self) -> int | None:
        chosen = self._picked if self._picked is not None else self._answer
        return self._class_names.index(chosen) if chosen in self._class_names else None

    def _refresh(self) -> None:
        """Bring the overlay, the controls and the caption in line with what is asked."""
        has_model = self._source is not None
        self.toggle.setEnabled(has_model)
        self.toggle.setToolTip(_tr(TOGGLE_TIP) if has_model else
                               self.tr("There is no trained model to ask yet: train one first."))
        show = self.heatmap_shown and has_model and self._photo is not None
        for widget in (self.picker, self.picker_label):
            widget.setEnabled(show and bool(self._class_names))
        if self.problem:
            self.canvas.set_overlay(None)
            self.caption.setText(f"⚠ {self.problem}")
            return
        if not show:
            self._maps.cancel()
            self._wanted_map = None
            self.canvas.set_overlay(None)
            self.caption.setText("" if self._photo is None or not has_model else
                                 self.tr("Turn on “{toggle}” to see which parts of the photo "
                                         "the model went by.").format(toggle=_tr(TOGGLE_TEXT)))
            return
        index = self._class_index()
        wanted = (self._photo, index)
        picture = cached(self._source, self._photo, index, self._threshold)
        if picture is not None:
            self._maps.cancel()
            self._wanted_map = None
            self._show_picture(picture)
            return
        if wanted == self._wanted_map and self._maps.busy:
            return  # already being made
        self._wanted_map = wanted
        self.canvas.set_overlay(None)
        self.caption.setText(
            self.tr("Looking for what weighed most for ‘{name}’…").format(
                name=self._class_names[index])
            if index is not None else self.tr("Looking for what weighed most…"))
        self._maps.start(heatmap_job(self._source, self._photo, index,
                                     threshold=self._threshold),
                         self._on_map, failure=self._on_failure)

    def _show_picture(self, picture: HeatmapPicture) -> None:
        self._picture = picture
        if not self._class_names:  # a model given by path without names: learnt now
            self._class_names = picture.class_names
        if self._answer is None:
            self._answer = picture.class_names[picture.answered]
        self._fill_picker()
        self.canvas.set_overlay(picture.overlay)
        self.caption.setText(caption_for(picture.class_name, self._answer, picture.empty))
        self.heatmap_ready.emit(picture)

    @Slot(object)
    def _on_photo(self, result) -> None:
        path, image, reason = result
        if path != self._photo:
            return
        if image is None:
            self._photo_problem = self.tr("This file cannot be read: {reason}.").format(
                reason=engine_text(reason))
            self.canvas.set_photo(None, f"⚠ {self._photo_problem}")
        else:
            pixmap = QPixmap.fromImage(image)
            self.canvas.set_photo(pixmap)
        self._refresh()

    @Slot(object)
    def _on_map(self, picture: HeatmapPicture) -> None:
        self._wanted_map = None
        if picture.photo != self._photo or not self.heatmap_shown:
            return
        self._show_picture(picture)

    @Slot(object)
    def _on_failure(self, error: BaseException) -> None:
        self._wanted_map = None
        if isinstance(error, ImageError):
            self._photo_problem = self.tr("This file cannot be read: {reason}.").format(
                reason=engine_text(error.reason))
            self.canvas.set_photo(None, f"⚠ {self._photo_problem}")
        else:
            self._map_problem = self.tr("No heatmap: {reason}").format(
                reason=plain_reason(error))
        self._refresh()
