"""What the Sort board tells the person, in their words: which photo, where, and why."""

from __future__ import annotations

from pathlib import Path

from core.photo_files import PhotoFileError

LISTED = 8  # photos named one by one; the rest are counted


def already_sorted_text(sorted_as: dict[Path, tuple[Path, str]]) -> str:
    """Photos not added again: each with (its copy in the workspace, that copy's class)."""
    lines = []
    for photo, (there, name) in list(sorted_as.items())[:LISTED]:
        same = "" if there.name == photo.name else f" (as {there.name})"
        lines.append(f"{photo.name} is already in '{name}'{same}.")
    more = len(sorted_as) - LISTED
    if more > 0:
        lines.append(f"… and {more} more.")
    one = len(sorted_as) == 1
    lines.append(f"{'It was' if one else 'They were'} not added again to Unsorted.")
    return "\n".join(lines)


def staying_text(staying: list[Path], workspace: Path) -> str:
    """Why photos that are files in the workspace stay in Unsorted."""
    names = ", ".join(f"“{p.name}”" for p in staying[:5])
    more = f" and {len(staying) - 5} more" if len(staying) > 5 else ""
    one = len(staying) == 1
    return (f"{names}{more} {'is a file' if one else 'are files'} in the workspace "
            f"folder {workspace}, so {'it stays' if one else 'they stay'} in "
            f"Unsorted. Sort {'it' if one else 'them'} into a class, or move "
            f"{'it' if one else 'them'} out of the workspace with your file manager.")


def unreadable_text(reasons: dict[Path, str], source: str | None) -> str:
    """Photos that cannot be sorted because they cannot be read, each with its reason."""
    where = "Unsorted" if source is None else f"“{source}”"
    photos = list(reasons)
    lines = [f"“{p.name}” cannot be read: {reasons[p]}." for p in photos[:LISTED]]
    if len(photos) > LISTED:
        lines.append(f"… and {len(photos) - LISTED} more.")
    lines.append(f"{'It stays' if len(photos) == 1 else 'They stay'} in {where}.")
    return "\n".join(lines)


def failures_text(failures: list[PhotoFileError], what: str) -> str:
    """Photos that `what` ("could not be sorted") happened to, each with its reason."""
    lines = [f"“{f.path.name}” {what}: {f.reason}." for f in failures[:LISTED]]
    if len(failures) > LISTED:
        lines.append(f"… and {len(failures) - LISTED} more. Nothing else was changed.")
    else:
        lines.append("It is still where it was." if len(failures) == 1
                     else "They are still where they were.")
    return "\n".join(lines)
