"""The ``alpaca-studio`` command line: the app's engine without a window.

    alpaca-studio check DIR [--json]
    alpaca-studio train DIR --out RUN_DIR [options] [--json]
    alpaca-studio predict RUN_DIR_OR_MODEL PATH... [--csv FILE] [--heatmaps DIR] [--json]
    alpaca-studio export RUN_DIR_OR_MODEL --format keras|savedmodel|tflite --out PATH
                         [--verify] [--json]
    alpaca-studio audit DIR [--json]
    alpaca-studio suggest DIR PHOTO_OR_FOLDER... [--json]

Progress goes to stderr; with ``--json`` stdout carries exactly one JSON document,
valid UTF-8 whatever the file names (bytes that are not UTF-8 are written ``\\xNN``;
`core.safe_text`). On failure the exit status is 1 (2 for a wrong argument) and
stderr ends with one line saying why; with ``--json`` stdout then holds
``{"error": "…"}``. A closed stdout is a quiet failure, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from core import distribute
from core.augment_config import AugmentConfig
from core.cli_suggest import add_audit_parser, add_suggest_parser
from core.errors import CoreError, TrainingCancelled
from core.safe_text import json_safe, label_text, safe_text
from core.terminal import Background, ProgressBar, hide_native_log_lines, process_seconds
from core.train_progress import PHASE_FROZEN

PROG = "alpaca-studio"
# The check's progress bar is redrawn at most this often (seconds).
PROGRESS_SECONDS = 0.1


class _ArgumentError(Exception):
    """An argument the parser refused: reported as one line (and as JSON with --json)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print and exit; we report it ourselves
        error = _ArgumentError(message)
        error.usage = self.format_usage().rstrip()
        raise error


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; returns the process exit status."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    argv = list(sys.argv[1:] if argv is None else argv)
    if sys.stderr is None:  # started with stderr closed (2>&-): say nothing, but never crash
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:  # started with stdout closed (>&-): nowhere for the answer to go
        print(f"{PROG}: error: the output (stdout) is closed; nothing was done.",
              file=sys.stderr)
        return 1
    out = _SafeText(sys.stdout)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        _check_combinations(args, parser)
    except _ArgumentError as error:
        message = safe_text(str(error))
        print(error.usage, file=sys.stderr)
        print(f"{PROG}: error: {message}", file=sys.stderr)
        if "--json" in argv:
            with contextlib.suppress(OSError, ValueError):
                _print_json(out, {"error": message})
        return 2
    restore = hide_native_log_lines() if not os.environ.get("ALPACA_STUDIO_DEBUG") else None
    try:
        # Libraries print (Keras' download notice, for one): keep stdout for our output.
        with contextlib.redirect_stdout(sys.stderr):
            status = args.run(args, out)
        out.flush()  # here, where a reader that went away is handled
        return status
    except TrainingCancelled as error:
        return _fail(args, out, str(error), 130, prefix="")
    except KeyboardInterrupt:
        return _fail(args, out, "interrupted; nothing was saved.", 130, prefix="")
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more to say, and no one to say it to.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return 141
    except _OutputClosed as error:
        print(f"{PROG}: error: the answer could not be written: {error}", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return 1
    except (CoreError, ValueError) as error:
        return _fail(args, out, _one_line(error), 1)
    except OSError as error:  # a full disk, a name too long, a folder that went away
        where = f" ({error.filename})" if error.filename else ""
        return _fail(args, out, f"{error.strerror or error}{where}", 1)
    finally:
        if restore is not None:
            restore()


def _check_combinations(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Arguments that parse one by one but not together: refused as a wrong argument (exit 2)."""
    if getattr(args, "heatmap_class", None) is not None and args.heatmaps is None:
        error = _ArgumentError("--heatmap-class needs --heatmaps DIR (where the heatmaps go).")
        error.usage = parser.format_usage().rstrip()
        raise error


def _fail(args: argparse.Namespace, out, reason: str, status: int,
          prefix: str = "error: ") -> int:
    """Say why on stderr in one line; with --json, stdout still gets its one document."""
    reason = safe_text(reason)
    print(f"{PROG}: {prefix}{reason}", file=sys.stderr)
    if getattr(args, "json", False):
        with contextlib.suppress(OSError, ValueError, _OutputClosed):
            _print_json(out, {"error": reason})
    return status


class _OutputClosed(Exception):
    """stdout cannot be written (closed, or not a file one can write to)."""


class _SafeText:
    """stdout that gets valid UTF-8 text only (`core.safe_text`) and says when it is closed."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(safe_text(text))
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:  # EBADF: closed; ValueError: closed file
            raise _OutputClosed(_plain_os_reason(error)) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:
            raise _OutputClosed(_plain_os_reason(error)) from error

    def fileno(self) -> int:
        return self._stream.fileno()


def _plain_os_reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.errno == errno.EBADF:
        return "the output (stdout) is closed."
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}."
    return "the output (stdout) is closed."


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG, description="Build your own image classifier. Without a command, "
        "the Alpaca Studio window opens.")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True,
                                     parser_class=_Parser)

    check = commands.add_parser("check", help="check a folder of class folders")
    check.add_argument("directory", type=Path, help="a folder with one subfolder per class")
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.set_defaults(run=run_check)

    train = commands.add_parser("train", help="train a classifier and save it")
    train.add_argument("directory", type=Path, help="a folder with one subfolder per class")
    train.add_argument("--out", type=Path, required=True, metavar="RUN_DIR",
                       help="folder to save the model and its metadata in")
    train.add_argument("--frozen-epochs", type=int, default=5, metavar="N",
                       help="epochs training only the new top layer (default 5)")
    train.add_argument("--fine-tune-epochs", type=int, default=5, metavar="M",
                       help="epochs fine-tuning the last layers too (default 5)")
    train.add_argument("--seed", type=int, default=42, metavar="S",
                       help="seed for the split and training (default 42)")
    train.add_argument("--image-size", type=int, default=160, choices=(160, 224),
                       help="photo size in pixels (default 160)")
    train.add_argument("--weights", metavar="FILE", default="imagenet",
                       help="MobileNetV2 ImageNet weights file (.h5) to use instead of the "
                       "download/cache ('none': random weights, for testing)")
    train.add_argument("--learning-rate", type=float, default=1e-3, metavar="LR",
                       help="learning rate of the first phase (default 0.001)")
    train.add_argument("--fine-tune-at", type=int, default=120, metavar="LAYER",
                       help="first MobileNetV2 layer to fine-tune (default 120)")
    train.add_argument("--fine-tune-factor", type=float, default=0.1, metavar="F",
                       help="fine-tuning learning rate as a share of --learning-rate "
                       "(default 0.1)")
    train.add_argument("--dropout", type=float, default=0.2, metavar="D",
                       help="dropout before the last layer (default 0.2)")
    train.add_argument("--validation-split", type=float, default=0.2, metavar="F",
                       help="share of photos kept for validation (default 0.2)")
    train.add_argument("--batch-size", type=int, default=32, metavar="B")
    train.add_argument("--augmented-versions", type=int, default=3, metavar="K",
                       help="augmented versions of each photo through the frozen layers; "
                       "epochs cycle through them (default 3)")
    train.add_argument("--no-flip", action="store_true", help="no horizontal flips")
    default_rotation = AugmentConfig().rotation
    train.add_argument("--rotation", type=float, default=default_rotation, metavar="R",
                       help="random rotation, fraction of a full turn (default "
                            f"{default_rotation:g} = ±{default_rotation * 360:g}°; the "
                            "course's recipe: 0.2)")
    train.add_argument("--overwrite", action="store_true",
                       help="replace the run already saved in RUN_DIR")
    train.add_argument("--strategy", choices=distribute.STRATEGIES, default=None,
                       help="train on every local GPU (mirrored) or on the machines that "
                       "TF_CONFIG lists (multi-worker); --batch-size is then the batch of "
                       "all devices together (default: one device)")
    train.add_argument("--json", action="store_true", help="print one JSON document")
    train.set_defaults(run=run_train)

    predict = commands.add_parser(
        "predict", help="predict photos with a trained model",
        description="A label and probability per photo (or the reason it cannot be read). "
        "\"Not sure\": with two classes, --unsure-band LOW HIGH answers \"not sure\" when "
        "the probability of the second class is from LOW up to (not including) HIGH, the "
        "second class from HIGH up and the first below LOW; with more classes, "
        "--unsure-below P answers \"not sure\" when the most probable class is under P. A "
        "\"not sure\" answer has \"label\": null and \"unsure\": true in --json (an empty "
        "label and unsure=true in the CSV), with every class probability kept.")
    predict.add_argument("model", type=Path, metavar="RUN_DIR_OR_MODEL")
    predict.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                         help="photos or folders of photos")
    predict.add_argument("--csv", type=Path, metavar="FILE", help="also write a CSV file")
    predict.add_argument("--overwrite", action="store_true",
                         help="replace the CSV file if it exists")
    deciding = predict.add_mutually_exclusive_group()
    deciding.add_argument("--threshold", type=float, default=None, metavar="T",
                          help="two classes: probability of the second class at which it wins "
                          "(default: the model's own)")
    deciding.add_argument("--unsure-band", type=float, nargs=2, default=None,
                          metavar=("LOW", "HIGH"),
                          help="two classes: say \"not sure\" when the probability of the "
                          "second class is from LOW up to HIGH (e.g. 0.4 0.6); replaces "
                          "--threshold")
    predict.add_argument("--unsure-below", type=float, default=None, metavar="P",
                         help="three or more classes: say \"not sure\" when the most probable "
                         "class is under P (e.g. 0.6)")
    predict.add_argument("--heatmaps", type=Path, metavar="DIR",
                         help="also write DIR/<photo stem>.heatmap.png for each readable "
                         "photo (a name taken by another photo gets \" (2)\"): grayscale, the "
                         "photo's size, white where the evidence for the class answered weighed "
                         "most (the most probable class when \"not sure\"); --json gives each "
                         "record its \"heatmap\"")
    predict.add_argument("--heatmap-class", metavar="NAME",
                         help="with --heatmaps: the evidence for this class instead")
    predict.add_argument("--json", action="store_true", help="print one JSON document")
    predict.set_defaults(run=run_predict)

    export = commands.add_parser(
        "export", help="export a model for use elsewhere",
        description="Writes the model with its labels file, its settings and a README "
        "(input size, RGB 0-255, how a photo is resized, a Python example).")
    export.add_argument("model", type=Path, metavar="RUN_DIR_OR_MODEL")
    export.add_argument("--format", required=True, choices=("keras", "savedmodel", "tflite"))
    export.add_argument("--out", type=Path, required=True, metavar="PATH")
    export.add_argument("--overwrite", action="store_true", help="replace an existing export")
    export.add_argument("--verify", action="store_true",
                        help="run the export in its own runtime (LiteRT, TensorFlow, Keras) on "
                        "the run's validation photos and compare its answers with the app's; "
                        "exit 1 if any label differs")
    export.add_argument("--json", action="store_true", help="print one JSON document")
    export.set_defaults(run=run_export)
    add_audit_parser(commands)
    add_suggest_parser(commands)
    return parser


