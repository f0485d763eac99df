"""What the Sort board tells the person, in their words: which photo, where, and why.

Every sentence is whole and translated with its fields (context "SortWording"), so a
language can put the photo, the class and the reason where its grammar wants them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from app.i18n import engine_text
from core.photo_files import PhotoFileError

LISTED = 8  # photos named one by one; the rest are counted


class SortWording(QObject):
    """The sentences that count photos: `self.tr` with %n, which lupdate marks as plural
    (it does not for `QCoreApplication.translate`), so English has "1 photo"/"2 photos"."""

    def more(self, count: int) -> str:
        return self.tr("… and %n more.", "", count)

    def not_added_again(self, count: int) -> str:
        return self.tr("They were not added again to Unsorted.", "", count)

    def names_and_more(self, count: int) -> str:
        return self.tr("{names} and %n more", "", count)

    def staying(self, count: int) -> str:
        return self.tr("{names} are files in the workspace folder {workspace}, so they stay in "
                       "Unsorted. Sort them into a class, or move them out of the workspace with "
                       "your file manager.", "", count)

    def stay_in(self, count: int) -> str:
        return self.tr("They stay in {where}.", "", count)

    def more_unchanged(self, count: int) -> str:
        return self.tr("… and %n more. Nothing else was changed.", "", count)

    def still_there(self, count: int) -> str:
        return self.tr("They are still where they were.", "", count)


@cache
def words() -> SortWording:
    """The one `SortWording` (made on first use, when the application exists)."""
    return SortWording()


def unsorted_name() -> str:
    """The tray's name, as the Sort page shows it."""
    #: glossary: 미분류 = Unsorted (the tray of photos not in a class yet)
    return QCoreApplication.translate("SortWording", "Unsorted")


def more_text(count: int) -> str:
    """The line after the photos named one by one: "… and 3 more."."""
    return words().more(count)


def already_sorted_text(sorted_as: dict[Path, tuple[Path, str]]) -> str:
    """Photos not added again: each with (its copy in the workspace, that copy's class)."""
    lines = []
    for photo, (there, name) in list(sorted_as.items())[:LISTED]:
        if there.name == photo.name:
            line = QCoreApplication.translate("SortWording", "{photo} is already in '{name}'.")
        else:
            line = QCoreApplication.translate(
                "SortWording", "{photo} is already in '{name}' (as {copy}).")
        lines.append(line.format(photo=photo.name, name=name, copy=there.name))
    more = len(sorted_as) - LISTED
    if more > 0:
        lines.append(more_text(more))
    lines.append(words().not_added_again(len(sorted_as)))
    return "\n".join(lines)


def staying_text(staying: list[Path], workspace: Path) -> str:
    """Why photos that are files in the workspace stay in Unsorted."""
    names = ", ".join(f"“{p.name}”" for p in staying[:5])
    if len(staying) > 5:
        names = words().names_and_more(len(staying) - 5).format(names=names)
    return words().staying(len(staying)).format(names=names, workspace=workspace)


def unreadable_text(reasons: dict[Path, str], source: str | None) -> str:
    """Photos that cannot be sorted because they cannot be read, each with its reason."""
    where = unsorted_name() if source is None else f"“{source}”"
    photos = list(reasons)
    line = QCoreApplication.translate("SortWording", "“{photo}” cannot be read: {reason}.")
    lines = [line.format(photo=p.name, reason=engine_text(reasons[p]))
             for p in photos[:LISTED]]
    if len(photos) > LISTED:
        lines.append(more_text(len(photos) - LISTED))
    lines.append(words().stay_in(len(photos)).format(where=where))
    return "\n".join(lines)


def failures_text(failures: list[PhotoFileError], what: str) -> str:
    """Photos that `what` happened to, each with its reason.

    `what` is a whole translated line with the fields {photo} and {reason}
    ("“{photo}” could not be sorted: {reason}.").
    """
    lines = [what.format(photo=f.path.name, reason=engine_text(f.reason))
             for f in failures[:LISTED]]
    if len(failures) > LISTED:
        lines.append(words().more_unchanged(len(failures) - LISTED))
    else:
        lines.append(words().still_there(len(failures)))
    return "\n".join(lines)
