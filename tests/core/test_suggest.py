"""The suggestion head, the wrong-folder ranking and near-copies, on synthetic feature clusters.

Pooled MobileNetV2 features are non-negative averages; the clusters here are
too: one random centre per class, photos scattered around it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.misfiled import class_thresholds, find_suspects, fold_of, out_of_sample_probabilities
from core.near_copies import (
    group_key,
    groups_spanning_classes,
    near_copy_groups,
    near_copy_keys,
    thumbnail,
)
from core.suggest import propagate, suggest, train_head

DIM = 1280


def clusters(counts, spread=1.5, seed=0):
    """Features of photos of len(counts) classes, counts[c] photos each, and their labels."""
    rng = np.random.default_rng(seed)
    centres = rng.gamma(1.0, 1.0, (len(counts), DIM))
    labels = np.repeat(np.arange(len(counts)), counts)
    features = np.maximum(centres[labels] + rng.normal(0, spread, (len(labels), DIM)), 0)
    return features.astype(np.float32), labels


def test_suggestions_from_five_photos_per_class_name_the_right_class():
    features, labels = clusters([45, 45, 45])
    sorted_ = np.concatenate([np.flatnonzero(labels == c)[:5] for c in range(3)])
    unsorted = np.setdiff1d(np.arange(len(labels)), sorted_)
    probabilities = suggest(features[sorted_], labels[sorted_], features[unsorted])
    assert probabilities.shape == (len(unsorted), 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-5)
    assert (probabilities.argmax(axis=1) == labels[unsorted]).mean() >= 0.95
    assert np.median(probabilities.max(axis=1)) > 0.6


def test_a_class_with_few_sorted_photos_is_still_suggested_for_its_photos():
    # 40 sorted photos of one class, 3 of the other: balanced weights keep the
    # small class from being drowned.
    features, labels = clusters([60, 23], seed=3)
    sorted_ = np.concatenate([np.flatnonzero(labels == 0)[:40], np.flatnonzero(labels == 1)[:3]])
    unsorted_small = np.flatnonzero(labels == 1)[3:]
    probabilities = suggest(features[sorted_], labels[sorted_], features[unsorted_small])
    assert (probabilities.argmax(axis=1) == 1).mean() >= 0.9


def test_a_class_without_sorted_photos_is_never_suggested():
    features, labels = clusters([20, 20, 20], seed=4)
    known = labels != 2
    head = train_head(features[known], labels[known], num_classes=3)
    assert head.num_classes == 3
    assert (head.probabilities(features[~known]).argmax(axis=1) != 2).all()


def chains(per_chain=60, seed=0):
    """Two classes of photos, each a chain of gradually changing look, running opposite ways.

    Class 0 runs left to right one step below class 1, which runs right to left; the
    photos sorted (the first three of each) sit at opposite ends, so the far end of
    each chain lies nearer the other class's sorted photos than its own.
    """
    rng = np.random.default_rng(seed)
    directions = np.linalg.qr(rng.normal(size=(DIM, 2)))[0].T
    steps = np.linspace(0, 1.5, per_chain)
    along = np.concatenate([steps, 1.5 - steps])
    across = np.repeat([0.0, 1.0], per_chain)
    points = np.stack([along, across], axis=1) @ directions
    features = rng.gamma(2.0, 1.0, DIM) + points + rng.normal(0, 0.004, (2 * per_chain, DIM))
    sorted_ = np.array([0, 1, 2, per_chain, per_chain + 1, per_chain + 2])
    return np.maximum(features, 0).astype(np.float32), np.repeat([0, 1], per_chain), sorted_


def test_unsorted_photos_follow_their_neighbours_where_the_head_alone_is_wrong():
    """The head alone draws a straight border between the sorted photos and gets the far
    half of each chain wrong; the unsorted photos' own neighbours carry each class along."""
    features, labels, sorted_ = chains()
    unsorted = np.setdiff1d(np.arange(len(labels)), sorted_)
    alone = suggest(features[sorted_], labels[sorted_], features[unsorted], 2, neighbours=False)
    assert (alone.argmax(axis=1) == labels[unsorted]).mean() < 0.75
    probabilities = suggest(features[sorted_], labels[sorted_], features[unsorted], 2)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-5)
    assert (probabilities.argmax(axis=1) == labels[unsorted]).mean() >= 0.95


def test_a_photo_between_two_classes_is_not_made_sure_by_its_neighbours():
    """Its nearest photos are all of one class, but the head sees it halfway: it must not
    be among the sure ones that "Accept all sure ones" sorts without a look."""
    features, labels = clusters([12, 12], spread=0.5, seed=9)
    centres = np.stack([features[labels == c].mean(axis=0) for c in range(2)])
    between = (0.45 * centres[0] + 0.55 * centres[1])[None]
    sorted_ = np.concatenate([np.flatnonzero(labels == c)[:5] for c in range(2)])
    unsorted = np.vstack([features[np.setdiff1d(np.arange(24), sorted_)], between])
    alone = suggest(features[sorted_], labels[sorted_], unsorted, neighbours=False)
    assert alone[-1].max() < 0.8
    assert propagate(features[sorted_], labels[sorted_], unsorted)[-1].max() > 0.99
    probabilities = suggest(features[sorted_], labels[sorted_], unsorted)
    assert probabilities[-1].max() < 0.9
    assert (probabilities[:-1].max(axis=1) >= 0.9).all(), "the clear ones stay sure"


