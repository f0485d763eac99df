"""The Sort page's rules for class names and the saved key order of the classes.

Reading, creating and removing class folders is `core.workspace`'s
(`read_workspace`, `create_workspace`, `park_class`, `unpark_class`).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.i18n import engine_text
from core.workspace import WorkspaceError, check_class_name

_RECEIVED = re.compile(r"\s*Received: .*$", re.DOTALL)






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
        if same[0] != cleaned:
            text = QCoreApplication.translate(
                "ClassNames", "There is already a class called '{name}' (names that differ "
                "only in capitals are the same class). Choose another name.")
        else:
            text = QCoreApplication.translate(
                "ClassNames", "There is already a class called '{name}'. Choose another name.")
        raise WorkspaceError(text.format(name=same[0]))
    try:
        return check_class_name(name, others)
    except WorkspaceError as error:
        # The window shows the reason as it is: in the window's language.
        raise WorkspaceError(plain_reason(engine_text(str(error)))) from error


def plain_reason(text: str) -> str:
    """A refusal from `core` without its developer's tail ("Received: name='x'")."""
    return _RECEIVED.sub("", text).strip()






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
