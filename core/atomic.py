"""Writing files so that a crash, a kill or a full disk never leaves a half-written one behind.

A whole folder (a run, a SavedModel export) is built complete under a hidden
name beside its target, ``.<name>.saving-<pid>-<random>``, and then put in place:

1. an earlier target is renamed aside, ``.<name>.old-<pid>-<random>``, in one rename;
2. the staged folder is renamed to the target, in one rename;
3. the earlier folder is renamed to ``.<name>.trash-…`` and deleted.

Files that belong together but sit among a person's own files (``model.keras``
with ``model.labels.txt`` and ``model.json``) are replaced one by one with
`replace_together`, which first writes a journal and keeps a hard link of each
earlier file in the staged folder.

Every step is taken while holding the place's lock (`core.file_lock`). When a
process is killed between two steps, the next one to use that place takes the
lock (which the dead process no longer holds) and calls `recover_place`: an
earlier folder that was renamed aside comes back, files replaced halfway are
put back as they were from the journal, and the dead process's hidden folders
are deleted. Nothing half-done is ever shown as a run or an export.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from core import file_lock
from core.messages import QT_TRANSLATE_NOOP, say

STAGING, ASIDE, TRASH = "saving", "old", "trash"
JOURNAL_FILE = "journal.json"
# The longest hidden name a place needs beside it (`check_place` creates one of these).
_LEFTOVER = re.compile(r"\.(?P<kind>saving|old|trash)-(?P<pid>\d+)-(?P<tag>[0-9a-f]{8})")

# Hidden folders this process is working in right now (never recovered from under it).
_IN_FLIGHT: set[str] = set()

# Fault injection: tests set this to a function called with the name of each step
# of a swap ("aside", "placed", "replaced-1", …), which may raise or end the process.
STEP_HOOK: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(name)


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it into place."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it into place."""
    path = Path(path)
    temporary = path.parent / f".{path.name}-{uuid.uuid4().hex}.tmp"
    # O_EXCL: never write through a file or link that is already there; 0o666 & umask.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def hidden_sibling(target: str | Path, kind: str) -> Path:
    """A fresh hidden name beside `target`: ``.<name>.<kind>-<pid>-<random>``."""
    target = Path(target)
    return target.parent / f".{target.name}.{kind}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def make_staging_folder(target: str | Path) -> Path:
    """Create the hidden folder beside `target` in which its new content is built.

    The caller removes it when done; until then `recover_place` leaves it alone.
    """
    staging = hidden_sibling(target, STAGING)
    _IN_FLIGHT.add(str(staging))
    staging.mkdir()
    return staging


def leftovers(target: str | Path) -> list[Path]:
    """The hidden folders and files a swap of `target` made beside it (any process's)."""
    target = Path(target)
    prefix = f".{target.name}"
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return sorted(target.parent / name for name in names
                  if name.startswith(prefix) and _LEFTOVER.fullmatch(name[len(prefix):]))


def is_leftover_name(name: str) -> bool:
    """True for the hidden names of `hidden_sibling` (never a person's own folder)."""
    match = re.fullmatch(r"\.(.+)(\.(saving|old|trash)-\d+-[0-9a-f]{8})", name)
    return match is not None