def test_labels_spread_the_same_however_many_photos_are_compared_at_once(monkeypatch):
    import core.suggest

    features, labels, sorted_ = chains(per_chain=30, seed=2)
    unsorted = np.setdiff1d(np.arange(len(labels)), sorted_)
    whole = propagate(features[sorted_], labels[sorted_], features[unsorted])
    monkeypatch.setattr(core.suggest, "_BLOCK_NUMBERS", 7 * len(labels))  # 7 rows at a time
    np.testing.assert_allclose(
        propagate(features[sorted_], labels[sorted_], features[unsorted]), whole, atol=1e-6)
    assert (whole.argmax(axis=1) == labels[unsorted]).mean() >= 0.95


def test_photos_no_sorted_photo_leads_to_keep_the_head_s_answer():
    """A clump of unsorted photos unlike any sorted one (linked only among themselves)
    is answered by the head alone, not made less sure by a graph that says nothing."""
    features, labels = clusters([15, 15], seed=8)
    rng = np.random.default_rng(3)
    far = (rng.gamma(1.0, 1.0, DIM) * 3 + rng.normal(0, 0.05, (12, DIM))).astype(np.float32)
    sorted_ = np.concatenate([np.flatnonzero(labels == c)[:5] for c in range(2)])
    unsorted = np.vstack([features[np.setdiff1d(np.arange(30), sorted_)], np.maximum(far, 0)])
    spread = propagate(features[sorted_], labels[sorted_], unsorted)
    assert (spread[-12:] == 0).all() and (spread[:-12].sum(axis=1) > 0.99).all()
    blended = suggest(features[sorted_], labels[sorted_], unsorted)
    alone = suggest(features[sorted_], labels[sorted_], unsorted, neighbours=False)
    np.testing.assert_allclose(blended[-12:], alone[-12:], rtol=1e-5)


def test_head_refuses_mismatched_labels_and_bad_features():
    features, labels = clusters([5, 5])
    with pytest.raises(ValueError, match="labels must have one entry per photo"):
        train_head(features, labels[:-1])
    bad = features.copy()
    bad[0, 0] = np.nan
    with pytest.raises(ValueError, match="finite"):
        train_head(bad, labels)
    with pytest.raises(ValueError, match="num_classes >= 2"):
        train_head(features[:5], labels[:5])


def test_a_mislabelled_photo_ranks_first_and_is_suggested_its_true_class():
    features, labels = clusters([30, 30, 30], seed=1)
    given = labels.copy()
    given[7] = 2  # a photo of class 0 filed in class 2
    probabilities = out_of_sample_probabilities(features, given)
    suspects = find_suspects(probabilities, given)
    assert suspects, "the misfiled photo is not listed"
    first = suspects[0]
    assert (first.index, first.given, first.suggested) == (7, 2, 0)
    assert first.confidence > first.self_confidence
    assert len(suspects) <= 3  # the well-filed photos stay off the list


def test_the_out_of_sample_probability_never_comes_from_a_head_that_saw_the_photo():
    features, labels = clusters([30, 30], seed=2)
    given = labels.copy()
    given[3] = 1
    in_sample = train_head(features, given).probabilities(features[3:4])[0, 1]
    out_of_sample = out_of_sample_probabilities(features, given)[3, 1]
    # A head that saw the photo learns its wrong folder; one that did not, doubts it.
    assert in_sample > 0.5 > out_of_sample


def test_a_photo_the_person_kept_is_not_suggested_again():
    features, labels = clusters([30, 30, 30], seed=1)
    given = labels.copy()
    given[7] = 2
    probabilities = out_of_sample_probabilities(features, given)
    assert 7 in {s.index for s in find_suspects(probabilities, given)}
    assert 7 not in {s.index for s in find_suspects(probabilities, given, keep={7})}


def test_per_class_thresholds_keep_a_hard_class_from_flooding_the_list():
    # Class 0 is easy (its photos are 95% sure), class 1 is hard (60%). A class-1
    # photo at 55/45 leans to class 0 only a little, far below how sure class 0's
    # own photos are: not listed. A class-0 photo at 35/65 is as sure of class 1
    # as class 1's own photos: listed. Argmax alone would list both.
    easy = np.tile([0.95, 0.05], (20, 1))
    hard = np.tile([0.40, 0.60], (20, 1))
    probabilities = np.vstack([easy, [[0.35, 0.65]], hard, [[0.55, 0.45]]])
    labels = np.array([0] * 21 + [1] * 21)
    thresholds = class_thresholds(probabilities, labels)
    assert thresholds[0] == pytest.approx((20 * 0.95 + 0.35) / 21)
    assert thresholds[1] == pytest.approx((20 * 0.60 + 0.45) / 21)
    assert [s.index for s in find_suspects(probabilities, labels)] == [20]


