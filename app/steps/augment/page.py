"""Step 2, Augment: see what the random changes of training do to a photo, and choose them.

The grid shows `core.augment.preview` of the chosen photo at the training size:
the same Keras layers, with the same seeds, that training applies. The settings
are saved with the workspace and sent to the Train page through the window.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import engine_text
from app.settings import AppPaths
from app.step_page import StepPage
from app.steps.augment.renderer import AugmentRenderer, RenderRequest, RenderResult
from app.steps.augment.widgets.controls import AugmentControls
from app.steps.augment.widgets.grid import AugmentGrid
from app.steps.augment.widgets.photo_strip import PhotoStrip
from app.thumbnail_cache import ThumbnailCache
from app.widgets.message_bar import MessageBar
from app.widgets.photo_grid import local_files
from core.augment_config import AugmentConfig, load_augment_config, save_augment_config
from core.dataset import find_class_names
from core.errors import CoreError
from core.images import IMAGE_SUFFIXES
from core.train_config import DEFAULT_IMAGE_SIZE
from core.workspace import list_photos

# Saving and telling the Train page wait for a pause in a slider's drag.
SAVE_DELAY_MS = 400
PHOTO_KEY = "augment/photo"
_MAX_SEED = 2**31 - 100  # the layers add small offsets to it


# The parts of the sidebar's short description ("Flip + rotate ±72° + zoom ±10%").
_FLIP_WORDS = {(True, False): QT_TRANSLATE_NOOP("AugmentPage", "flip"),
               (False, True): QT_TRANSLATE_NOOP("AugmentPage", "flip upside down"),
               (True, True): QT_TRANSLATE_NOOP("AugmentPage", "flip both ways")}
_CHANGE_WORDS = (("zoom", QT_TRANSLATE_NOOP("AugmentPage", "zoom ±{percent}%")),
                 ("translation", QT_TRANSLATE_NOOP("AugmentPage", "shift ±{percent}%")),
                 ("contrast", QT_TRANSLATE_NOOP("AugmentPage", "contrast ±{percent}%")),
                 ("brightness", QT_TRANSLATE_NOOP("AugmentPage", "brightness ±{percent}%")))


def describe(config: AugmentConfig) -> str:
    """The config in a few words, e.g. "Flip + rotate ±72°"."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("AugmentPage", text)

    parts = []
    flips = _FLIP_WORDS.get((config.horizontal_flip, config.vertical_flip))
    if flips:
        parts.append(tr(flips))
    if config.rotation:
        parts.append(QCoreApplication.translate("AugmentPage", "rotate ±{degrees}°").format(
            degrees=f"{config.rotation_degrees:.0f}"))
    for field, words in _CHANGE_WORDS:
        value = getattr(config, field)
        if value:
            parts.append(tr(words).format(percent=f"{value * 100:.0f}"))
    if not parts:
        #: glossary: 증강 = augmentation (step 2; 데이터 증강 in full)
        return QCoreApplication.translate("AugmentPage", "No augmentation")
    text = " + ".join(parts)
    return text[0].upper() + text[1:]


def single_photo(paths: list[Path]) -> Path | None:
    """The photo when `paths` is one photo file; None for several files, folders or others."""
    if len(paths) != 1:
        return None
    path = Path(paths[0])
    return path if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES else None


