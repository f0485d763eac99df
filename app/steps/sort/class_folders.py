"""A workspace's class folders on disk: read without side effects, created when asked.

`core.workspace.open_workspace` creates the folder and the default classes as it
opens; here nothing is created until the person sorts a first photo or adds a class
(the classes are only proposed until then). A removed class goes, whole, into the
workspace's Unsorted folder, so its photos are back in Unsorted and nothing is
deleted; its way back is one rename too.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from core.dataset import DEFAULT_CLASS_NAMES, find_class_names
from core.errors import CoreError
from core.photo_files import unique_name
from core.workspace import UNSORTED_FOLDER, WorkspaceError, check_class_name

_RECEIVED = re.compile(r"\s*Received: .*$", re.DOTALL)


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
        raise WorkspaceError(f"{root} is a file, not a folder, so it cannot be a workspace.")
    try:
        names = find_class_names(root)
    except CoreError as error:
        raise WorkspaceError(f"The folder {root} cannot be used as a workspace: {error}") \
            from error
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
        raise WorkspaceError(f"The folder {folder} cannot be created: "
                             f"{error.strerror or error}.") from error


def check_new_name(name: str, others: Sequence[str]) -> str:
    """`name` without outer spaces if it can name a class beside `others`, else why not.

    Names that differ only in capitals are one class ("Alpaca" is "alpaca"): on macOS
    and Windows they would be one folder, and two keys for one idea on Linux.

    Raises:
        WorkspaceError: the reason in words, without the refused value repeated.
    """
    cleaned = name.strip()
    same = [other for other in others if other.casefold() == cleaned.casefold()]
    if cleaned and same:
        capitals = (" (names that differ only in capitals are the same class)"
                    if same[0] != cleaned else "")
        raise WorkspaceError(f"There is already a class called '{same[0]}'{capitals}. "
                             "Choose another name.")
    try:
        return check_class_name(name, others)
    except WorkspaceError as error:
        raise WorkspaceError(plain_reason(str(error))) from error


def plain_reason(text: str) -> str:
    """A refusal from `core` without its developer's tail ("Received: name='x'")."""
    return _RECEIVED.sub("", text).strip()


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
        raise WorkspaceError(f"The class '{name}' cannot be removed: its folder cannot be "
                             f"moved into Unsorted ({error.strerror or error}).") from error
    return parked


def unpark_class(root: Path, name: str, parked: Path) -> None:
    """Give a removed class its folder back (the undo of `park_class`)."""
    target = root / name
    if target.exists():
        raise WorkspaceError(f"The class '{name}' cannot come back: something called '{name}' "
                             f"is in the workspace again.")
    try:
        os.rename(parked, target)
    except OSError as error:
        raise WorkspaceError(f"The class '{name}' cannot come back: "
                             f"{error.strerror or error}.") from error


def load_class_order(file: Path) -> list[str | None]:
    """The saved key order of the classes (None: the key of a removed class, kept free);
    empty when there is none or it is unreadable."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [name if isinstance(name, str) else None for name in data]


def save_class_order(file: Path, slots: Sequence[str | None]) -> None:
    """Write the order atomically (raising `OSError`)."""
    file.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=file.parent, prefix=".order-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(list(slots), out)
        os.replace(temp, file)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def in_order(found: Iterable[str], saved: Sequence[str | None]) -> list[str | None]:
    """The key order of the classes `found` on disk: each keeps its place in the saved
    order (a class that is gone leaves its key free), classes new on disk come last."""
    found = list(found)
    present, placed = set(found), set()
    slots: list[str | None] = []
    for name in saved:
        keep = name is not None and name in present and name not in placed
        slots.append(name if keep else None)
        if keep:
            placed.add(name)
    slots += [name for name in found if name not in placed]
    return trimmed(slots)


def trimmed(slots: list[str | None]) -> list[str | None]:
    """Without free keys at the end: the next class added takes the first of them."""
    while slots and slots[-1] is None:
        slots.pop()
    return slots