def test_folds_hold_near_copies_out_together_and_share_out_every_class():
    labels = np.repeat([0, 1], 20)
    groups = list(range(40))
    groups[1] = groups[5] = groups[30] = 100  # one near-copy group
    fold = fold_of(labels, 5, groups=groups)
    assert fold[1] == fold[5] == fold[30]
    for k in range(5):
        assert set(labels[fold == k]) == {0, 1}


def mirror(vectors):
    """A stand-in for "the features of the flipped photo": a fixed shuffle of the channels."""
    return vectors[:, np.random.default_rng(9).permutation(DIM)]


def test_a_mirrored_copy_groups_with_its_original_only_when_mirrored_features_are_given():
    features, _ = clusters([10, 10], spread=3.0, seed=5)
    rng = np.random.default_rng(6)
    copy = features[3] * 1.05 + rng.normal(0, 0.05, DIM)  # brightened
    mirrored_copy = mirror(features[12:13])[0] + rng.normal(0, 0.05, DIM)
    everything = np.vstack([features, copy, mirrored_copy]).astype(np.float32)
    flipped = mirror(everything)
    flipped[-1] = features[12]  # the mirror of a mirrored copy is the original
    assert near_copy_groups(everything) == [[3, 20]]
    assert near_copy_groups(everything, flipped) == [[3, 20], [12, 21]]


def test_a_copy_that_lost_detail_groups_by_its_layout_but_a_look_alike_does_not():
    rng = np.random.default_rng(8)
    scene = rng.integers(0, 256, (160, 160, 3)).astype(np.uint8)
    other_scene = rng.integers(0, 256, (160, 160, 3)).astype(np.uint8)
    layouts = np.stack([thumbnail(scene), thumbnail(np.clip(scene * 0.8 + 20, 0, 255)),
                        thumbnail(other_scene)])
    # Features: the copy and the look-alike both only 0.8 alike to the original.
    base = rng.gamma(1.0, 1.0, DIM)
    drift = rng.gamma(1.0, 1.0, DIM)
    features = np.stack([base, base + 1.5 * drift, base + 1.5 * drift[::-1]])
    unit = features / np.linalg.norm(features, axis=1, keepdims=True)
    assert 0.75 < unit[0] @ unit[1] < 0.85 and 0.75 < unit[0] @ unit[2] < 0.85
    assert near_copy_groups(features) == []
    assert near_copy_groups(features, thumbnails=layouts) == [[0, 1]]


def test_groups_do_not_depend_on_how_many_photos_are_compared_at_once(monkeypatch):
    """Many photos are compared a few rows at a time (memory); a pair split across two
    blocks, or found by its layout alone, is grouped as in one block."""
    import core.near_copies

    rng = np.random.default_rng(11)
    features, _ = clusters([20, 20], spread=3.0, seed=5)
    copies = features[[2, 17, 33]] + rng.normal(0, 0.2, (3, DIM)).astype(np.float32)
    layouts = rng.normal(0, 1, (43, 256)).astype(np.float32)
    layouts /= np.linalg.norm(layouts, axis=1, keepdims=True)
    layouts[40:] = layouts[[2, 17, 33]]
    everything = np.vstack([features, copies])
    everything[42] = 0.8 * everything[33] + 0.5 * rng.gamma(1.0, 1.0, DIM)  # by layout only
    whole = near_copy_groups(everything, thumbnails=layouts)
    assert whole == [[2, 40], [17, 41], [33, 42]]
    monkeypatch.setattr(core.near_copies, "_BLOCK_NUMBERS", 3 * len(everything))  # 3 rows
    assert near_copy_groups(everything, thumbnails=layouts) == whole


def test_distinct_photos_of_one_class_are_not_near_copies():
    features, _ = clusters([30, 30], spread=3.0, seed=7)
    assert near_copy_groups(features, mirror(features)) == []


def test_groups_in_two_classes_are_named():
    groups = [[0, 1], [2, 3, 4], [5, 6]]
    labels = [0, 0, 0, 1, 0, 1, 1]
    assert groups_spanning_classes(groups, labels) == [[2, 3, 4]]


def test_near_copies_share_a_split_key_whatever_their_order():
    digests = ["c3", "a1", "b2", "d4"]
    keys = near_copy_keys(digests, [[0, 2]])
    assert group_key("c3", keys) == group_key("b2", keys) == "b2"
    assert group_key("a1", keys) == "a1"
    reordered = near_copy_keys(["b2", "c3"], [[1, 0]])
    assert group_key("c3", reordered) == "b2"


def test_the_suggestion_modules_load_without_tensorflow():
    """The app imports them before TensorFlow has loaded; features arrive as arrays."""
    modules = ["core.suggest", "core.misfiled", "core.near_copies", "core.photo_audit",
               "core.cli_suggest"]
    code = (f"import sys, importlib; [importlib.import_module(m) for m in {modules!r}]; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2],
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
