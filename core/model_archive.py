"""Checking a ``.keras`` archive before Keras opens it: names, count and sizes within sane limits.

A ``.keras`` file is a zip archive (``metadata.json``, ``config.json``,
``model.weights.h5``, sometimes ``assets/``). Keras reads ``config.json`` whole
into memory, so a 1.5 MB file whose ``config.json`` unpacks to 1.5 GB would cost
gigabytes before anything could say no. The zip's own directory tells each
entry's unpacked size (and Python's zip reader never gives more than that), so
these limits are checked on the directory alone, before a byte is unpacked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from core.errors import ModelFileError
from core.messages import QT_TRANSLATE_NOOP, say

MAX_ENTRIES = 1000
# config.json of MobileNetV2 is about 150 kB; of the largest Keras applications, a few MB.
MAX_JSON_BYTES = 32_000_000
# The weights of very large image models stay well under this.
MAX_ENTRY_BYTES = 2_000_000_000
MAX_TOTAL_BYTES = 4_000_000_000
# Model weights hardly compress (random-looking floats); a bigger entry packed this
# tightly is made to blow up when it is unpacked.
MAX_RATIO, RATIO_CHECKED_FROM = 50, 64_000_000


def check_keras_archive(path: str | Path) -> None:
    """Raise `ModelFileError` unless the archive at `path` is within sane limits.

    Checked: at most `MAX_ENTRIES` entries; names that stay inside the archive;
    JSON entries up to `MAX_JSON_BYTES` unpacked; any entry up to `MAX_ENTRY_BYTES`,
    all together up to `MAX_TOTAL_BYTES`; nothing large packed more than
    `MAX_RATIO` times.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} is not a Keras model file (.keras), or it is damaged ({detail})."),
            path=path, detail=error)) from error

    def refuse(reason: str) -> ModelFileError:
        return ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "{path} was not loaded: {reason}. A real model file is never like this; it "
            "is damaged or made to harm."), path=path, reason=reason))

    if len(entries) > MAX_ENTRIES:
        raise refuse(say(QT_TRANSLATE_NOOP(
            "core", "it holds {count} files (a model holds a handful; at most {maximum} are "
            "accepted)"), count=len(entries), maximum=MAX_ENTRIES))
    total = 0
    for entry in entries:
        name = entry.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise refuse(say(QT_TRANSLATE_NOOP(
                "core", "it holds a file named {name} that points outside the archive"),
                name=repr(name)))
        size = entry.file_size
        total += size
        if name.endswith(".json") and size > MAX_JSON_BYTES:
            raise refuse(say(QT_TRANSLATE_NOOP(
                "core", "its {name} unpacks to {size} (such a file is at most a few MB; at most "
                "{maximum} is accepted)"), name=name, size=_size(size),
                maximum=_size(MAX_JSON_BYTES)))
        if size > MAX_ENTRY_BYTES:
            raise refuse(say(QT_TRANSLATE_NOOP(
                "core", "its {name} unpacks to {size} (at most {maximum} is accepted)"),
                name=name, size=_size(size), maximum=_size(MAX_ENTRY_BYTES)))
        if size > RATIO_CHECKED_FROM and size > MAX_RATIO * max(entry.compress_size, 1):
            raise refuse(say(QT_TRANSLATE_NOOP(
                "core", "its {name} unpacks from {packed} to {size}, far more than model weights "
                "ever compress"), name=name, packed=_size(entry.compress_size), size=_size(size)))
    if total > MAX_TOTAL_BYTES:
        raise refuse(say(QT_TRANSLATE_NOOP(
            "core", "it unpacks to {size} in all (at most {maximum} is accepted)"),
            size=_size(total), maximum=_size(MAX_TOTAL_BYTES)))


def _size(count: int) -> str:
    return f"{count / 1e9:.1f} GB" if count >= 1e9 else f"{count / 1e6:.1f} MB" \
        if count >= 1e6 else f"{count / 1e3:.0f} kB"
