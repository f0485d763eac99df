"""A validation score in plain words, with the range it is likely to be in.

A score measured on a few dozen photos moves a lot from one set of photos to the
next; the Wilson interval (`core.evaluation.wilson_interval`, TF-free) says how much.
"""

from __future__ import annotations

import re

from core.evaluation import FEW_VALIDATION_PHOTOS, wilson_interval

_SUMMARY = re.compile(r"(\d+) of (\d+)")


def likely_range(right: int, total: int) -> str:
    """``likely 78–94%``: the 95% interval in whole percent."""
    low, high = wilson_interval(right, total)
    return f"likely {round(low * 100)}–{round(high * 100)}%"


def score_text(right: int, total: int) -> str:
    """``53 of 60 validation photos right — 88% (likely 78–94%)``."""
    share = right / total if total else 0.0
    noun = "photo" if total == 1 else "photos"
    return (f"{right} of {total} validation {noun} right — {share:.0%} "
            f"({likely_range(right, total)})")


def short_score(right: int, total: int) -> str:
    """``88% (78–94%)``, for a column of scores."""
    low, high = wilson_interval(right, total)
    share = right / total if total else 0.0
    return f"{share:.0%} ({round(low * 100)}–{round(high * 100)}%)"


def steadiness_note(total: int) -> str:
    """What to make of a score measured on `total` photos ("" when there are enough)."""
    if total >= FEW_VALIDATION_PHOTOS:
        return ""
    noun = "photo" if total == 1 else "photos"
    return (f"Measured on only {total} validation {noun}, so this score can move a lot from "
            "one run to the next. Sort more photos into each class for a steadier score.")


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
    """The score with its likely range; `summary` as it is when the counts are unknown."""
    counts = right_and_total(summary, evaluation)
    return summary if counts is None or not counts[1] else score_text(*counts)
