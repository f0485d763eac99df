"""Writing files so that a crash or a full disk never leaves a half-written one behind."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it into place."""
    path = Path(path)
    temporary = path.parent / f".{path.name}-{uuid.uuid4().hex}.tmp"
    # O_EXCL: never write through a file or link that is already there; 0o666 & umask.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def replace_together(pairs: list[tuple[Path, Path]], work: str | Path,
                     check_earlier: Callable[[Path, Path], None] | None = None) -> None:
    """Move each staged path onto its target; on any failure, put every target back as it was.

    All or nothing, for files that belong together (a model and its labels). An
    earlier target is moved into `work`, a folder of the caller's on the same disk
    that it deletes afterwards, and checked again there when `check_earlier` is
    given: nothing can have been added to it between a first check and the move.
    """
    work = Path(work)
    moved_aside: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path]] = []
    try:
        for number, (staged, target) in enumerate(pairs):
            if os.path.lexists(target):
                earlier = work / f"earlier-{number}"
                os.replace(target, earlier)
                moved_aside.append((earlier, target))
                if check_earlier is not None:
                    check_earlier(earlier, target)
            os.replace(staged, target)
            placed.append((target, staged))
    except BaseException:
        for source, destination in [*reversed(placed), *reversed(moved_aside)]:
            try:
                os.replace(source, destination)
            except OSError:
                if (source, destination) in moved_aside:
                    _keep_beside(source, destination)  # never deleted with `work`
        raise


def _keep_beside(earlier: Path, target: Path) -> None:
    """Last resort when an earlier file cannot go back: keep it next to its old name."""
    for number in range(1, 100):
        keep = target.with_name(f"{target.name}.earlier-{number}")
        if not os.path.lexists(keep):
            try:
                os.replace(earlier, keep)
            except OSError:
                continue
            return
