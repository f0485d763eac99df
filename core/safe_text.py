"""File and class names as text that can always be written: valid UTF-8, on one line.

On Linux and macOS a file name is bytes; Python turns the bytes that are not
UTF-8 into "surrogate" characters, which no UTF-8 file, terminal or JSON reader
accepts. At every place where a name leaves Alpaca Studio (JSON, CSV, labels
files, the terminal) it goes through `safe_text`: each such byte is written as
``\\xNN`` (``\\xff``), the way Python shows bytes, and everything else is left
as it is. Where the exact bytes matter (the ``path`` of a prediction), they are
given besides, base64-encoded, in ``path_bytes_b64`` (`exact_bytes_b64`).
"""

from __future__ import annotations

import base64
import os

_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def safe_text(text: str) -> str:
    """`text` with each byte that is not UTF-8 written as ``\\xNN``; valid UTF-8 always."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that no file name gave: show its code
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def exact_bytes_b64(text: str) -> str | None:
    """The exact bytes of a name that `safe_text` had to change, base64; None if unchanged."""
    if safe_text(text) == text:
        return None
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return base64.b64encode(raw).decode("ascii")


def label_text(name: str) -> str:
    """A class name as it goes into a labels file: one line of valid UTF-8.

    Line breaks and tabs are written as ``\\n``, ``\\r``, ``\\t``, other control
    characters as ``\\xNN``, bytes that are not UTF-8 as ``\\xNN``.
    """
    name = safe_text(name)
    if not any(ord(c) < 32 or ord(c) == 127 for c in name):
        return name
    return "".join(_CONTROL_ESCAPES.get(c, f"\\x{ord(c):02x}") if ord(c) < 32 or ord(c) == 127
                   else c for c in name)


def json_safe(document):
    """`document` with every string (keys too) through `safe_text`, ready for strict JSON."""
    if isinstance(document, str):
        return safe_text(document)
    if isinstance(document, dict):
        return {json_safe(k) if isinstance(k, str) else k: json_safe(v)
                for k, v in document.items()}
    if isinstance(document, (list, tuple)):
        return [json_safe(item) for item in document]
    return document
