"""A run or an export is complete or absent: one folder swap under a lock, whatever kills it.

Kills are real: a child process is ended (``os._exit``) at a chosen step of the
swap by `core.atomic.STEP_HOOK`, and the next user of the place must find either
the earlier run or the new one, complete, and no hidden leftovers.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core import atomic
from core.errors import CoreError
from core.file_lock import PlaceBusyError, try_acquire
from core.run_index import (
    COMPLETE_FILE,
    EVALUATION_FILE,
    FORMAT_NAME,
    LABELS_FILE,
    METADATA_FILE,
    MODEL_FILE,
    list_saved_runs,
    read_saved_run,
)
from core.run_place import claim_run_dir, place_run

REPO = Path(__file__).resolve().parents[2]


def _fake_run(folder: Path, label: str, *, marker: bool = True, version: int = 2) -> Path:
    """A run folder with the files of a real one (the model is a stand-in: nothing loads it)."""
    folder.mkdir(parents=True)
    (folder / MODEL_FILE).write_bytes(f"model {label}".encode() * 1000)
    metadata = {"format": FORMAT_NAME, "format_version": version, "class_names": ["a", "b"],
                "image_size": 96, "threshold": 0.5, "created": f"2026-01-0{label}",
                "metrics": {"summary": f"run {label}"}}
    (folder / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    (folder / LABELS_FILE).write_text("a\nb\n", encoding="utf-8")
    (folder / EVALUATION_FILE).write_text("{}", encoding="utf-8")
    if marker:
        from core.run_index import complete_marker

        (folder / COMPLETE_FILE).write_text(complete_marker(folder), encoding="utf-8")
    return folder


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _child(code: str, *, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python (no TensorFlow), from the repository."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)


def _kill_at(step: str) -> str:
    return f"""
        import os
        from core import atomic
        atomic.STEP_HOOK = lambda step: os._exit(9) if step == {step!r} else None
    """


# -- a run folder swapped whole: killed at each step ------------------------------------------
@pytest.mark.parametrize("step, survivor", [("aside", "1"), ("placed", "2")])
def test_a_run_replacement_killed_at_any_step_leaves_one_complete_run(tmp_path, step,
                                                                      survivor):
    runs = tmp_path / "runs"
    target = _fake_run(runs / "first", "1")
    staged = _fake_run(tmp_path / "new", "2")
    done = _child(_kill_at(step) + f"""
        from pathlib import Path
        from core.run_place import claim_run_dir, place_run
        claim = claim_run_dir(Path({str(target)!r}), overwrite=True)
        staging = atomic.make_staging_folder(claim.target)
        for item in Path({str(staged)!r}).iterdir():
            os.rename(item, staging / item.name)
        place_run(claim, staging)
        print("placed")
    """)
    assert done.returncode == 9, done.stderr
    assert _hidden(runs), "the kill left the swap half-done"
    listed = list_saved_runs(runs)  # the next reader puts the place right
    assert [(run.path, run.summary) for run in listed] == [(target, f"run {survivor}")]
    assert (target / MODEL_FILE).read_bytes() == f"model {survivor}".encode() * 1000
    assert _hidden(runs) == [], "the dead process's hidden folders are gone"


def test_a_run_replacement_that_fails_at_the_swap_keeps_the_earlier_run(tmp_path, monkeypatch):
    target = _fake_run(tmp_path / "runs" / "first", "1")
    before = sorted((p.name, p.read_bytes()) for p in target.iterdir())
    claim = claim_run_dir(target, overwrite=True)
    staging = atomic.make_staging_folder(target)
    shutil.copytree(_fake_run(tmp_path / "new", "2"), staging, dirs_exist_ok=True)

    def full_disk(step: str) -> None:
        if step == "aside":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "STEP_HOOK", full_disk)
    with pytest.raises(OSError, match="No space"):
        place_run(claim, staging)
    claim.release()
    shutil.rmtree(staging)
    assert sorted((p.name, p.read_bytes()) for p in target.iterdir()) == before
    assert _hidden(target.parent) == []


def test_the_final_placement_refuses_a_run_it_did_not_claim(tmp_path):
    target = tmp_path / "runs" / "first"
    claim = claim_run_dir(target)  # empty: nothing to replace
    _fake_run(target, "9")  # someone else (an older version, by hand) saved a run meanwhile
    staging = atomic.make_staging_folder(target)
    shutil.copytree(_fake_run(tmp_path / "new", "2"), staging, dirs_exist_ok=True)
    with pytest.raises(CoreError, match="something else was saved there"):
        place_run(claim, staging)
    claim.release()
    assert read_saved_run(target).summary == "run 9", "the other run is kept"


# -- the lock: two real processes -------------------------------------------------------------
def _holder(target: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from core.run_place import claim_run_dir
            claim = claim_run_dir({str(target)!r})
            print("held", flush=True)
            sys.stdin.read()
        """)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_train_into_a_claimed_folder_fails_at_start_and_a_killed_holders_claim_is_free(
        tmp_path):
    from tests.core.tiny_runs import make_dataset

    photos = make_dataset(tmp_path / "photos", per_class=3)
    target = tmp_path / "run"
    holder = _holder(target)
    try:
        with pytest.raises(PlaceBusyError, match="in use by another Alpaca Studio process"):
            claim_run_dir(target)
        second = subprocess.run(
            [sys.executable, "-m", "core.cli", "train", str(photos), "--out", str(target),
             "--weights", "none", "--json"], cwd=REPO, capture_output=True, text=True,
            timeout=120)
        assert second.returncode == 1
        assert "in use by another Alpaca Studio process" in second.stderr.splitlines()[-1]
        assert "in use" in json.loads(second.stdout)["error"]
        assert "Epoch" not in second.stderr, "refused at start, not after training"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    claim = claim_run_dir(target)  # the operating system let go of the dead holder's lock
    claim.release()


