"""The health of the sorted photos: counts at once, `core`'s dataset check when it is done.

Every photo it lists (copies, unreadable files) is a link: "Show in Sort" selects it
in its class, "Remove" takes it out of the class, back to Unsorted.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QProgressBar,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import engine_text
from core.dataset import DatasetReport

MAX_LISTED = 30
NOTHING_YET = QT_TRANSLATE_NOOP(
    "HealthPanel", "Sort photos into the classes and they are checked here: enough photos in "
    "each class, classes of similar size, the same photo twice, files that cannot be read.")


class HealthPanel(QWidget):
    """Warnings (imbalance, too few photos), duplicates and unreadable files with reasons."""

    show_requested = Signal(object)
    """"Show in Sort" was chosen for a listed photo (its path)."""
    remove_requested = Signal(object)
    """"Remove" was chosen for a listed photo (its path): back to Unsorted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._progress = QProgressBar()
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(6)
        # The bar keeps its room while hidden: the list below does not jump.
        policy = self._progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._progress.setSizePolicy(policy)
        self._progress.hide()
        self._details = QTextBrowser()
        self._details.setOpenLinks(False)
        self._details.setAccessibleName(self.tr("Photo check details"))
        self._details.anchorClicked.connect(self._on_link)
        self._linked: list[Path] = []
        self._counts = ""
        self._report_html = ""
        self.menu: QMenu | None = None  # the menu of the photo last clicked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self._progress)
        # The check's findings first; the Sort page adds the model's (wrong folders,
        # near-copies) as more tabs.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        #: A tab: the check of the sorted photos (counts, duplicates, unreadable files)
        self.tabs.addTab(self._details, self.tr("Check"))
        layout.addWidget(self.tabs, 1)
        self.show_counts({})

    @property
    def summary(self) -> str:
        return self._summary.text()

    @property
    def details(self) -> str:
        return self._details.toPlainText()

    @property
    def browser(self) -> QTextBrowser:
        return self._details

    def show_counts(self, counts: dict[str, int], checking: bool = False) -> None:
        """What is known at once: the photos in each class (the check follows)."""
        total = sum(counts.values())
        self._counts = " · ".join(f"{html.escape(name)}: {count}"
                                  for name, count in counts.items())
        if not total:
            self._progress.hide()
            self._summary.setText(self.tr("No photos sorted yet"))
            self._report_html = ""
            self._linked = []
            nothing = QCoreApplication.translate("HealthPanel", NOTHING_YET)
            self._details.setHtml(f"<p>{html.escape(nothing)}</p>")
            return
        if checking:
            self._summary.setText(self.tr("<b>%n photos sorted</b> · checking…", "", total))
        self._render()

    def forget_report(self) -> None:
        """The last report is of another workspace: it must not show any more."""
        self._report_html = ""
        self._linked = []
        self._render()

    def show_progress(self, done: int, total: int) -> None:
        self._progress.show()
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)

    def show_error(self, message: str) -> None:
        self._progress.hide()
        self._summary.setText(self.tr("⚠ The photos could not be checked: {reason}").format(
            reason=engine_text(message)))

    def show_report(self, report: DatasetReport) -> None:
        self._progress.hide()
        total = len(report.photos) + len(report.skipped)
        issues = len(report.warnings)
        if issues:
            self._summary.setText(self.tr("{checked} · %n things to look at", "", issues).format(
                checked=self.tr("<b>%n photos checked</b>", "", total)))
        else:
            self._summary.setText(self.tr("<b>✓ %n photos checked</b> · all good", "", total))
        self._linked = []
        self._report_html = self._report_to_html(report)
        self._render()

    def _render(self) -> None:
        counts = f"<p>{self._counts}</p>" if self._counts else ""
        self._details.setHtml(counts + self._report_html)

    def _report_to_html(self, report: DatasetReport) -> str:
        parts: list[str] = []
        if report.warnings:
            items = "".join(f"<li>{html.escape(_said(w))}</li>"
                            for w in report.warnings
                            if not w.startswith("The same photo is in several"))
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(self.tr("Warnings"), items))
        if report.duplicates:
            rows = "".join("<li>" + " = ".join(self._link(p, report.root) for p in group)
                           + "</li>" for group in report.duplicates[:MAX_LISTED])
            parts.append("<p>{}</p><ul>{}</ul>".format(self.tr(
                "<b>Duplicates</b> (the same photo more than once; click one to show or remove "
                "it)"), rows))
        if report.skipped:
            rows = "".join(f"<li>{self._link(s.path, report.root)}: "
                           f"{html.escape(engine_text(s.reason))}</li>"
                           for s in report.skipped[:MAX_LISTED])
            more = len(report.skipped) - MAX_LISTED
            tail = ("<li>{}</li>".format(self.tr("… and %n more", "", more)) if more > 0
                    else "")
            parts.append("<p>{}</p><ul>{}{}</ul>".format(
                self.tr("<b>Cannot be read</b> (left out of training)"), rows, tail))
        if not parts:
            parts.append("<p>{}</p>".format(self.tr("No problems found.")))
        return "".join(parts)

    def _link(self, path: Path, root: Path) -> str:
        self._linked.append(path)
        return f'<a href="photo:{len(self._linked) - 1}">{html.escape(_short(path, root))}</a>'

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if not text.startswith("photo:"):
            return
        path = self._linked[int(text.removeprefix("photo:"))]
        menu = QMenu(self)
        menu.addAction(self.tr("Show in Sort"), lambda: self.show_requested.emit(path))
        menu.addAction(self.tr("Remove (back to Unsorted)"),
                       lambda: self.remove_requested.emit(path))
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(QCursor.pos())


def _said(warning: str) -> str:
    """A warning of the check in the window's language (the English one made plainer)."""
    said = engine_text(warning)
    return _plain(warning) if said == warning else said


def _plain(warning: str) -> str:
    # A class with nothing in it yet is not "only 0 photos".
    return warning.replace("has only 0 photos", "has no photos yet")


def _short(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
