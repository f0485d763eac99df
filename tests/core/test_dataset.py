"""The dataset check: what a person sees before training, on good folders and bad ones."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from core.dataset import CheckProgress, DatasetReport, check_dataset, find_class_names
from core.errors import DatasetError, ImageError, TrainingCancelled
from core.images import load_array, open_rgb
from tests.badfiles import (
    IGNORED_NAMES,
    PHOTOS_IN_FOLDER_JPG,
    REASON_WORDS,
    SKIPPED_NAMES,
    add_bad_files,
    add_distinct_photos,
    add_good_photos,
)

ALPACAS, OTHERS = 24, 26


def _snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under `root`, with its content hash, size, times and link target."""
    state = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            info = path.lstat()
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                state[key] = ("link", os.readlink(path))
            elif path.is_dir():
                state[key] = ("folder", info.st_mtime_ns, info.st_mode)
            else:
                state[key] = ("file", hashlib.sha256(path.read_bytes()).hexdigest(),
                              info.st_size, info.st_mtime_ns, info.st_mode)
    state["."] = ("folder", root.stat().st_mtime_ns)
    return state


def _run_with_deadline(seconds: float, function, *args, **kwargs):
    """Run `function`; fail (instead of hanging the test run) when it does not return in time."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = function(*args, **kwargs)
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: it never ends"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]


def _two_classes(root: Path, alpacas: int = ALPACAS, others: int = OTHERS) -> Path:
    add_distinct_photos(root / "alpaca", alpacas)
    add_distinct_photos(root / "not alpaca", others, first=1000)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory):
    """A two-class dataset with every bad file in `alpaca/`, checked once (at 32 px)."""
    root = _two_classes(tmp_path_factory.mktemp("bad dataset"))
    bad = add_bad_files(root / "alpaca")
    before = _snapshot(root)
    report = _run_with_deadline(30, check_dataset, root, image_size=32)
    after = _snapshot(root)
    return root, bad, report, before, after


def test_check_changes_no_file(checked) -> None:
    _root, _bad, _report, before, after = checked
    assert len(before) > ALPACAS + OTHERS
    assert after == before


def test_every_bad_file_is_listed_as_skipped(checked) -> None:
    root, bad, report, _before, _after = checked
    assert sorted(s.path for s in report.skipped) == sorted(bad[name] for name in SKIPPED_NAMES)
    assert any("cannot be read" in warning and f"{len(SKIPPED_NAMES)} files" in warning
               for warning in report.warnings)


@pytest.mark.parametrize("name", SKIPPED_NAMES)
def test_each_skipped_file_has_its_plain_reason(checked, name: str) -> None:
    _root, bad, report, _before, _after = checked
    reasons = {s.path: s.reason for s in report.skipped}
    assert REASON_WORDS[name] in reasons[bad[name]], reasons[bad[name]]


@pytest.mark.parametrize("name", SKIPPED_NAMES)
def test_the_check_and_the_reader_give_the_same_reason(checked, name: str) -> None:
    # A file that fails anywhere fails with the same plain reason everywhere.
    _root, bad, report, _before, _after = checked
    reasons = {s.path: s.reason for s in report.skipped}
    with pytest.raises(ImageError) as caught:
        open_rgb(bad[name])
    assert reasons[bad[name]] == caught.value.reason


def test_good_photos_are_counted_and_the_folder_named_like_a_photo_is_walked(checked) -> None:
    root, bad, report, _before, _after = checked
    assert report.class_names == ("alpaca", "not alpaca")
    assert report.counts == {"alpaca": ALPACAS + PHOTOS_IN_FOLDER_JPG, "not alpaca": OTHERS}
    assert bad["folder.jpg"] / "inside.png" in {photo.path for photo in report.photos}
    assert bad["folder.jpg"] not in {s.path for s in report.skipped}
    assert report.duplicates == ()


def test_hidden_and_system_files_are_ignored_silently(checked) -> None:
    _root, bad, report, _before, _after = checked
    mentioned = {photo.path for photo in report.photos} | {s.path for s in report.skipped}
    for name in IGNORED_NAMES:
        assert bad[name] not in mentioned, name
    assert not any(name in warning for warning in report.warnings for name in IGNORED_NAMES)


def test_the_images_are_decoded_in_the_order_of_the_photos(checked) -> None:
    _root, _bad, report, _before, _after = checked
    assert report.image_size == 32
    assert report.images.shape == (len(report.photos), 32, 32, 3)
    assert report.images.dtype == np.uint8
    for photo, image in zip(report.photos, report.images, strict=True):
        np.testing.assert_array_equal(image, load_array(photo.path, (32, 32)))
    assert list(report.labels) == [report.class_names.index(p.class_name)
                                   for p in report.photos]


def test_without_an_image_size_no_images_are_kept(tmp_path: Path) -> None:
    report = check_dataset(_two_classes(tmp_path, 3, 3))
    assert report.images is None
    assert len(report.photos) == 6


def test_every_format_and_mode_counts_as_a_photo(tmp_path: Path) -> None:
    good = add_good_photos(tmp_path / "alpaca")
    add_distinct_photos(tmp_path / "not alpaca", 3)
    report = check_dataset(tmp_path, image_size=16)
    assert report.skipped == ()
    assert report.counts == {"alpaca": len(good), "not alpaca": 3}
    assert report.images.shape == (len(good) + 3, 16, 16, 3)


def test_symlink_loops_end_and_are_reported(tmp_path: Path) -> None:
    _two_classes(tmp_path, 3, 3)
    alpaca = tmp_path / "alpaca"
    (alpaca / "loop.jpg").symlink_to("loop.jpg")
    (alpaca / "ping.jpg").symlink_to("pong.jpg")
    (alpaca / "pong.jpg").symlink_to("ping.jpg")
    (alpaca / "sub").mkdir()
    (alpaca / "sub" / "back").symlink_to("..", target_is_directory=True)
    (alpaca / "sub" / "deeper").mkdir()
    (alpaca / "sub" / "deeper" / "up").symlink_to("../..", target_is_directory=True)
    (alpaca / "sub" / "self").symlink_to(".", target_is_directory=True)
    report = _run_with_deadline(20, check_dataset, tmp_path)
    assert report.counts == {"alpaca": 3, "not alpaca": 3}
    assert {s.path.name for s in report.skipped} == {"loop.jpg", "ping.jpg", "pong.jpg"}
    assert report.duplicates == ()


def test_a_link_to_a_missing_photo_is_reported(tmp_path: Path) -> None:
    _two_classes(tmp_path, 3, 3)
    (tmp_path / "alpaca" / "moved.jpg").symlink_to("/nonexistent/moved.jpg")
    report = check_dataset(tmp_path)
    assert [(s.path.name, "no longer exists" in s.reason) for s in report.skipped] == [
        ("moved.jpg", True)]


def test_a_named_pipe_does_not_hang_the_check(tmp_path: Path) -> None:
    _two_classes(tmp_path, 3, 3)
    os.mkfifo(tmp_path / "alpaca" / "pipe.jpg")
    report = _run_with_deadline(10, check_dataset, tmp_path)
    assert [s.path.name for s in report.skipped] == ["pipe.jpg"]
    assert report.counts == {"alpaca": 3, "not alpaca": 3}


def test_duplicates_are_found_even_across_classes(tmp_path: Path) -> None:
    _two_classes(tmp_path)
    alpaca, other = tmp_path / "alpaca", tmp_path / "not alpaca"
    shutil.copyfile(alpaca / "photo-0000.png", alpaca / "copy of 0.png")
    shutil.copyfile(alpaca / "photo-0001.png", other / "stray.png")
    report = check_dataset(tmp_path)
    assert {frozenset(group) for group in report.duplicates} == {
        frozenset({alpaca / "photo-0000.png", alpaca / "copy of 0.png"}),
        frozenset({alpaca / "photo-0001.png", other / "stray.png"}),
    }
    across = [w for w in report.warnings if "several classes" in w]
    assert len(across) == 1
    for piece in ("alpaca", "not alpaca", "photo-0001.png", "stray.png"):
        assert piece in across[0]
    assert "copy of 0.png" not in across[0]
    assert any("2 photos are an exact copy" in w for w in report.warnings)
    # Copies are still readable photos: nothing is skipped because of them.
    assert report.skipped == ()
    assert report.counts == {"alpaca": ALPACAS + 1, "not alpaca": OTHERS + 1}


def test_a_balanced_dataset_with_enough_photos_gives_no_warning(tmp_path: Path) -> None:
    report = check_dataset(_two_classes(tmp_path, 20, 25))
    assert report.warnings == ()
    assert report.problems_for_training() == []


def test_too_few_photos_are_warned_about_by_class(tmp_path: Path) -> None:
    report = check_dataset(_two_classes(tmp_path, 3, 20))
    few = [w for w in report.warnings if "only 3 photos" in w]
    assert len(few) == 1 and "alpaca" in few[0] and "not alpaca" not in few[0]


def test_an_unbalanced_dataset_is_warned_about(tmp_path: Path) -> None:
    report = check_dataset(_two_classes(tmp_path, 20, 40))
    unbalanced = [w for w in report.warnings if "unbalanced" in w]
    assert len(unbalanced) == 1
    assert "'not alpaca' has 40" in unbalanced[0] and "'alpaca' only 20" in unbalanced[0]


def test_a_class_without_readable_photos_cannot_be_trained(tmp_path: Path) -> None:
    add_distinct_photos(tmp_path / "alpaca", 5)
    add_bad_files(tmp_path / "not alpaca")
    shutil.rmtree(tmp_path / "not alpaca" / "folder.jpg")
    report = check_dataset(tmp_path)
    assert report.counts == {"alpaca": 5, "not alpaca": 0}
    assert any("'not alpaca' has 0 readable photos" in p for p in report.problems_for_training())


def test_three_or_more_classes_work(tmp_path: Path) -> None:
    for number, name in enumerate(("dog", "cat", "bird", "fish")):
        add_distinct_photos(tmp_path / name, 20 + number, first=100 * number)
    (tmp_path / ".git").mkdir()
    (tmp_path / "notes.txt").write_text("not a class")
    report = check_dataset(tmp_path, image_size=8)
    assert report.class_names == ("bird", "cat", "dog", "fish")
    assert report.counts == {"bird": 22, "cat": 21, "dog": 20, "fish": 23}
    assert sorted(set(report.labels.tolist())) == [0, 1, 2, 3]
    for photo in report.photos:
        assert photo.path.parent.name == photo.class_name
        assert report.class_names[photo.label] == photo.class_name
    assert report.images.shape == (86, 8, 8, 3)
    assert report.warnings == ()


def test_class_names_can_be_given_in_label_order(tmp_path: Path) -> None:
    _two_classes(tmp_path, 3, 4)
    report = check_dataset(tmp_path, ["not alpaca", "alpaca"])
    assert report.class_names == ("not alpaca", "alpaca")
    assert {p.class_name: p.label for p in report.photos} == {"not alpaca": 0, "alpaca": 1}


def test_a_missing_class_folder_is_named(tmp_path: Path) -> None:
    _two_classes(tmp_path, 3, 3)
    with pytest.raises(DatasetError, match="llama"):
        check_dataset(tmp_path, ["alpaca", "llama"])


def test_a_missing_dataset_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="does not exist"):
        check_dataset(tmp_path / "nowhere")
    with pytest.raises(DatasetError, match="does not exist"):
        find_class_names(tmp_path / "nowhere")


def test_progress_counts_every_file(tmp_path: Path) -> None:
    _two_classes(tmp_path, 3, 4)
    add_bad_files(tmp_path / "alpaca")
    events: list[CheckProgress] = []
    report = check_dataset(tmp_path, on_progress=events.append)
    # Every file that is opened is one step; the bar ends full.
    total = events[-1].total
    assert [e.done for e in events] == list(range(1, total + 1))
    assert {e.total for e in events} == {total}
    assert len(report.photos) < total <= len(report.photos) + len(report.skipped)
    assert {e.path for e in events} >= {photo.path for photo in report.photos}


def test_should_stop_cancels_the_check(tmp_path: Path) -> None:
    _two_classes(tmp_path, 5, 5)
    with pytest.raises(TrainingCancelled):
        check_dataset(tmp_path, should_stop=lambda: True)


def test_should_stop_is_honoured_between_files(tmp_path: Path) -> None:
    _two_classes(tmp_path, 10, 10)
    events: list[CheckProgress] = []
    with pytest.raises(TrainingCancelled):
        check_dataset(tmp_path, on_progress=events.append, should_stop=lambda: len(events) >= 3)
    assert len(events) == 3


def test_the_report_as_a_dict_lists_skipped_files_with_reasons(checked) -> None:
    _root, bad, report, _before, _after = checked
    document = report.to_dict()
    assert document["counts"] == report.counts
    assert {item["path"] for item in document["skipped"]} == {
        str(bad[name]) for name in SKIPPED_NAMES}
    assert all(item["reason"] for item in document["skipped"])


def test_the_real_alpaca_dataset_is_clean(alpaca_dir: Path) -> None:
    report: DatasetReport = check_dataset(alpaca_dir, image_size=32)
    assert report.class_names == ("alpaca", "not alpaca")
    assert report.counts == {"alpaca": 142, "not alpaca": 185}
    assert report.skipped == ()
    assert report.images.shape == (327, 32, 32, 3)