class AugmentPage(StepPage):
    """The original photo, nine augmented versions, and the controls that make them."""

    config_changed = Signal(object)
    preview_shown = Signal(object)  # RenderResult: a new grid is on screen

    def __init__(self, paths: AppPaths, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._workspace: Path | None = None
        self._photo: Path | None = None
        self._seed = 1
        self._image_size = DEFAULT_IMAGE_SIZE
        self._unsaved = False
        self._config = AugmentConfig()
        self.thumbnails = ThumbnailCache(paths.thumbnail_dir, self)
        self.messages = MessageBar()
        self.controls = AugmentControls()
        self.grid = AugmentGrid()
        self.strip = PhotoStrip(self.thumbnails)
        self.shuffle_button = QPushButton(self.tr("Shuffle"))
        self.shuffle_button.setToolTip(self.tr("Draw nine new random versions"))
        self.caption = QLabel()
        self.caption.setEnabled(False)
        # Wrapped, never cut at a narrow window; two lines kept, so the grid never moves.
        self.caption.setWordWrap(True)
        self.caption.setMinimumHeight(2 * self.caption.fontMetrics().lineSpacing())
        self.renderer = AugmentRenderer(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.setAcceptDrops(False)  # drops reach the window, which hands them to us
        self._build_layout()
        self.controls.set_config(self._config)
        self.controls.changed.connect(self._on_config_edited)
        self.controls.reset_requested.connect(self.reset_to_defaults)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.strip.chosen.connect(self.show_photo)
        self.strip.files_dropped.connect(self._on_strip_drop)
        # The strip takes one photo; anything else falls through to the window, which
        # hands it to the Sort page like any drop this page does not take.
        self.strip.grid.viewport().installEventFilter(self)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.loading.connect(lambda: self.grid.show_message(
            self.tr("Loading the augmentation engine… (the first time takes a few seconds)")))
        self.renderer.failed.connect(self._on_render_failed)

    def _build_layout(self) -> None:
        intro = QLabel(self.tr("Training shows the model each photo changed a little at "
                               "random, a new way every time, so it learns what an alpaca "
                               "looks like rather than remembering your photos. Choose the "
                               "changes that could happen in real life; the pictures show "
                               "what training will see."))
        intro.setWordWrap(True)
        buttons = QWidget()
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(self.shuffle_button)
        buttons_layout.addWidget(self.caption, 1)
        self.grid.set_footer(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.grid, 1)
        controls_area = QScrollArea()
        controls_area.setWidget(self.controls)
        controls_area.setWidgetResizable(True)
        controls_area.setFrameShape(QFrame.Shape.NoFrame)
        controls_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        controls_area.setMinimumWidth(280)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(controls_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.strip)

    # --- the page hooks of the window ------------------------------------------------------

    @property
    def config(self) -> AugmentConfig:
        return self._config

    def set_workspace(self, path: Path) -> None:
        """Load the workspace's settings (the defaults when it has none) and tell the Train page."""
        if self._workspace is not None and self._unsaved:
            self.save_now()
        self._workspace = Path(path)
        self._config = load_augment_config(self._paths.augmentation_file(self._workspace))
        self.controls.set_config(self._config)
        remembered = Path(self._settings.value(PHOTO_KEY, "", type=str) or ".")
        inside = remembered.is_relative_to(self._workspace) and remembered.is_file()
        self._photo = remembered if inside else None
        if self.isVisible():
            self._refresh_photos()
        self.config_changed.emit(self._config)
        self.readiness_changed.emit(self.readiness())

    def handle_dropped_files(self, paths: list[Path]) -> bool:
        """Preview one dropped photo; several files or folders are left for the Sort page."""
        photo = single_photo(paths)
        if photo is None:
            return False  # the window adds them to the Sort page's tray
        self.renderer.forget(photo)
        self.show_photo(photo)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            files = local_files(event)
            if files and single_photo(files) is None:
                event.ignore()  # not for the strip: Qt offers the drag to the window instead
                return True
        return super().eventFilter(watched, event)

    def readiness(self) -> str:
        return describe(self._config)

    def shutdown(self) -> None:
        if self._unsaved:
            self.save_now()
        self.renderer.shutdown()
        self.thumbnails.shutdown()

    # --- what the person does --------------------------------------------------------------

    @Slot(object)
    def _on_strip_drop(self, paths: list[Path]) -> None:
        if not self.handle_dropped_files(paths):  # e.g. the file went away during the drag
            names = ", ".join(Path(p).name for p in paths)
            self.messages.show_message(
                self.tr("{names} could not be shown: it is no longer there, or not a photo. "
                        "Several photos or a folder dropped on the window go to the Sort "
                        "page.").format(names=names), "error")

    @Slot(object)
    def set_image_size(self, size: int) -> None:
        """Show the versions at the size training will use (the Train page's choice)."""
        if size != self._image_size:
            self._image_size = size
            self._render()

    def show_photo(self, photo: Path) -> None:
        self._photo = Path(photo)
        self._settings.setValue(PHOTO_KEY, str(self._photo))
        self.strip.select(self._photo)
        self._render()

    def shuffle(self) -> None:
        """Nine new random versions of the same photo with the same settings."""
        self._seed = random.randrange(1, _MAX_SEED)
        self._render()

    def reset_to_defaults(self) -> None:
        self.controls.set_config(AugmentConfig())
        self._on_config_edited(AugmentConfig())

    @Slot(object)
    def _on_config_edited(self, config: AugmentConfig) -> None:
        if config == self._config:
            return
        self._config = config
        self._unsaved = True
        self._save_timer.start()
        self.readiness_changed.emit(self.readiness())
        self._render()

    def save_now(self) -> None:
        """Save the settings with the workspace and send them to the Train page."""
        self._save_timer.stop()
        self._unsaved = False
        if self._workspace is not None:
            try:
                save_augment_config(self._config, self._paths.augmentation_file(self._workspace))
            except OSError as error:
                self.messages.show_message(
                    self.tr("The augmentation settings could not be saved with the workspace "
                            "({reason}). They apply until Alpaca Studio closes.").format(
                        reason=error.strerror or error), "error")
        self.config_changed.emit(self._config)

    # --- rendering -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_photos()  # photos may have been sorted since

    def _refresh_photos(self) -> None:
        photos = self._workspace_photos()
        self.strip.set_photos(photos)
        if self._photo is not None:
            self.renderer.forget(self._photo)  # it may have been edited meanwhile
            if not self._photo.is_file():  # sorted away or deleted on the Sort page
                self._photo = None
        if self._photo is None and photos:
            self._photo = photos[0]
        self.strip.select(self._photo)
        self._render()

    def _workspace_photos(self) -> list[Path]:
        if self._workspace is None:
            return []
        try:
            names = find_class_names(self._workspace)
        except CoreError:
            return []
        return [photo for name in names for photo in list_photos(self._workspace / name)
                if photo.suffix.lower() in IMAGE_SUFFIXES]

    def _render(self) -> None:
        # Nothing renders while the page is hidden: TensorFlow loads on the first visit.
        if not self.isVisible():
            return
        if self._photo is None:
            self.grid.show_message(self.tr("Pick a photo below, or drop one here."))
            self.caption.setText("")
            return
        self.renderer.request(RenderRequest(self._photo, self._config, self._seed,
                                            self._image_size))

    @Slot(object)
    def _on_rendered(self, result: RenderResult) -> None:
        request = result.request
        if result.reason is not None:
            self.grid.show_message("⚠ " + self.tr("{name} cannot be read: {reason}").format(
                name=request.photo.name, reason=engine_text(result.reason)))
            self.caption.setText(self.tr("Pick another photo."))
            return
        self.grid.show_versions(result.original, list(result.versions))
        size = request.size
        inside = self._workspace is not None and request.photo.is_relative_to(self._workspace)
        if inside:
            text = self.tr("{name} · {size}×{size} pixels, the size training uses · random set "
                           "{seed}")
        else:
            text = self.tr("{name} (not in the workspace) · {size}×{size} pixels, the size "
                           "training uses · random set {seed}")
        self.caption.setText(text.format(name=request.photo.name, size=size,
                                         seed=request.seed))
        self.preview_shown.emit(result)

    @Slot(object)
    def _on_render_failed(self, error: object) -> None:
        self.grid.show_message(self.tr("The preview could not be drawn."))
        self.messages.show_message(self.tr("The augmentation preview failed: {reason}").format(
            reason=engine_text(str(error))),
            "error")
