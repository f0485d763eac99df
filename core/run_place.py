"""Claiming a run folder for the whole of a run, and putting the finished run there.

No TensorFlow here: the command line claims its ``--out`` folder before it
imports anything heavy, holds the claim while it trains (a second process
training into the same folder is refused at once), and `core.runs.save_run`
places the run with it. The claim is an operating-system lock that dies with
the process (`core.file_lock`).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from core import file_lock
from core.atomic import check_place, place_folder, recover_place
from core.errors import CoreError, ModelFileError
from core.messages import QT_TRANSLATE_NOOP, say
from core.run_index import RUN_FILES

# What a run needs on the disk while it is saved: the model (MobileNetV2 with its
# optimizer state, 30–45 MB at 160 or 224 px), its JSON files, and a margin.
RUN_BYTES_ESTIMATE = 80_000_000


@dataclass
class RunClaim:
    """A run folder held for one run; `core.runs.save_run` places the run with it."""

    target: Path
    lock: file_lock.PlaceLock = field(repr=False)
    # What was at `target` when it was claimed: the run the claim may replace.
    earlier: tuple | None
    overwrite: bool
    created: list[Path] = field(default_factory=list, repr=False)
    placed: bool = False

    def release(self) -> None:
        """Let go of the folder; parent folders made for it go again if nothing was placed."""
        self.lock.release()
        if not self.placed:
            for folder in self.created:
                with contextlib.suppress(OSError):
                    folder.rmdir()

    def __enter__(self) -> RunClaim:
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


def claim_run_dir(run_dir: str | Path, data_dir: str | Path | None = None, *,
                  overwrite: bool = False,
                  needed_bytes: int = RUN_BYTES_ESTIMATE) -> RunClaim:
    """Claim `run_dir` for a new run, or refuse it in plain words before any work.

    Refused: a file; a folder inside `data_dir` (it would become a class); a
    folder that holds a run unless `overwrite`; a folder holding anything that is
    not part of a run; a folder another process is training or saving into; a
    place where the run cannot be written (checked by creating the real hidden
    staging folder beside it) or that has less free space than `needed_bytes`.

    Raises:
        CoreError: naming the folder and the reason.
    """
    shown = Path(run_dir)
    target = shown.expanduser().absolute()
    if target.exists() and not target.is_dir():
        raise CoreError(say(QT_TRANSLATE_NOOP("core", "{folder} is a file; a run needs a folder."),
                            folder=shown))
    if data_dir is not None:
        with contextlib.suppress(OSError):
            if target.resolve().is_relative_to(Path(data_dir).expanduser().resolve()):
                raise CoreError(say(QT_TRANSLATE_NOOP(
                    "core", "{folder} is inside {data}, where it would become a class folder; "
                    "save the run somewhere else."), folder=shown, data=data_dir))
    created = _make_parents(target.parent, shown)
    try:
        try:
            lock = file_lock.acquire(target, "run")
        except OSError as error:
            raise CoreError(_cannot_write(shown, error)) from error
        try:
            recover_place(target)
            _check_contents(target, shown, overwrite)
            check_place(target, needed_bytes)
            earlier = folder_identity(target)
        except BaseException as error:
            lock.release()
            if isinstance(error, OSError):
                raise CoreError(_cannot_write(shown, error)) from error
            raise
    except BaseException:
        for folder in created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return RunClaim(target, lock, earlier, overwrite, created)


def place_run(claim: RunClaim, staged: Path) -> None:
    """Put the complete run folder `staged` at the claimed folder, in one swap.

    Refuses (and changes nothing) when the claimed folder now holds anything
    other than what it held when it was claimed: a run that someone else saved
    there meanwhile is never replaced.
    """
    target = claim.target
    if not claim.lock.held:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The run was not saved in {folder}: the folder is no longer claimed for it."),
            folder=target))
    changed = ModelFileError(say(QT_TRANSLATE_NOOP(
        "core", "The run was not saved in {folder}: something else was saved there while it "
        "trained, and it was left as it is."), folder=target))
    if folder_identity(target) != claim.earlier:
        raise changed

    def still_the_same(aside: Path) -> None:
        if folder_identity(aside) != claim.earlier:
            raise changed

    place_folder(staged, target, still_the_same if claim.earlier is not None else None)
    claim.placed = True


def folder_identity(folder: Path) -> tuple | None:
    """What is in `folder` (None when it does not exist): any change shows."""
    try:
        info = os.stat(folder)
        entries = sorted((entry.name, *_entry_state(entry)) for entry in os.scandir(folder))
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino, tuple(entries))


def _entry_state(entry: os.DirEntry) -> tuple:
    info = entry.stat(follow_symlinks=False)
    return (info.st_mode, info.st_size, info.st_mtime_ns)


def _check_contents(target: Path, shown: Path, overwrite: bool) -> None:
    if not target.is_dir():
        return
    names = sorted(entry.name for entry in os.scandir(target))
    run_files = [name for name in names if name in RUN_FILES]
    others = [name for name in names if name not in RUN_FILES]
    if others:
        listed = ", ".join(others[:3])
        if len(others) > 3:
            listed = say(QT_TRANSLATE_NOOP("core", "{names} and {count} more"),
                         names=listed, count=len(others) - 3)
        if run_files:
            raise CoreError(say(QT_TRANSLATE_NOOP(
                "core", "{folder} holds a saved run and other files too ({listed}); only a folder "
                "holding a run and nothing else is ever replaced. Choose another folder."),
                folder=shown, listed=listed))
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "{folder} already holds other files ({listed}); a run needs a folder of its "
            "own: choose a new folder name, or an empty folder."), folder=shown, listed=listed))
    if run_files and not overwrite:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "{folder} already holds a saved run ({files}); choose another folder, or "
            "add --overwrite to replace it."), folder=shown, files=", ".join(run_files)))


def _make_parents(folder: Path, shown: Path) -> list[Path]:
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    created = []
    try:
        for path in reversed(missing):
            path.mkdir()
            created.insert(0, path)
    except OSError as error:
        for path in created:
            with contextlib.suppress(OSError):
                path.rmdir()
        raise CoreError(_cannot_write(shown, error)) from error
    return created


def _cannot_write(shown: Path, error: OSError) -> str:
    import errno

    if error.errno == errno.ENAMETOOLONG:
        why = QT_TRANSLATE_NOOP("core", "its name is too long for this disk")
    elif error.errno in (errno.ENOSPC, errno.EDQUOT):
        why = say(QT_TRANSLATE_NOOP("core", "the disk is full ({detail})"),
                  detail=error.strerror) if "needed" in str(error.strerror) \
            else QT_TRANSLATE_NOOP("core", "the disk is full")
    elif error.errno == errno.EROFS:
        why = QT_TRANSLATE_NOOP("core", "the disk is read-only")
    elif isinstance(error, PermissionError):
        why = say(QT_TRANSLATE_NOOP("core", "{folder} is not a folder you can write in"),
                  folder=Path(error.filename).parent if error.filename else shown.parent)
    elif error.errno in (errno.ENOENT, errno.ENOTDIR):
        why = QT_TRANSLATE_NOOP("core",
                                "its folder does not exist or is not a folder one can save in")
    else:
        why = error.strerror or str(error)
    return say(QT_TRANSLATE_NOOP("core", "The run cannot be saved in {folder}: {reason}."),
               folder=shown, reason=why)
