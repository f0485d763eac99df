"""The health of the sorted photos, as `core`'s dataset check reports it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar, QTextBrowser, QVBoxLayout, QWidget

from core.dataset import DatasetReport

MAX_LISTED = 30


class HealthPanel(QWidget):
    """Warnings (imbalance, too few photos), duplicates and unreadable files with reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel("The photos have not been checked yet.")
        self._summary.setWordWrap(True)
        self._progress = QProgressBar()
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(6)
        self._progress.hide()
        self._details = QTextBrowser()
        self._details.setOpenLinks(False)
        self._details.setAccessibleName("Photo check details")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self._progress)
        layout.addWidget(self._details, 1)

    @property
    def summary(self) -> str:
        return self._summary.text()

    @property
    def details(self) -> str:
        return self._details.toPlainText()

    def show_progress(self, done: int, total: int) -> None:
        self._progress.show()
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)
        self._summary.setText(f"Checking photos… {done} of {total}")

    def show_error(self, message: str) -> None:
        self._progress.hide()
        self._summary.setText(f"⚠ The photos could not be checked: {message}")
        self._details.clear()

    def show_report(self, report: DatasetReport) -> None:
        self._progress.hide()
        total = len(report.photos)
        issues = len(report.warnings)
        if issues:
            self._summary.setText(f"<b>{total} photos checked</b> · {issues} "
                                  f"thing{'s' if issues != 1 else ''} to look at")
        else:
            self._summary.setText(f"<b>✓ {total} photos checked</b> · all good")
        self._details.setHtml(_report_html(report))


def _report_html(report: DatasetReport) -> str:
    parts: list[str] = []
    if report.warnings:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in report.warnings
                        if not w.startswith("The same photo is in several"))
        parts.append(f"<p><b>Warnings</b></p><ul>{items}</ul>")
    if report.duplicates:
        rows = "".join(
            "<li>" + " = ".join(html.escape(_short(p, report.root)) for p in group) + "</li>"
            for group in report.duplicates[:MAX_LISTED])
        parts.append(f"<p><b>Duplicates</b> (the same photo more than once)</p><ul>{rows}</ul>")
    if report.skipped:
        rows = "".join(f"<li>{html.escape(_short(s.path, report.root))}: "
                       f"{html.escape(s.reason)}</li>" for s in report.skipped[:MAX_LISTED])
        more = len(report.skipped) - MAX_LISTED
        tail = f"<li>… and {more} more</li>" if more > 0 else ""
        parts.append(f"<p><b>Cannot be read</b> (left out of training)</p><ul>{rows}{tail}</ul>")
    if not parts:
        parts.append("<p>No problems found.</p>")
    return "".join(parts)


def _short(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