# -- commands ------------------------------------------------------------------------------
def run_check(args: argparse.Namespace, out) -> int:
    from core.dataset import check_dataset

    # A terminal sees "Checking photos: 2,400 of 6,000"; --json and a pipe get nothing extra.
    bar = ProgressBar("Checking photos", enabled=not args.json)
    shown = [0.0]

    def progress(event) -> None:
        now = time.monotonic()
        if event.done < event.total and now - shown[0] < PROGRESS_SECONDS:
            return  # thousands of photos: the bar is redrawn a few times a second, not each
        shown[0] = now
        bar.label = f"Checking photos: {event.done:,} of {event.total:,}"
        bar.update(event.done / max(event.total, 1))

    try:
        report = check_dataset(args.directory, on_progress=progress)
    finally:
        bar.close()
    problems = report.problems_for_training()
    if args.json:
        _print_json(out, {**report.to_dict(), "trainable": not problems, "problems": problems})
    else:
        lines = [f"{report.root}: {len(report.photos)} photos in {len(report.class_names)} classes"]
        lines += [f"  {label_text(name)}: {count}" for name, count in report.counts.items()]
        if report.skipped:
            lines.append(f"Skipped {len(report.skipped)} file(s):")
            lines += [f"  {s.path}: {s.reason}" for s in report.skipped]
        lines += [f"Warning: {w}" for w in report.warnings]
        lines += [f"Cannot train: {p}" for p in problems]
        print("\n".join(lines), file=out)
    return 1 if problems else 0