# -- stale staging folders of dead processes --------------------------------------------------
def test_a_killed_saves_hidden_folder_is_cleaned_up_and_never_listed(tmp_path):
    runs = tmp_path / "runs"
    _fake_run(runs / "kept", "1")
    stale = runs / ".second.saving-4000001-0123abcd"  # no living process has this pid
    _fake_run(stale, "2")
    (stale / "big").write_bytes(bytes(10_000_000))
    assert [run.path.name for run in list_saved_runs(runs)] == ["kept"]
    assert not stale.exists(), "10 MB of a dead save do not stay forever"


def test_a_living_saves_hidden_folder_is_left_alone(tmp_path):
    runs = tmp_path / "runs"
    holder = _holder(runs / "second")
    try:
        busy = runs / ".second.saving-4000001-0123abcd"
        _fake_run(busy, "2")
        assert list_saved_runs(runs) == []
        assert busy.exists(), "its owner is still saving it"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert list_saved_runs(runs) == [] and not busy.exists()


def test_a_folder_without_its_completion_marker_is_no_run_but_an_old_run_still_is(tmp_path):
    unfinished = _fake_run(tmp_path / "runs" / "unfinished", "1", marker=False)
    old = _fake_run(tmp_path / "runs" / "from-last-year", "2", marker=False, version=1)
    assert read_saved_run(unfinished) is None
    assert [run.path for run in list_saved_runs(tmp_path / "runs")] == [old]


# -- --out that cannot hold a run is refused before training ---------------------------------
def test_out_that_cannot_hold_a_run_is_refused_before_anything_is_made(tmp_path, monkeypatch):
    with pytest.raises(CoreError, match="name is too long"):
        claim_run_dir(tmp_path / ("r" * 240))  # fits, but not with the staging suffix
    with pytest.raises(CoreError, match="cannot be saved in /proc"):
        claim_run_dir(Path("/proc/self/run"))
    monkeypatch.setattr(atomic.shutil, "disk_usage",
                        lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 5_000_000,
                                                              5_000_000))
    with pytest.raises(CoreError, match="disk is full.*5 MB free, about 80 MB needed"):
        claim_run_dir(tmp_path / "deep" / "er" / "run")
    assert sorted(os.listdir(tmp_path)) == [], "no folder, lock or staging folder is left"


def test_train_refuses_an_out_it_cannot_fill_before_training(tmp_path):
    from tests.core.test_cli import _assert_one_line_error, _run
    from tests.core.tiny_runs import make_dataset

    photos = make_dataset(tmp_path / "photos", per_class=3)
    status, _, err = _run("train", photos, "--out", tmp_path / ("r" * 240), "--weights", "none")
    _assert_one_line_error(status, err, "name is too long")
    assert "Epoch" not in err


# -- files that belong together (a .keras export beside its labels), killed halfway -----------
@pytest.mark.parametrize("step", ["replaced-1", "replaced-2"])
def test_files_replaced_together_and_killed_halfway_come_back_as_they_were(tmp_path, step):
    share = tmp_path / "share"
    share.mkdir()
    names = ("model.keras", "model.labels.txt", "model.json")
    for name in names:
        (share / name).write_text(f"old {name}", encoding="utf-8")
    done = _child(_kill_at(step) + f"""
        from pathlib import Path
        share = Path({str(share)!r})
        with atomic.claimed(share / "model.keras", "export"):
            staging = atomic.make_staging_folder(share / "model.keras")
            pairs = []
            for name in {names!r}:
                (staging / ("new-" + name)).write_text("new " + name)
                pairs.append((staging / ("new-" + name), share / name))
            atomic.replace_together(pairs, staging)
    """)
    assert done.returncode == 9, done.stderr
    assert (share / "model.keras").read_text(encoding="utf-8") == "new model.keras", \
        "the kill came halfway"
    atomic.settle(share / "model.keras")  # what the next export or load of it does first
    assert {name: (share / name).read_text(encoding="utf-8") for name in names} == {
        name: f"old {name}" for name in names}
    assert _hidden(share) == []


def test_a_lock_is_free_again_once_released_and_held_twice_is_refused(tmp_path):
    first = try_acquire(tmp_path / "place")
    assert first is not None and try_acquire(tmp_path / "place") is None
    first.release()
    again = try_acquire(tmp_path / "place")
    assert again is not None
    again.release()
    assert _hidden(tmp_path) == []


def test_a_folder_of_someone_elses_files_is_never_claimed_for_a_run(tmp_path):
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    (desktop / "thesis.txt").write_text("important", encoding="utf-8")
    for overwrite in (False, True):
        with pytest.raises(CoreError, match=r"already holds other files \(thesis.txt\)"):
            claim_run_dir(desktop, overwrite=overwrite)
    assert sorted(os.listdir(desktop)) == ["thesis.txt"] and _hidden(tmp_path) == []
