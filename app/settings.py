"""Where Alpaca Studio keeps its settings, caches and first-run workspace."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "Alpaca Studio"
APPLICATION = "Alpaca Studio"


@dataclass(frozen=True)
class AppPaths:
    """The places the app writes to; tests point them all into a temporary folder."""

    config_dir: Path
    cache_dir: Path
    pictures_dir: Path | None
    documents_dir: Path | None
    home_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        def location(kind: QStandardPaths.StandardLocation) -> Path | None:
            found = QStandardPaths.writableLocation(kind)
            return Path(found) if found else None

        settings_file = Path(app_settings().fileName())
        cache = location(QStandardPaths.StandardLocation.CacheLocation)
        return cls(
            config_dir=settings_file.parent,
            cache_dir=(cache or settings_file.parent / "cache"),
            pictures_dir=location(QStandardPaths.StandardLocation.PicturesLocation),
            documents_dir=location(QStandardPaths.StandardLocation.DocumentsLocation),
            home_dir=Path.home(),
        )

    @property
    def thumbnail_dir(self) -> Path:
        return self.cache_dir / "thumbnails"

    def workspace_state_dir(self, workspace: Path) -> Path:
        """Where a workspace's runs and settings live: ``<workspace>/.alpaca-studio``, or,
        when the workspace cannot be written (a read-only data set), a folder of ours."""
        inside = workspace / ".alpaca-studio"
        # A workspace that does not exist yet will be created by us, hence writable.
        if inside.is_dir() or not workspace.exists() or _writable(workspace):
            return inside
        return self.config_dir / "workspaces" / _key(workspace)

    def runs_dir(self, workspace: Path) -> Path:
        return self.workspace_state_dir(workspace) / "runs"

    def augmentation_file(self, workspace: Path) -> Path:
        return self.workspace_state_dir(workspace) / "augmentation.json"

    def tray_file(self, workspace: Path) -> Path:
        """The saved Unsorted tray of `workspace` (kept outside it: it may be read-only)."""
        return self.config_dir / "trays" / f"{_key(workspace)}.json"

    def class_order_file(self, workspace: Path) -> Path:
        """The order the person gave the classes of `workspace` (it decides their keys).

        Kept with the app's settings, never among the photos: the class folders are
        the person's, and a read-only data set has an order too.
        """
        return self.config_dir / "class-order" / f"{_key(workspace)}.json"


def _key(workspace: Path) -> str:
    return hashlib.sha1(str(workspace.absolute()).encode("utf-8", "surrogateescape")).hexdigest()


def _writable(folder: Path) -> bool:
    """Writable, and meant to be: a folder without write bits counts as read-only even for
    root (who may write anyway), as a read-only data set handed to us must stay untouched."""
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(folder, os.W_OK)


def app_settings() -> QSettings:
    """The app's settings, in an INI file in the user's configuration folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)
