"""The Test page's counts and names in plain words: "1 photo", "2 photos", "‘alpaca’"."""

from __future__ import annotations

from collections.abc import Sequence


def count(number: int, thing: str, things: str | None = None) -> str:
    """``count(1, "photo")`` → "1 photo", ``count(3, "photo")`` → "3 photos"."""
    return f"{number} {thing if number == 1 else (things or thing + 's')}"


def quoted(names: Sequence[str], conjunction: str = "or") -> str:
    """“a”, “b” or “c”."""
    marked = [f"“{name}”" for name in names]
    if len(marked) < 2:
        return "".join(marked)
    return f"{', '.join(marked[:-1])} {conjunction} {marked[-1]}"
