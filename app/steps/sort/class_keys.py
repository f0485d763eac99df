"""Which keys sort into which class: its number, and its initial when no other class has it."""

from __future__ import annotations


def class_keys(slots: list[str | None]) -> dict[str, list[str]]:
    """The keys that sort into each class: 1–9 by slot (None: a free key), and the initial
    when no other class has it."""
    initials = [name[:1].upper() for name in slots if name is not None]
    keys: dict[str, list[str]] = {}
    for slot, name in enumerate(slots):
        if name is None:
            continue
        initial = name[:1].upper()
        keys[name] = [str(slot + 1)] if slot < 9 else []
        if initial.isalpha() and initials.count(initial) == 1:
            keys[name].append(initial)
    return keys
