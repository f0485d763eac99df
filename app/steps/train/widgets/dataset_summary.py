"""What training will use: photos per class, what is left out and why, the split."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.dataset import DatasetReport

MAX_LISTED = 8
_escape = partial(html.escape, quote=False)


def _short(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def summary_html(report: DatasetReport, train: int, validation: int,
                 validation_share: float) -> str:
    counts = report.counts
    rows = "".join(f"<tr><td>{_escape(name)}</td><td align='right'><b>{count}</b></td>"
                   f"<td>photo{'s' if count != 1 else ''}</td></tr>"
                   for name, count in counts.items())
    parts = [f"<table cellspacing='0' cellpadding='1'>{rows}</table>"]
    parts.append(f"<p><b>{train}</b> for training · <b>{validation}</b> kept aside for "
                 f"validation ({validation_share:.0%}): the model never learns from those, "
                 "so they show how it does on new photos.</p>")
    problems = report.problems_for_training()
    if problems:
        items = "".join(f"<li>{_escape(p)}</li>" for p in problems)
        parts.append(f"<p style='color:#c0392b'><b>Cannot train yet:</b></p><ul>{items}</ul>")
    # Duplicates are the Sort step's business; unreadable files are listed below.
    warnings = [w for w in report.warnings
                if not w.startswith("The same photo is in several") and "left out" not in w]
    if warnings:
        items = "".join(f"<li>{_escape(w)}</li>" for w in warnings)
        parts.append(f"<ul>{items}</ul>")
    if report.skipped:
        items = "".join(f"<li>{_escape(_short(s.path, report.root))}: {_escape(s.reason)}</li>"
                        for s in report.skipped[:MAX_LISTED])
        more = len(report.skipped) - MAX_LISTED
        tail = f"<li>… and {more} more</li>" if more > 0 else ""
        parts.append(f"<p><b>{len(report.skipped)} file(s) left out</b>, they cannot be "
                     f"read:</p><ul>{items}{tail}</ul>")
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
        self.show_text("Open a workspace on the Sort step to train on its photos.")

    @property
    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str) -> None:
        self.label.setText(_escape(text))

    def show_report(self, report: DatasetReport, train: int, validation: int,
                    validation_share: float) -> None:
        self.label.setText(summary_html(report, train, validation, validation_share))
