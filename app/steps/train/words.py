"""The Train step's words: one plain word per idea, the technical term kept for tooltips.

Every widget of the step (settings, progress, charts, results, the run list) takes
its words from here, so a "round" is a round everywhere. The texts are translated
under the context "TrainWords" (the tables are marked with `QT_TRANSLATE_NOOP` and
said in the window's language by the functions below); numbers and percentages go
through `QLocale`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.i18n import engine_text
from core.train_progress import (
    PHASE_CHECKING,
    PHASE_DONE,
    PHASE_EVALUATING,
    PHASE_FINE_TUNE,
    PHASE_FROZEN,
    PHASE_PREPARING,
)

CONTEXT = "TrainWords"
# The page's own stages (`app.steps.train.jobs`), named here so the words stay TF-free.
PHASE_SAVING = "saving"
PHASE_WAITING = "waiting"

#: glossary: round = 에포크 (one pass over all training photos), 학습 = training
ROUND_TIP = QT_TRANSLATE_NOOP(
    "TrainWords", "A round is one pass over all your training photos (an epoch); each step of "
    "it learns from a few photos at once (a batch).")
#: glossary: refining = 미세 조정 (fine-tuning)
REFINING_STARTS = QT_TRANSLATE_NOOP("TrainWords", "refining starts")
#: glossary: starting model = 기본 모델 (MobileNetV2, pretrained on ImageNet)
STARTING_MODEL_TIP = QT_TRANSLATE_NOOP(
    "TrainWords", "The starting model is MobileNetV2, already trained on the ImageNet "
    "photos; training teaches it your classes.")
# What each phase of the engine is called on the page (the engine's own titles are
# a programmer's: "Loading MobileNetV2").
PHASE_WORDS = {
    PHASE_CHECKING: QT_TRANSLATE_NOOP("TrainWords", "Checking your photos"),
    PHASE_PREPARING: QT_TRANSLATE_NOOP("TrainWords", "Loading the starting model"),
    PHASE_FROZEN: QT_TRANSLATE_NOOP("TrainWords", "Learning your classes"),
    PHASE_FINE_TUNE: QT_TRANSLATE_NOOP("TrainWords", "Refining the model"),
    PHASE_EVALUATING: QT_TRANSLATE_NOOP("TrainWords", "Scoring the photos kept aside"),
    PHASE_DONE: QT_TRANSLATE_NOOP("TrainWords", "Done"),
    PHASE_SAVING: QT_TRANSLATE_NOOP("TrainWords", "Saving the model"),
    PHASE_WAITING: QT_TRANSLATE_NOOP("TrainWords", "Waiting for the cancelled run to stop"),
}
PHASE_TIPS = {
    PHASE_PREPARING: STARTING_MODEL_TIP,
    #: glossary: frozen phase = 고정 단계
    PHASE_FROZEN: QT_TRANSLATE_NOOP(
        "TrainWords", "Only the new last layer learns, on top of the starting model (the "
        "frozen phase)."),
    PHASE_FINE_TUNE: QT_TRANSLATE_NOOP(
        "TrainWords", "The starting model's last layers learn too, slowly (fine-tuning)."),
    PHASE_EVALUATING: QT_TRANSLATE_NOOP(
        "TrainWords", "The photos kept aside for validation are scored by the trained model."),
}


def say(text: str) -> str:
    """One of this module's marked texts in the window's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def number(value: int | str) -> str:
    """A count as the window's language writes it; "…" or "?" (not known yet) as it is."""
    return QLocale().toString(value) if isinstance(value, int) else str(value)


def whole_percent(share: float) -> int:
    """`share` (0–1) in whole percent, rounded exactly as ``f"{share:.0%}"`` rounds it."""
    return int(format(share, ".0%").rstrip("%"))


def percent(share: float) -> str:
    """``88%`` in the window's language."""
    return QCoreApplication.translate("TrainWords", "{percent}%").format(
        percent=QLocale().toString(whole_percent(share)))


def phase_words(phase: str, message: str) -> str:
    """The page's name for a phase; the engine's own words (translated) for any other."""
    return say(PHASE_WORDS[phase]) if phase in PHASE_WORDS else engine_text(message)


def phase_tip(phase: str) -> str:
    return say(PHASE_TIPS.get(phase, ""))


def photo_size(size: int | str) -> str:
    """``160 × 160 pixels``."""
    return QCoreApplication.translate("TrainWords", "{size} × {size} pixels").format(size=size)


def rounds_text(learning: int | str, refining: int | str) -> str:
    """``5 + 5 rounds``: learning rounds, then refining rounds."""
    return QCoreApplication.translate("TrainWords", "{learning} + {refining} rounds").format(
        learning=learning, refining=refining)


def run_settings(training: dict, image_size: int | str) -> str:
    """A saved run's settings in the page's words: ``5 + 5 rounds · 160 × 160 · shuffle 42``."""
    rounds = rounds_text(training.get("frozen_epochs", "?"),
                         training.get("fine_tune_epochs", "?"))
    size = image_size or "?"
    #: "shuffle" is the shuffle number (the random seed, 시드) of the run
    text = QCoreApplication.translate("TrainWords", "{rounds} · {size} × {size} · shuffle {seed}")
    return text.format(rounds=rounds, size=size, seed=training.get("seed", "?"))
