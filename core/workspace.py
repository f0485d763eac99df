"""A workspace: one folder with a subfolder per class, plus the Unsorted tray's list.

The Unsorted tray is a list of *references* to photo files wherever they are (the
user's own folders, untouched until a photo is sorted). Only a photo taken out of
a class folder and put back into Unsorted has to live somewhere inside the
workspace: the hidden ``.unsorted`` folder, which the dataset check never treats
as a class because hidden names are ignored.

Two ways to open one: `open_workspace` creates the folder and the default classes
at once (the command line); `read_workspace` creates nothing, proposing the
default classes until `create_workspace` is called (the app, when the person
sorts a first photo or adds a class). A removed class goes, whole, into the
Unsorted folder (`park_class`), so nothing is deleted; its way back is one rename.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from core.dataset import DEFAULT_CLASS_NAMES, find_class_names
from core.errors import CoreError
from core.images import IMAGE_SUFFIXES, is_ignored_name
from core.messages import QT_TRANSLATE_NOOP, say
from core.photo_files import unique_name
from core.photo_listing import list_photo_files
from core.safe_text import safe_text

UNSORTED_FOLDER = ".unsorted"
MAX_CLASS_NAME_LENGTH = 80
_FORBIDDEN_CHARACTERS = '/\\:*?"<>|'
# Names Windows reserves; a class folder called "con" cannot be created there.
_RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                             *(f"lpt{i}" for i in range(1, 10))})


class WorkspaceError(CoreError):
    """A workspace or class folder cannot be created, opened or changed as asked."""


def propose_workspace_path(pictures: Path | None, documents: Path | None, home: Path) -> Path:
    """Where a first-time user's workspace goes: their Pictures, else Documents, else home."""
    for base in (pictures, documents):
        if base is not None and base.is_dir():
            return base / "Alpaca Studio"
    return home / "Alpaca Studio"


def open_workspace(root: str | Path) -> tuple[str, ...]:
    """Open `root` as a workspace and return its classes; an empty folder gets the defaults.

    A folder that already has class folders (like a downloaded data set) is used
    as it is; nothing inside it is written.

    Raises:
        WorkspaceError: the folder cannot be created or read.
    """
    root = Path(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        names = _class_names(root)
        if not names:
            for name in DEFAULT_CLASS_NAMES:
                (root / name).mkdir(exist_ok=True)
            names = _class_names(root)
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The folder {root} cannot be used as a workspace: {reason}."),
            root=root, reason=error.strerror or error)) from error
    return names


def check_class_name(name: str, existing: Sequence[str]) -> str:
    """Return `name` stripped of outer spaces if it can be a new class folder's name.

    Raises:
        WorkspaceError: naming the refused value and why.
    """
    cleaned = name.strip()
    if not cleaned:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP("core", "A class needs a name. Received: "
                                                   "name={name}"), name=repr(name)))
    if cleaned in (".", "..") or any(c in cleaned for c in _FORBIDDEN_CHARACTERS):
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "A class name cannot contain any of {characters} or be '.' or '..', because "
            "it must stay a folder inside the workspace. Received: name={name}"),
            characters=_FORBIDDEN_CHARACTERS, name=repr(name)))
    if cleaned.startswith("."):
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "A class name cannot start with '.' (such folders are hidden and ignored). "
            "Received: name={name}"), name=repr(name)))
    if any(ord(c) < 32 or ord(c) == 127 for c in cleaned):
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "A class name cannot contain a line break or other control characters. "
            "Received: name={name}"), name=safe_text(repr(name))))
    if any(0xD800 <= ord(c) <= 0xDFFF for c in cleaned):
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "A class name must be valid text (UTF-8), not bytes of another encoding. "
            "Received: name='{name}'"), name=safe_text(name)))
    if len(cleaned) > MAX_CLASS_NAME_LENGTH:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "A class name can have at most {maximum} characters. Received: name={name} "
            "({length} characters)"),
            maximum=MAX_CLASS_NAME_LENGTH, name=repr(name), length=len(cleaned)))
    if cleaned.split(".")[0].lower() in _RESERVED_NAMES:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "{cleaned} is reserved by Windows and cannot be a folder name. Received: "
            "name={name}"), cleaned=repr(cleaned), name=repr(name)))
    # Compare without case: on macOS and Windows "Alpaca" and "alpaca" are the same folder.
    if cleaned.casefold() in {other.casefold() for other in existing}:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "There is already a class called {cleaned}. Received: name={name}"),
            cleaned=repr(cleaned), name=repr(name)))
    return cleaned


def add_class(root: str | Path, name: str) -> str:
    """Create the folder of a new class in `root`; return its (validated) name."""
    root = Path(root)
    cleaned = check_class_name(name, _class_names(root))
    try:
        (root / cleaned).mkdir()
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The class folder {cleaned} cannot be created in {root}: {reason}."),
            cleaned=repr(cleaned), root=root, reason=error.strerror or error)) from error
    return cleaned


