"""Sentences the engine says to a person, written so the window can say them in another language.

`core` never imports Qt, yet its sentences reach the window (a skipped file's reason, a
dataset warning, an engine error, a run's summary). They are written once, in English, as
templates marked with `QT_TRANSLATE_NOOP("core", "...")`: Qt's `lupdate` reads that name
statically, so the templates land in the same catalogue as the window's own texts, under
the context "core". The CLI and `--json` print them in English as they always did.

The window translates an engine sentence where it shows it (`app.i18n.engine_text`): it
recognises the English sentence by its template, translates the template and puts the
same values back in. That works for sentences that crossed a process boundary (the
training process) or sat in a file, because nothing but the text has to travel.

Placeholders are `{name}` fields; the value of one may itself be an engine sentence (a
reason inside "Skipped {path}: {reason}"), and is translated in turn.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` as a template to translate under `context`; returns it unchanged."""
    return text


def say(template: str, /, **values: object) -> str:
    """The English sentence: `template` with its `{name}` fields filled from `values`."""
    return template.format_map(_Strict(values))


class _Strict(dict):
    """A mapping that names the missing field instead of a bare KeyError."""

    def __init__(self, values: Mapping[str, object]) -> None:
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        raise KeyError(f"the template needs a value for {{{key}}}")


# The operating system's own reasons (`OSError.strerror`, English on every system Python
# runs on) that the engine's sentences carry as a value ("… cannot be created: {reason}."):
# listed here so the window can say them too. Export lowercases the first letter.
OS_REASONS = (
    QT_TRANSLATE_NOOP("core", "Permission denied"),
    QT_TRANSLATE_NOOP("core", "permission denied"),
    QT_TRANSLATE_NOOP("core", "Operation not permitted"),
    QT_TRANSLATE_NOOP("core", "operation not permitted"),
    QT_TRANSLATE_NOOP("core", "No space left on device"),
    QT_TRANSLATE_NOOP("core", "no space left on device"),
    QT_TRANSLATE_NOOP("core", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("core", "Read-only file system"),
    QT_TRANSLATE_NOOP("core", "read-only file system"),
    QT_TRANSLATE_NOOP("core", "No such file or directory"),
    QT_TRANSLATE_NOOP("core", "no such file or directory"),
    QT_TRANSLATE_NOOP("core", "File exists"),
    QT_TRANSLATE_NOOP("core", "Directory not empty"),
    QT_TRANSLATE_NOOP("core", "Is a directory"),
    QT_TRANSLATE_NOOP("core", "Not a directory"),
    QT_TRANSLATE_NOOP("core", "File name too long"),
    QT_TRANSLATE_NOOP("core", "Input/output error"),
    QT_TRANSLATE_NOOP("core", "Device or resource busy"),
    QT_TRANSLATE_NOOP("core", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("core", "Invalid argument"),
)