def run_train(args: argparse.Namespace, out) -> int:
    from core.train_config import TrainConfig

    augmentation = AugmentConfig(horizontal_flip=not args.no_flip, rotation=args.rotation)
    weights = (None if args.weights == "none" else args.weights if args.weights == "imagenet"
               else str(Path(args.weights).expanduser().resolve()))
    config = TrainConfig(
        frozen_epochs=args.frozen_epochs, fine_tune_epochs=args.fine_tune_epochs,
        learning_rate=args.learning_rate, fine_tune_at=args.fine_tune_at,
        fine_tune_factor=args.fine_tune_factor, dropout=args.dropout,
        image_size=args.image_size, batch_size=args.batch_size,
        validation_split=args.validation_split, seed=args.seed,
        augmentation=augmentation, weights=weights, augmented_versions=args.augmented_versions)
    if weights not in (None, "imagenet"):
        _check_weights_file(Path(weights))
    # Before minutes of training: RUN_DIR is checked, and held for this run until it
    # is saved (a second `train` into it is refused at once). A multi-worker run is
    # saved by its chief alone: the other workers never touch RUN_DIR.
    args.chief = distribute.is_chief(args.strategy)
    args.claim = (_claim_run_dir(args.out, args.directory, args.overwrite) if args.chief
                  else None)
    bar = ProgressBar("Checking photos", enabled=True)
    stop = threading.Event()  # Ctrl+C: the photo check stops too, not only this thread
    try:
        return _train(args, out, config, bar, stop)
    except BaseException:
        stop.set()
        raise
    finally:
        bar.close()
        if args.claim is not None:
            args.claim.release()


