"""Files shipped with Alpaca Studio, found with `importlib.resources` (never the cwd)."""

from __future__ import annotations

from importlib.resources import files

ICON_FILES = ("icon-256.png", "icon.svg")


def resource_path(name: str) -> str:
    """The path of a packaged resource file."""
    return str(files(__name__).joinpath(name))


def app_icon():
    """The app's icon as a `QIcon` (imported lazily: `resources` itself needs no Qt)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for name in ICON_FILES:
        icon.addFile(resource_path(name))
    return icon
