"""Question dialogs answered without a person: a test never waits on a modal dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make every question dialog answer `button`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