def remove_empty_class(root: str | Path, name: str) -> None:
    """Remove the folder of class `name` if it holds nothing (undo of `add_class`)."""
    folder = Path(root) / name
    try:
        folder.rmdir()
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The class folder {folder} is not empty any more, so it was kept."),
            folder=folder)) from error


def rename_class(root: str | Path, old: str, new: str) -> str:
    """Rename class folder `old` to `new`; return the new (validated) name."""
    root = Path(root)
    names = _class_names(root)
    if old not in names:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "There is no class called {old} in {root}."), old=repr(old), root=root))
    others = [name for name in names if name != old]
    cleaned = check_class_name(new, others)
    if cleaned == old:
        return old
    target = root / cleaned
    if target.exists() and cleaned.casefold() != old.casefold():
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "Something called {cleaned} already exists in {root}. Received: name={name}"),
            cleaned=repr(cleaned), root=root, name=repr(new)))
    try:
        os.rename(root / old, target)
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The class {old} cannot be renamed to {cleaned}: {reason}."),
            old=repr(old), cleaned=repr(cleaned), reason=error.strerror or error)) from error
    return cleaned


def read_workspace(root: Path) -> tuple[tuple[str, ...], bool]:
    """The class folders of `root` and whether they are only proposed (nothing on disk yet).

    A folder that does not exist yet, or has no class folder, gets the default classes,
    proposed: `create_workspace` makes them when the person sorts or says yes.

    Raises:
        WorkspaceError: `root` is a file, or cannot be read.
    """
    if not root.exists():
        return DEFAULT_CLASS_NAMES, True
    if not root.is_dir():
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "{root} is a file, not a folder, so it cannot be a workspace."), root=root))
    try:
        names = find_class_names(root)
    except CoreError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The folder {root} cannot be used as a workspace: {reason}"),
            root=root, reason=error)) from error
    return (names, False) if names else (DEFAULT_CLASS_NAMES, True)


def create_workspace(root: Path, names: Iterable[str]) -> None:
    """Make `root` and a folder per class in it (those that exist are kept as they are)."""
    folder = root
    try:
        root.mkdir(parents=True, exist_ok=True)
        for name in names:
            folder = root / name
            folder.mkdir(exist_ok=True)
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The folder {folder} cannot be created: {reason}."),
            folder=folder, reason=error.strerror or error)) from error


def park_class(root: Path, name: str) -> Path:
    """Move class folder `name`, whole, into the workspace's Unsorted folder; return where.

    One rename: all of its photos go, or none does. The folder keeps its name there
    (with a suffix when an earlier removed class of that name is there already).
    """
    unsorted = root / UNSORTED_FOLDER
    try:
        unsorted.mkdir(exist_ok=True)
        # A rename onto an empty folder would replace it without a word: a free name only.
        parked = next(p for p in unique_name(unsorted, name) if not p.exists())
        os.rename(root / name, parked)
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The class '{name}' cannot be removed: its folder cannot be moved into "
            "Unsorted ({reason})."), name=name, reason=error.strerror or error)) from error
    return parked


def unpark_class(root: Path, name: str, parked: Path) -> None:
    """Give a removed class its folder back (the undo of `park_class`)."""
    target = root / name
    if target.exists():
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The class '{name}' cannot come back: something called '{name}' is in the "
            "workspace again."), name=name))
    try:
        os.rename(parked, target)
    except OSError as error:
        raise WorkspaceError(say(QT_TRANSLATE_NOOP(
            "core", "The class '{name}' cannot come back: {reason}."),
            name=name, reason=error.strerror or error)) from error



def list_photos(folder: str | Path) -> list[Path]:
    """Every file under a class folder (sub-folders too), hidden and system files left out.

    Quick enough for the GUI thread with thousands of photos (`core.photo_listing`).
    """
    return list_photo_files(folder)


def collect_photo_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to put in the tray for dropped or chosen `paths`.

    A file chosen on its own is taken whatever it is (if it cannot be read it
    shows up as unreadable); inside a dropped folder only photo-like names are taken.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [p for p in list_photos(path) if p.suffix.lower() in IMAGE_SUFFIXES]
        elif path.exists() and not is_ignored_name(path.name):
            candidates = [path]
        else:
            candidates = []
        for candidate in candidates:
            key = candidate.absolute()
            if key not in seen:
                seen.add(key)
                found.append(key)
    return found


def load_tray(file: str | Path) -> list[Path]:
    """The tray saved by `save_tray`; empty when there is none or it is unreadable."""
    try:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [Path(item) for item in data if isinstance(item, str)]


def save_tray(file: str | Path, photos: Sequence[Path]) -> None:
    """Write the tray's list atomically, so a crash never leaves half a file."""
    file = Path(file)
    file.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=file.parent, prefix=".tray-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump([str(p) for p in photos], out)
        os.replace(temp, file)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _class_names(root: Path) -> tuple[str, ...]:
    try:
        return find_class_names(root)
    except CoreError as error:
        raise WorkspaceError(str(error)) from error
