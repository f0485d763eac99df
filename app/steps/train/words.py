"""The Train step's words: one plain word per idea, the technical term kept for tooltips.

Every widget of the step (settings, progress, charts, results, the run list) takes
its words from here, so a "round" is a round everywhere.
"""

from __future__ import annotations

from core.train_progress import (
    PHASE_CHECKING,
    PHASE_DONE,
    PHASE_EVALUATING,
    PHASE_FINE_TUNE,
    PHASE_FROZEN,
    PHASE_PREPARING,
)

ROUND_TIP = ("A round is one pass over all your training photos (an epoch); each step of "
             "it learns from a few photos at once (a batch).")
REFINING_STARTS = "refining starts"
STARTING_MODEL_TIP = ("The starting model is MobileNetV2, already trained on the ImageNet "
                      "photos; training teaches it your classes.")
# What each phase of the engine is called on the page (the engine's own titles are
# a programmer's: "Loading MobileNetV2").
PHASE_WORDS = {
    PHASE_CHECKING: "Checking your photos",
    PHASE_PREPARING: "Loading the starting model",
    PHASE_FROZEN: "Learning your classes",
    PHASE_FINE_TUNE: "Refining the model",
    PHASE_EVALUATING: "Scoring the photos kept aside",
    PHASE_DONE: "Done",
}
PHASE_TIPS = {
    PHASE_PREPARING: STARTING_MODEL_TIP,
    PHASE_FROZEN: "Only the new last layer learns, on top of the starting model (the frozen "
                  "phase).",
    PHASE_FINE_TUNE: "The starting model's last layers learn too, slowly (fine-tuning).",
    PHASE_EVALUATING: "The photos kept aside for validation are scored by the trained model.",
}


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 photo``, ``2 photos``."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


def phase_words(phase: str, message: str) -> str:
    return PHASE_WORDS.get(phase, message)


def photo_size(size: int | str) -> str:
    """``160 × 160 pixels``."""
    return f"{size} × {size} pixels"


def rounds_text(learning: int | str, refining: int | str) -> str:
    """``5 + 5 rounds``: learning rounds, then refining rounds."""
    return f"{learning} + {refining} rounds"


def run_settings(training: dict, image_size: int | str) -> str:
    """A saved run's settings in the page's words: ``5 + 5 rounds · 160 × 160 · shuffle 42``."""
    rounds = rounds_text(training.get("frozen_epochs", "?"),
                         training.get("fine_tune_epochs", "?"))
    size = image_size or "?"
    return f"{rounds} · {size} × {size} · shuffle {training.get('seed', '?')}"
