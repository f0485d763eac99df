"""A validation score in plain words, with the range it is likely to be in.

A score measured on a few dozen photos moves a lot from one set of photos to the
next; the Wilson interval (`core.evaluation.wilson_interval`, TF-free) says how much.
The sentences are translated under the context "TrainScore"; a run's summary as the
engine saved it ("53 of 60 validation photos right — 88%", English in its files) is
read for its counts and said again in the window's language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from app.i18n import engine_text
from app.steps.train.words import number, percent
from core.evaluation import FEW_VALIDATION_PHOTOS, wilson_interval

CONTEXT = "TrainScore"
_SUMMARY = re.compile(r"(\d+) of (\d+)")


class TrainScore(QObject):
    """The score's sentences with a count (lupdate marks a plural only in a `self.tr`)."""

    def score(self, total: int) -> str:
        #: glossary: validation photos = 검증용 사진 (the photos kept aside)
        return self.tr("{right} of %n validation photos right — {percent} ({likely})", "",
                       total)

    def steadiness(self, total: int) -> str:
        return self.tr("Measured on only %n validation photos, so this score can move a lot "
                       "from one run to the next. Sort more photos into each class for a "
                       "steadier score.", "", total)


def _whole(share: float) -> str:
    return QLocale().toString(round(share * 100))


def likely_range(right: int, total: int) -> str:
    """``likely 78–94%``: the 95% interval in whole percent."""
    low, high = wilson_interval(right, total)
    #: the 95% range the score is likely in ("likely 78–94%")
    text = QCoreApplication.translate("TrainScore", "likely {low}–{high}%")
    return text.format(low=_whole(low), high=_whole(high))


def score_text(right: int, total: int) -> str:
    """``53 of 60 validation photos right — 88% (likely 78–94%)``."""
    share = right / total if total else 0.0
    text = TrainScore().score(total)
    return text.format(right=number(right), percent=percent(share),
                       likely=likely_range(right, total))


def short_score(right: int, total: int) -> str:
    """``88% (78–94%)``, for a column of scores."""
    low, high = wilson_interval(right, total)
    share = right / total if total else 0.0
    text = QCoreApplication.translate("TrainScore", "{percent} ({low}–{high}%)")
    return text.format(percent=percent(share), low=_whole(low), high=_whole(high))


def steadiness_note(total: int) -> str:
    """What to make of a score measured on `total` photos ("" when there are enough)."""
    if total >= FEW_VALIDATION_PHOTOS:
        return ""
    return TrainScore().steadiness(total)


def right_and_total(summary: str, evaluation: dict | None = None) -> tuple[int, int] | None:
    """How many validation photos were right, of how many: from `evaluation`
    (``Evaluation.to_dict()``) or, for older runs, from their summary text."""
    evaluation = evaluation or {}
    if isinstance(evaluation.get("correct"), int) and isinstance(evaluation.get("total"), int):
        return evaluation["correct"], evaluation["total"]
    match = _SUMMARY.search(summary or "")
    if match and int(match.group(1)) <= int(match.group(2)):
        return int(match.group(1)), int(match.group(2))
    predictions = evaluation.get("predictions")
    if isinstance(predictions, list) and predictions:
        right = sum(1 for p in predictions if p.get("true") == p.get("predicted"))
        return right, len(predictions)
    return None


def describe_score(summary: str, evaluation: dict | None = None) -> str:
    """The score with its likely range; `summary` as it is (translated when the window knows
    it) when the counts are unknown."""
    counts = right_and_total(summary, evaluation)
    return engine_text(summary) if counts is None or not counts[1] else score_text(*counts)
