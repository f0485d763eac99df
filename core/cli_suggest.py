"""The ``audit`` and ``suggest`` commands of ``alpaca-studio``, registered by `core.cli`.

    alpaca-studio audit DIR [--json]
    alpaca-studio suggest DIR PHOTO_OR_FOLDER... [--json]

As in `core.cli`: progress goes to stderr; with ``--json`` stdout carries exactly
one JSON document; errors raise `CoreError`, which `core.cli.main` turns into one
line on stderr (and ``{"error": ...}`` with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.errors import CoreError
from core.terminal import ProgressBar


def add_audit_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``audit`` to `subparsers` (from ``parser.add_subparsers``)."""
    audit = subparsers.add_parser(
        "audit", help="find photos that may be in the wrong folder, and near-copies")
    audit.add_argument("directory", type=Path, help="a folder with one subfolder per class")
    _add_common(audit)
    audit.set_defaults(run=run_audit)
    return audit


def add_suggest_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``suggest`` to `subparsers` (from ``parser.add_subparsers``)."""
    suggest = subparsers.add_parser(
        "suggest", help="suggest a class for photos, learnt from the sorted ones (no training)")
    suggest.add_argument("directory", type=Path, help="a folder with one subfolder per class")
    suggest.add_argument("paths", type=Path, nargs="+", metavar="PHOTO_OR_FOLDER",
                         help="photos or folders of photos to suggest a class for")
    _add_common(suggest)
    suggest.set_defaults(run=run_suggest)
    return suggest


def run_audit(args: argparse.Namespace, out) -> int:
    """``audit DIR``: suspects most suspicious first, then near-copy groups."""
    from core.photo_audit import audit_folder

    bar = ProgressBar("Looking at the photos", enabled=True)
    try:
        audit = audit_folder(args.directory, image_size=args.image_size,
                             weights=_weights(args.weights),
                             on_progress=lambda p: bar.update(p.done / max(p.total, 1)))
    finally:
        bar.close()
    if args.json:
        _print_json(out, audit.to_dict())
        return 0
    document = audit.to_dict()
    lines = []
    suspects = document["suspects"]
    if suspects:
        lines.append(f"{len(suspects)} photo{'s' if len(suspects) != 1 else ''} may be in "
                     "the wrong folder:")
        lines += [f"  {s['path']}: in '{s['class']}', looks like '{s['suggested']}' "
                  f"({s['confidence']:.0%} sure)" for s in suspects]
    else:
        lines.append("No photo looks like it is in the wrong folder.")
    contradicting = {tuple(group) for group in document["near_duplicates_across_classes"]}
    groups = document["near_duplicates"]
    if groups:
        lines.append(f"{len(groups)} group{'s' if len(groups) != 1 else ''} of near-copies "
                     "(the same photo resized, cropped, brightened or mirrored):")
        for group in groups:
            warning = ("  IN DIFFERENT CLASSES: keep one class"
                       if tuple(group) in contradicting else "")
            lines.append(f"  {len(group)} photos{warning}:")
            lines += [f"    {path}" for path in group]
    else:
        lines.append("No near-copies found.")
    if document["skipped"]:
        lines.append(f"Skipped {len(document['skipped'])} unreadable file(s):")
        lines += [f"  {s['path']}: {s['reason']}" for s in document["skipped"]]
    print("\n".join(lines), file=out)
    return 0


def run_suggest(args: argparse.Namespace, out) -> int:
    """``suggest DIR PHOTO…``: one suggested class per photo, or why it cannot be read."""
    from core.photo_audit import suggest_for_photos

    bar = ProgressBar("Looking at the photos", enabled=True)
    try:
        answers, warnings = suggest_for_photos(
            args.directory, args.paths, image_size=args.image_size,
            weights=_weights(args.weights),
            on_progress=lambda p: bar.update(p.done / max(p.total, 1)))
    finally:
        bar.close()
    for warning in warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    if not answers:
        raise CoreError("No photos found in " + ", ".join(str(p) for p in args.paths) + ".")
    if args.json:
        _print_json(out, [answer.to_dict() for answer in answers])
    else:
        width = min(60, max(len(str(a.path)) for a in answers))
        for a in answers:
            text = f"{a.label} ({a.probability:.0%} sure)" if a.ok else f"error: {a.error}"
            print(f"{str(a.path):<{width}}  {text}", file=out)
    failed = sum(not a.ok for a in answers)
    if failed == len(answers):
        print(f"alpaca-studio: error: none of the {failed} file(s) could be read.",
              file=sys.stderr)
        return 1
    if failed:
        print(f"{failed} of {len(answers)} file(s) could not be read.", file=sys.stderr)
    return 0


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--image-size", type=int, default=160, choices=(160, 224),
                        help="photo size in pixels the network looks at (default 160)")
    parser.add_argument("--weights", metavar="FILE", default="imagenet",
                        help="MobileNetV2 ImageNet weights file (.h5) to use instead of the "
                        "download/cache ('none': random weights, for testing)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")


def _weights(value: str):
    if value == "none":
        return None
    return value if value == "imagenet" else str(Path(value).expanduser().resolve())


def _print_json(out, document) -> None:
    # As core.cli: strict JSON (no NaN), one document, flushed.
    out.write(json.dumps(document, indent=2, ensure_ascii=False, default=str,
                         allow_nan=False) + "\n")
    out.flush()