def _train(args: argparse.Namespace, out, config, bar: ProgressBar,
           stop: threading.Event) -> int:
    from core.dataset import check_dataset
    from core.evaluation import validation_share_text

    # Decode the photos on the other core while TensorFlow is imported (seconds of
    # single-threaded Python): each photo is still decoded exactly once.
    checking = Background(check_dataset, args.directory, image_size=config.image_size,
                          keep_images=False, should_stop=stop.is_set,
                          on_progress=lambda p: bar.update(0.05 * p.done / max(p.total, 1)))
    from core.runs import save_run
    from core.training import train_classifier

    # Before TensorFlow runs anything: logical CPU devices, a cluster (`core.distribute`).
    strategy = distribute.make_strategy(args.strategy)
    report = checking.result()

    def progress(event) -> None:
        if event.kind == "stage" or event.kind == "batch":
            eta = f", {event.eta:.0f} s left" if event.eta else ""
            epoch = f" — epoch {event.epoch}/{event.epochs}" if event.epoch else ""
            bar.label = f"{event.message}{epoch}{eta}"
            bar.update(event.fraction)
        elif event.kind == "epoch":
            bar.line(f"Epoch {event.epoch}/{event.epochs} ({event.message.lower()}): "
                     f"accuracy {event.accuracy:.3f}, validation accuracy "
                     f"{event.val_accuracy:.3f} (loss {event.val_loss:.3f})")

    result = train_classifier(report, config, on_progress=progress, strategy=strategy)
    model_path = save_run(result, args.out, claim=args.claim) if args.chief else None
    bar.close()
    total = process_seconds()
    report, evaluation = result.report, result.evaluation
    if args.json:
        _print_json(out, {
            "val_accuracy": evaluation.accuracy,
            # The 95% Wilson interval: a score on few photos is a range, not a point.
            "val_accuracy_low": evaluation.accuracy_low,
            "val_accuracy_high": evaluation.accuracy_high,
            "val_correct": evaluation.correct,
            "val_accuracy_frozen": result.val_accuracy_frozen,
            "seconds_frozen": round(result.seconds_frozen, 3),
            "seconds_fine_tune": round(result.seconds_fine_tune, 3),
            "total_seconds": round(total, 3),
            "train_seconds": round(result.total_seconds, 3),
            "best_epoch": result.best_epoch,
            "counts": report.counts,
            "train": int(len(result.split.train)),
            "validation": int(len(result.split.validation)),
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in report.skipped],
            "warnings": list(report.warnings),
            "per_class": evaluation.to_dict()["per_class"],
            "confusion_matrix": evaluation.to_dict()["confusion_matrix"],
            "history": [record.__dict__ for record in result.history],
            "model": str(model_path) if model_path else None,
            "run_dir": str(Path(args.out)) if model_path else None,
            "strategy": args.strategy,
            "replicas": distribute.replicas(strategy),
        })
    else:
        score = evaluation.summary_with_range()
        if result.val_accuracy_frozen is not None:
            score += f"; after the frozen phase: {result.val_accuracy_frozen:.0%}"
        lines = [score, "  " + validation_share_text(
            len(result.split.validation), len(report.photos), config.validation_split) + "."]
        if evaluation.caution():
            lines.append("  " + evaluation.caution())
        for i, name in enumerate(result.class_names):
            lines.append(f"  {name}: precision {evaluation.precision[i]:.0%}, "
                         f"recall {evaluation.recall[i]:.0%}")
        lines.append(_kept_epoch_line(result))
        if report.skipped:
            lines.append(f"Skipped {len(report.skipped)} unreadable file(s):")
            lines += [f"  {s.path}: {s.reason}" for s in report.skipped]
        if strategy is not None:
            lines.append(f"Trained with {distribute.replicas(strategy)} replicas in step "
                         f"(--strategy {args.strategy}).")
        if model_path:
            lines.append(f"Saved the model in {args.out} ({total:.0f} s in all).")
        else:
            lines.append(f"Not saved by {distribute.task_text()}: the chief of the cluster "
                         f"saves the run ({total:.0f} s in all).")
        print("\n".join(lines), file=out)
    return 0


