"""What training will use: photos per class, what is left out and why, the split."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import engine_text
from app.steps.train.words import number
from core.dataset import DatasetReport
from core.evaluation import validation_share_text

MAX_LISTED = 8
_escape = partial(html.escape, quote=False)


def _short(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


class SummaryWords(QObject):
    """The summary's texts with a count (lupdate marks a plural only in a `self.tr`)."""

    def photos(self, count: int) -> str:
        # The count is in the column before: this is its unit ("photos", Korean "장").
        return self.tr("photos", "", count)

    def left_out(self, count: int) -> str:
        return self.tr("<b>%n files left out</b>, they cannot be read:", "", count)

    def more(self, count: int) -> str:
        return self.tr("… and %n more", "", count)


def _count_row(name: str, count: int | str) -> str:
    unit = SummaryWords().photos(count if isinstance(count, int) else 2)
    shown = number(count)
    return (f"<tr><td>{_escape(name)}</td><td align='right'><b>{shown}</b></td>"
            f"<td>&nbsp;{_escape(unit)}</td></tr>")


def split_html(train: int | str, validation: int | str, validation_share: float) -> str:
    """``52 for training · 8 of 60 photos kept aside for validation (about 20%: …)``.

    The sentence about the photos kept aside is `core.evaluation.validation_share_text`,
    the one the command line prints, so the app and the CLI say it alike. While the
    photos are being checked, the counts are "…". The counts are `core.split.split_dataset`'s
    without near-copy groups: training finds the groups from the photos' features when
    it starts (`core.training`) and keeps each on one side, which the summary says, as
    it cannot know them before.
    """
    total = train + validation if isinstance(train, int) and isinstance(validation, int) \
        else "…"
    # The core sentence takes counts; "…" in their place keeps its words while checking.
    kept_aside = validation_share_text(validation, total, validation_share)  # type: ignore[arg-type]
    #: glossary: 학습 = training, 검증 = validation (the photos kept aside)
    text = QCoreApplication.translate(
        "DatasetSummary", "{train} for training · {kept_aside}. The model never learns from "
        "those, so they show how it does on new photos.")
    # The summary splits photo by photo; training then keeps near-copies together.
    text += " " + QCoreApplication.translate(
        "DatasetSummary", "Near-copies (one photo resized, recompressed or mirrored) are kept "
        "on one side when training starts, which can move a few photos.")
    return "<p>" + text.format(train=f"<b>{number(train)}</b>",
                               kept_aside=_escape(engine_text(kept_aside))) + "</p>"


def provisional_html(counts: dict[str, int | str], validation_share: float) -> str:
    """The summary's shape while the photos are being checked: the same lines, so nothing
    moves when the check ends."""
    rows = "".join(_count_row(name, count) for name, count in counts.items())
    return (f"<table cellspacing='0' cellpadding='1'>{rows}</table>"
            + split_html("…", "…", validation_share))


def summary_html(report: DatasetReport, train: int, validation: int,
                 validation_share: float) -> str:
    counts = report.counts
    rows = "".join(_count_row(name, count) for name, count in counts.items())
    parts = [f"<table cellspacing='0' cellpadding='1'>{rows}</table>"]
    parts.append(split_html(train, validation, validation_share))
    problems = report.problems_for_training()
    if problems:
        items = "".join(f"<li>{_escape(engine_text(p))}</li>" for p in problems)
        heading = QCoreApplication.translate("DatasetSummary", "Cannot train yet:")
        parts.append(f"<p style='color:#c0392b'><b>{heading}</b></p><ul>{items}</ul>")
    # Duplicates are the Sort step's business; unreadable files are listed below.
    warnings = [w for w in report.warnings
                if not w.startswith("The same photo is in several") and "left out" not in w]
    if warnings:
        items = "".join(f"<li>{_escape(engine_text(w))}</li>" for w in warnings)
        parts.append(f"<ul>{items}</ul>")
    if report.skipped:
        items = "".join(f"<li>{_escape(_short(s.path, report.root))}: "
                        f"{_escape(engine_text(s.reason))}</li>"
                        for s in report.skipped[:MAX_LISTED])
        more = len(report.skipped) - MAX_LISTED
        words = SummaryWords()
        tail = f"<li>{_escape(words.more(more))}</li>" if more > 0 else ""
        heading = words.left_out(len(report.skipped))
        parts.append(f"<p>{heading}</p><ul>{items}{tail}</ul>")
    return "".join(parts)


class DatasetSummary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.show_text(self.tr("Open a workspace on the Sort step to train on its photos."))

    @property
    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str) -> None:
        self.label.setText(_escape(text))

    def show_report(self, report: DatasetReport, train: int, validation: int,
                    validation_share: float) -> None:
        self.label.setText(summary_html(report, train, validation, validation_share))

    def show_provisional(self, counts: dict[str, int | str], validation_share: float) -> None:
        self.label.setText(provisional_html(counts, validation_share))
