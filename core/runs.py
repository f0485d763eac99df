"""Training runs on disk: saving a finished run (listing and deleting: `core.run_index`)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.atomic import make_staging_folder, write_text_atomic
from core.errors import ModelFileError
from core.messages import QT_TRANSLATE_NOOP, say
from core.model_files import (
    MODEL_FILE,
    ModelMetadata,
    library_versions,
    now_iso,
    save_model,
)
from core.run_index import (
    COMPLETE_FILE,
    EVALUATION_FILE,
    SavedRun,
    complete_marker,
    delete_saved_run,
    list_saved_runs,
    read_run_evaluation,
    read_saved_run,
)
from core.run_place import RunClaim, claim_run_dir, place_run
from core.safe_text import json_safe, label_text, safe_text

if TYPE_CHECKING:
    from core.training import TrainResult

__all__ = ["EVALUATION_FILE", "RunInfo", "delete_run", "list_runs", "metadata_for",
           "new_run_dir", "read_evaluation", "read_run", "save_run"]


def metadata_for(result: TrainResult) -> ModelMetadata:
    evaluation = result.evaluation
    report = result.report
    return ModelMetadata(
        class_names=tuple(label_text(n) for n in result.class_names),
        image_size=result.config.image_size,
        threshold=evaluation.threshold,
        created=now_iso(),
        training={**result.config.to_dict(), "best_epoch": result.best_epoch,
                  "seconds_frozen": round(result.seconds_frozen, 2),
                  "seconds_fine_tune": round(result.seconds_fine_tune, 2),
                  "total_seconds": round(result.total_seconds, 2),
                  "history": [record.__dict__ for record in result.history]},
        metrics={"val_accuracy": evaluation.accuracy,
                 "val_accuracy_frozen": result.val_accuracy_frozen,
                 "correct": evaluation.correct, "total": evaluation.total,
                 "summary": evaluation.summary(),
                 "per_class": evaluation.to_dict()["per_class"],
                 "confusion_matrix": evaluation.to_dict()["confusion_matrix"]},
        dataset={"root": safe_text(str(report.root)), "fingerprint": report.fingerprint,
                 "counts": report.counts, "train": int(len(result.split.train)),
                 "validation": int(len(result.split.validation)),
                 "skipped": len(report.skipped)},
        versions=library_versions(),
    )


def save_run(result: TrainResult, out_dir: str | Path, *,
             claim: RunClaim | None = None) -> Path:
    """Save a finished run: model, metadata, labels and the per-photo validation results.

    All of it is written in a hidden folder beside `out_dir`, ends with
    `COMPLETE_FILE`, and is then put in place by one rename (an earlier run is
    swapped out whole: `core.atomic.place_folder`), so a full disk, a crash or a
    kill never leaves half a run, or a mix of two, where it would be found.

    Args:
        claim: the claim on `out_dir` taken before training (`claim_run_dir`), which
            says whether an earlier run there may be replaced. Without one, `out_dir`
            is claimed now and must not hold a run.

    Raises:
        ModelFileError: the run could not be written; nothing of it was left behind,
            and an earlier run in `out_dir` is as it was.
        CoreError: `out_dir` cannot be claimed (it holds a run, or is in use).
    """
    out_dir = Path(out_dir)
    metadata = metadata_for(result)
    try:  # strict JSON before anything is written: a diverged run has NaN in its numbers
        json.dumps(metadata.to_dict(), allow_nan=False)
        evaluation = json.dumps(json_safe(result.evaluation.to_dict()), indent=2,
                                ensure_ascii=False, allow_nan=False)
    except ValueError as error:
        raise ModelFileError(QT_TRANSLATE_NOOP(
            "core", "The run was not saved: training went wrong (some of its numbers are not "
            "numbers, NaN). Try a smaller learning rate.")) from error
    own_claim = claim is None
    if claim is None:
        claim = claim_run_dir(out_dir)
    staging = None
    try:
        staging = make_staging_folder(claim.target)
        save_model(result.model, metadata, staging)
        write_text_atomic(staging / EVALUATION_FILE, evaluation)
        write_text_atomic(staging / COMPLETE_FILE, complete_marker(staging))  # last
        place_run(claim, staging)
    except ModelFileError as error:  # from save_model, naming the hidden folder
        raise ModelFileError(str(error).replace(str(staging), str(out_dir))) from error
    except OSError as error:
        raise ModelFileError(say(QT_TRANSLATE_NOOP(
            "core", "The model could not be saved in {folder}: {reason}."),
            folder=out_dir, reason=error.strerror or error)) from error
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)  # our own folder; gone once renamed
        if own_claim:
            claim.release()
    return out_dir / MODEL_FILE


def new_run_dir(runs_dir: str | Path) -> Path:
    """A fresh, unused folder name for a run, named after the time it starts."""
    runs_dir = Path(runs_dir)
    stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    candidate, number = runs_dir / stamp, 2
    while candidate.exists():
        candidate, number = runs_dir / f"{stamp}_{number}", number + 1
    return candidate


# Reading, listing and deleting runs needs no TensorFlow: the window uses
# `core.run_index` directly; these names are kept for the engine's callers.
RunInfo = SavedRun
read_run = read_saved_run
list_runs = list_saved_runs
read_evaluation = read_run_evaluation
delete_run = delete_saved_run