def _kept_epoch_line(result) -> str:
    """Which epoch's model was kept, and why: a score can dip while the model gets surer."""
    kept = next(r for r in result.history if r.epoch == result.best_epoch)
    line = (f"Kept the model of epoch {kept.epoch} of {len(result.history)}: the lowest "
            f"validation loss ({kept.val_loss:.3f}")
    frozen = [r for r in result.history if r.phase == PHASE_FROZEN]
    if frozen and kept.phase != PHASE_FROZEN:
        line += f"; {frozen[-1].val_loss:.3f} after the frozen phase"
    return line + ")."


def run_predict(args: argparse.Namespace, out) -> int:
    from core.model_files import load_model
    from core.prediction import predict_files, write_csv

    if args.csv:
        _check_csv(args.csv, args.paths, args.overwrite)
    loaded = load_model(args.model)
    heatmap_class = _class_index(loaded, args.heatmap_class)
    band = tuple(args.unsure_band) if args.unsure_band is not None else None
    bar = ProgressBar("Predicting", enabled=True)
    try:
        predictions = predict_files(loaded, args.paths, threshold=args.threshold,
                                    unsure_band=band, unsure_below=args.unsure_below,
                                    on_progress=lambda p: bar.update(p.done / max(p.total, 1)))
    finally:
        bar.close()
    if not predictions:
        raise CoreError("No photos found in " + ", ".join(str(p) for p in args.paths) + ".")
    heatmaps = _write_heatmaps(loaded, predictions, args.heatmaps, heatmap_class) \
        if args.heatmaps is not None else {}
    if args.json:
        records = []
        for p in predictions:
            record = p.to_dict(loaded.class_names)
            if p.ok and args.heatmaps is not None:
                made = heatmaps.get(p.path)
                if made is not None and made.path is not None:
                    record["heatmap"] = str(made.path)
                else:
                    record["heatmap_error"] = made.error if made else "no heatmap was made"
            records.append(record)
        _print_json(out, records)
    else:
        width = min(60, max(len(str(p.path)) for p in predictions))
        for p in predictions:
            print(f"{str(p.path):<{width}}  {_answer_text(p, loaded.class_names)}", file=out)
        failed = sum(not p.ok for p in predictions)
        if failed:
            print(f"{failed} of {len(predictions)} file(s) could not be read.", file=sys.stderr)
        if args.heatmaps is not None:
            written = sum(made.path is not None for made in heatmaps.values())
            print(f"Wrote {written} heatmap{'s' if written != 1 else ''} in {args.heatmaps}.",
                  file=out)
            for made in heatmaps.values():
                if made.path is None:
                    print(f"  no heatmap for {made.photo}: {made.error}", file=sys.stderr)
    if args.csv:  # after the answers are out: a CSV that cannot be written loses none of them
        try:
            write_csv(predictions, loaded.class_names, args.csv)
        except CoreError as error:
            if not args.json:
                raise
            # The answers were the one JSON document; the reason goes to stderr only.
            print(f"{PROG}: error: {_one_line(error)}", file=sys.stderr)
            return 1
    if not any(p.ok for p in predictions):
        print(f"{PROG}: error: none of the {len(predictions)} file(s) could be read.",
              file=sys.stderr)
        return 1
    return 0