def fsync_tree(folder: Path) -> None:
    """Flush every file under `folder` and the folders themselves to the disk."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                os.fsync(handle.fileno())
        _fsync_folder(Path(root))


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder to flush it; its renames are journaled
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def place_folder(staged: Path, target: Path,
                 check_earlier: Callable[[Path], None] | None = None) -> None:
    """Put the complete folder `staged` at `target`, swapping out an earlier one whole.

    The caller holds the lock of `target`. An earlier `target` is renamed aside
    first and, when `check_earlier` is given, checked again there (it may raise
    to refuse): nothing can be added to it between that check and its removal.
    On any error the earlier folder is back at `target`.
    """
    staged, target = Path(staged), Path(target)
    fsync_tree(staged)
    if not os.path.lexists(target):
        os.rename(staged, target)
        _fsync_folder(target.parent)
        return
    aside = hidden_sibling(target, ASIDE)
    _IN_FLIGHT.add(str(aside))
    try:
        os.rename(target, aside)
        try:
            _step("aside")
            if check_earlier is not None:
                check_earlier(aside)
            os.rename(staged, target)
        except BaseException:
            if not os.path.lexists(target):
                os.rename(aside, target)
            raise
        _fsync_folder(target.parent)
        try:
            _step("placed")
            _delete_folder(aside, target)
        except Exception:
            pass  # the new folder is in place; what is left aside goes the next time
    finally:
        _IN_FLIGHT.discard(str(aside))


def _delete_folder(folder: Path, target: Path) -> None:
    # Renamed first: a folder called `.old` is always complete, so recovery may bring it back.
    trash = hidden_sibling(target, TRASH)
    try:
        os.rename(folder, trash)
    except OSError:
        trash = folder
    shutil.rmtree(trash, ignore_errors=True)


def replace_together(pairs: list[tuple[Path, Path]], work: str | Path,
                     check_earlier: Callable[[Path, Path], None] | None = None) -> None:
    """Move each staged path onto its target; on any failure, put every target back as it was.

    All or nothing, for files that belong together (a model and its labels).
    `work` is the hidden staging folder beside the first target (`make_staging_folder`),
    whose lock the caller holds. A journal written there first, and a hard link of
    each earlier file, let `recover_place` undo the swap if the process is killed
    halfway; at no moment is a target missing. `check_earlier(earlier, target)`
    may refuse an earlier target (it is called before anything is replaced).
    """
    work = Path(work)
    entries = []
    for number, (staged, target) in enumerate(pairs):
        if check_earlier is not None and os.path.lexists(target):
            check_earlier(target, target)
        info = os.lstat(staged)
        entries.append({"target": str(target), "backup": f"earlier-{number}",
                        "staged": [info.st_dev, info.st_ino]})
    for staged, _ in pairs:
        if Path(staged).is_dir():
            fsync_tree(Path(staged))
    write_text_atomic(work / JOURNAL_FILE, json.dumps(entries))
    _fsync_folder(work)
    done: list[dict] = []
    try:
        for number, ((staged, target), entry) in enumerate(zip(pairs, entries), 1):
            if os.path.lexists(target):
                _keep_a_copy(Path(target), work / entry["backup"])
            done.append(entry)
            os.replace(staged, target)
            _step(f"replaced-{number}")
        _fsync_folder(Path(pairs[0][1]).parent)
    except BaseException:
        _undo_journal(work, done)
        raise
    # Done: the journal goes first, so a kill from here on never undoes the new files.
    os.unlink(work / JOURNAL_FILE)


def _keep_a_copy(target: Path, backup: Path) -> None:
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:  # no hard links here (FAT, some shares): a real copy
        shutil.copy2(target, backup, follow_symlinks=False)


def _undo_journal(work: Path, entries: list[dict]) -> None:
    for entry in reversed(entries):
        target, backup = Path(entry["target"]), work / entry["backup"]
        try:
            if os.path.lexists(backup):
                os.replace(backup, target)
            elif _is_file(target, entry["staged"]):
                os.unlink(target)  # it did not exist before: ours, and only ours, goes
        except OSError:
            if os.path.lexists(backup):
                _keep_beside(backup, target)


def _is_file(path: Path, identity: list[int]) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return [info.st_dev, info.st_ino] == list(identity)


def recover_place(target: str | Path) -> None:
    """Put right what a killed process left half-done at `target`; the caller holds its lock.

    An earlier folder renamed aside comes back when `target` is missing; files
    replaced halfway are put back from their journal; every other hidden folder
    of a swap of `target` is deleted (their owner is gone: we hold the lock).
    """
    target = Path(target)
    # This process's own folders in use are left to their own `finally`.
    found = [p for p in leftovers(target) if str(p) not in _IN_FLIGHT]
    if not found:
        return
    for folder in found:
        journal = folder / JOURNAL_FILE
        if folder.is_dir() and journal.is_file():
            try:
                entries = json.loads(journal.read_text(encoding="utf-8"))
                _undo_journal(folder, [e for e in entries if isinstance(e, dict)])
            except (OSError, ValueError, KeyError, TypeError):
                continue  # cannot be undone safely: keep it, with its earlier files
    if not os.path.lexists(target):
        earlier = [p for p in found if _kind(p, target) == ASIDE and p.is_dir()]
        if earlier:
            newest = max(earlier, key=lambda p: p.stat().st_mtime_ns)
            os.rename(newest, target)
            found.remove(newest)
    for leftover in found:
        if os.path.lexists(leftover):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


def settle(target: str | Path) -> None:
    """Recover `target` if a dead process left something half-done there; quietly, if possible.

    For readers: nothing happens while another process holds the place, or when
    the folder cannot be written (then what is half-done is simply not shown).
    """
    target = Path(target)
    if not leftovers(target):
        return
    try:
        lock = file_lock.try_acquire(target)
    except OSError:
        return
    if lock is None:
        return
    with lock:
        with contextlib.suppress(OSError):
            recover_place(target)


def settle_folder(folder: str | Path) -> None:
    """`settle` every place in `folder` that has leftovers of a swap (listing runs)."""
    folder = Path(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    targets = set()
    for name in names:
        match = re.fullmatch(r"\.(.+)\.(saving|old|trash)-\d+-[0-9a-f]{8}", name)
        if match:
            targets.add(match.group(1))
    for name in sorted(targets):
        settle(folder / name)


@contextlib.contextmanager
def claimed(target: str | Path, what: str = "run") -> Iterator[file_lock.PlaceLock]:
    """Hold the lock of `target` and recover it first (`PlaceBusyError` when it is in use)."""
    lock = file_lock.acquire(target, what)
    try:
        recover_place(target)
        yield lock
    finally:
        lock.release()


def check_place(target: str | Path, needed_bytes: int = 0) -> None:
    """Raise `OSError` unless a folder can be staged and swapped in beside `target`.

    Creates (and removes) the real hidden staging folder, so a name that becomes
    too long with its suffix, a read-only or virtual folder (``/proc``) fails now
    and not after the work; missing parent folders are made and removed again.
    `needed_bytes` is compared with the free space of that disk.
    """
    target = Path(target)
    created = []
    parent = target.parent
    while not os.path.lexists(parent) and parent != parent.parent:
        created.append(parent)
        parent = parent.parent
    try:
        for folder in reversed(created):
            folder.mkdir()
        staging = make_staging_folder(target)
        try:
            probe = staging / "probe"
            with open(probe, "wb") as handle:
                handle.write(b"\0" * 4096)
                handle.flush()
                os.fsync(handle.fileno())
            os.unlink(probe)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        if needed_bytes:
            free = shutil.disk_usage(target.parent).free
            if free < needed_bytes:
                raise OSError(28, say(QT_TRANSLATE_NOOP(
                    "core", "No space left on device: {free} free, about {needed} needed"),
                    free=_megabytes(free), needed=_megabytes(needed_bytes)), str(target.parent))
    finally:
        for folder in created:
            with contextlib.suppress(OSError):
                folder.rmdir()


def _megabytes(count: int) -> str:
    return f"{count / 1e6:.0f} MB" if count >= 1e6 else f"{count / 1e3:.0f} kB"


def _kind(path: Path, target: Path) -> str:
    match = _LEFTOVER.fullmatch(path.name[len(target.name) + 1:])
    return match.group("kind") if match else ""


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
