"""Honest scores: a score on few photos comes with the range the true accuracy likely lies in."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from core.evaluation import (
    FEW_VALIDATION_PHOTOS,
    evaluate_predictions,
    validation_share_text,
    wilson_interval,
)


def _evaluation(correct: int, total: int):
    """Two classes, `total` photos of class 0, the first `correct` of them answered right."""
    probabilities = np.array([[0.9, 0.1]] * correct + [[0.2, 0.8]] * (total - correct))
    return evaluate_predictions(("alpaca", "not alpaca"),
                                [Path(f"{i}.jpg") for i in range(total)], [0] * total,
                                probabilities)


def _coverage(total: int, p: float) -> float:
    """The exact chance that the interval of a binomial draw of `total` photos holds `p`."""
    chance = 0.0
    for correct in range(total + 1):
        low, high = wilson_interval(correct, total)
        if low <= p <= high:
            chance += math.comb(total, correct) * p**correct * (1 - p) ** (total - correct)
    return chance


@pytest.mark.parametrize("total", [20, 60, 120])
@pytest.mark.parametrize("p", [0.7, 0.88, 0.95])
def test_the_range_holds_the_true_accuracy_about_95_times_in_100(total, p):
    # Wilson's interval stays near its level; p ± 1.96·√(p(1-p)/n) would hold a true
    # 95% only 64% of the time on 20 photos (and 81% on 60).
    assert 0.90 <= _coverage(total, p) <= 0.99


def test_the_issue_example_reads_53_of_60_right_88_percent_likely_78_to_94():
    evaluation = _evaluation(53, 60)
    assert evaluation.summary_with_range() == \
        "53 of 60 validation photos right — 88% (likely 78–94%)"
    assert evaluation.accuracy_low < evaluation.accuracy < evaluation.accuracy_high


def test_the_range_narrows_with_more_photos_and_stays_inside_0_and_1():
    widths = [np.subtract(*wilson_interval(round(0.9 * n), n)[::-1]) for n in (10, 60, 600)]
    assert widths[0] > widths[1] > widths[2] > 0
    assert wilson_interval(60, 60) == (pytest.approx(0.94, abs=0.005), 1.0)
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and 0.2 < high < 0.35  # no right answer still says "maybe up to ~28%"


def test_all_right_on_ten_photos_is_not_called_certain():
    low, high = _evaluation(10, 10).accuracy_interval
    assert high == 1.0 and low < 0.75


def test_few_validation_photos_come_with_a_plain_caution():
    few = _evaluation(FEW_VALIDATION_PHOTOS - 6, FEW_VALIDATION_PHOTOS - 1)
    assert few.few_photos
    assert f"Only {FEW_VALIDATION_PHOTOS - 1} photos" in few.caution()
    assert "Sort more photos" in few.caution()
    enough = _evaluation(FEW_VALIDATION_PHOTOS, FEW_VALIDATION_PHOTOS)
    assert not enough.few_photos and enough.caution() == ""


def test_the_validation_share_is_about_a_share_not_a_sum():
    text = validation_share_text(8, 60, 0.2)
    assert text.startswith("8 of 60 photos kept aside for validation (about 20%")


@pytest.mark.parametrize("correct, total", [(-1, 5), (6, 5)])
def test_impossible_counts_are_refused_by_name(correct, total):
    with pytest.raises(ValueError, match=f"Received: correct={correct}"):
        wilson_interval(correct, total)