def _answer_text(prediction, class_names: Sequence[str]) -> str:
    """"alpaca (99.5%)", "not sure (alpaca 55.0%, not alpaca 45.0%)" or "error: …"."""
    if not prediction.ok:
        return f"error: {prediction.error}"
    if not prediction.unsure:
        return f"{prediction.label} ({prediction.probability:.1%})"
    ranked = sorted(zip(prediction.probabilities, class_names), reverse=True)[:2]
    return "not sure (" + ", ".join(f"{label_text(name)} {value:.1%}"
                                    for value, name in ranked) + ")"


def _class_index(loaded, name: str | None) -> int | None:
    """The index of the class called `name` (None for None); a plain error naming the classes."""
    if name is None:
        return None
    if name in loaded.class_names:
        return loaded.class_names.index(name)
    names = [f"\"{label_text(n)}\"" for n in loaded.class_names]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    raise CoreError(f"This model has no class \"{label_text(name)}\"; its classes are "
                    f"{listed}.")


def _write_heatmaps(loaded, predictions, folder: Path, class_index: int | None) -> dict:
    """One heatmap per readable photo: for `class_index`, else the class it was answered.

    A "not sure" photo gets the evidence for its most probable class. Returns
    photo → `core.heatmap_files.HeatmapFile`.
    """
    from core.heatmap_files import write_heatmaps

    readable = [p for p in predictions if p.ok]
    if class_index is not None:
        classes = [class_index] * len(readable)
    else:
        classes = [loaded.class_names.index(p.label) if not p.unsure
                   else max(range(len(p.probabilities)), key=p.probabilities.__getitem__)
                   for p in readable]
    bar = ProgressBar("Making heatmaps", enabled=True)
    try:
        made = write_heatmaps(loaded, [p.path for p in readable], folder, class_indices=classes,
                              on_progress=lambda p: bar.update(p.done / max(p.total, 1)))
    finally:
        bar.close()
    return {result.photo: result for result in made}


