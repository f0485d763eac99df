"""Which photos being added are already sorted in the workspace (the same file content)."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from core.images import file_digest


class SortedCopies:
    """Finds copies by content; digests are remembered while a file's size and time stay."""

    def __init__(self) -> None:
        self._digests: dict[Path, tuple[int, int, str]] = {}

    def find(self, new: Iterable[Path], sorted_photos: Iterable[Path]) -> dict[Path, Path]:
        """Each photo of `new` that is already among `sorted_photos`, with its sorted copy.

        Only files of the same size are read (a photo's size is nearly its fingerprint),
        so adding a folder stays quick however many photos are sorted.
        """
        by_size: dict[int, list[Path]] = defaultdict(list)
        for photo in sorted_photos:
            size = _size(photo)
            if size is not None:
                by_size[size].append(photo)
        found: dict[Path, Path] = {}
        for photo in new:
            size = _size(photo)
            if size is None or size not in by_size:
                continue
            digest = self._digest(photo)
            match = next((other for other in by_size[size]
                          if digest is not None and self._digest(other) == digest), None)
            if match is not None:
                found[photo] = match
        return found

    def _digest(self, path: Path) -> str | None:
        try:
            stat = os.stat(path)
            known = self._digests.get(path)
            if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
                return known[2]
            digest = file_digest(path)
        except OSError:
            return None
        self._digests[path] = (stat.st_size, stat.st_mtime_ns, digest)
        return digest


def _size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None