def run_export(args: argparse.Namespace, out) -> int:
    from core.export import export_model
    from core.model_files import load_model

    loaded = load_model(args.model)
    result = export_model(loaded, args.format, args.out, overwrite=args.overwrite)
    check = None
    if args.verify:
        from core.export_check import check_export

        print("Checking the export in its own runtime on the run's validation photos…",
              file=sys.stderr)
        check = check_export(loaded, result.format, result.path)
    if args.json:
        document = {"format": result.format, "path": str(result.path),
                    "labels": str(result.labels), "readme": str(result.readme),
                    "files": [str(path) for path in result.files]}
        if check is not None:
            document["verified"] = check.to_dict()
        _print_json(out, document)
    else:
        print(f"Exported {result.format} model to {result.path} (labels: {result.labels}; "
              f"how to use it: {result.readme})", file=out)
        if check is not None:
            print(check.summary(), file=out)
    if check is not None and not check.all_same:
        reason = check.summary() if check.photos == 0 else (
            f"{check.photos - check.same_label} of {check.photos} photos get another answer "
            "from the export than in Alpaca Studio; do not use it.")
        print(f"{PROG}: error: {safe_text(reason)}", file=sys.stderr)
        return 1
    return 0


# -- helpers -------------------------------------------------------------------------------
def _claim_run_dir(run_dir: Path, data: Path, overwrite: bool):
    """Refuse a RUN_DIR that cannot or should not get the run, before any work; else claim it."""
    from core.run_place import claim_run_dir  # no TensorFlow: this check comes first

    return claim_run_dir(run_dir, data, overwrite=overwrite)


def _check_weights_file(path: Path) -> None:
    from core.errors import WeightsError
    from core.file_kinds import not_a_file_reason

    kind = not_a_file_reason(path)
    if kind:
        raise WeightsError(f"The weights file {path} is {kind}. Choose the MobileNetV2 "
                           "ImageNet weights file (.h5).")
    if not path.is_file():
        raise WeightsError(f"The weights file {path} does not exist. Choose the MobileNetV2 "
                           "ImageNet weights file (.h5) again.")


def _check_csv(csv_path: Path, inputs: Sequence[Path], overwrite: bool) -> None:
    """Refuse a CSV path that is a photo (any picture, by content), or an existing file."""
    from core.prediction import check_csv_target, collect_photos

    target = csv_path.expanduser()
    check_csv_target(target)  # a folder, a device, a picture: never, even with --overwrite
    if not target.exists() and not target.is_symlink():
        return
    photos = {os.path.realpath(path) for path, _ in collect_photos(inputs)}
    if os.path.realpath(target) in photos:
        raise CoreError(f"{csv_path} is one of the photos to predict; the CSV needs "
                        "another name.")
    if not overwrite:
        raise CoreError(f"{csv_path} already exists; choose another name, or add "
                        "--overwrite to replace it.")


def _print_json(out, document) -> None:
    # allow_nan=False: strict JSON readers refuse NaN; better an error here than there.
    # json_safe: a name that is not UTF-8 is written with \xNN escapes (`core.safe_text`).
    out.write(json.dumps(json_safe(document), indent=2, ensure_ascii=False, default=str,
                         allow_nan=False) + "\n")
    out.flush()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


if __name__ == "__main__":
    sys.exit(main())
