"""The translators' glossary: one word for one term, in every step of the window.

These texts are never shown. They sit in the catalogues (context "Glossary") so that a
translator, in Qt Linguist or in the .ts file, sees the terms the window's texts use
before translating them, each with a note on how it is meant. A third language starts
here: translate these first, then use the same words everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TERMS = (
    #: The photos a person sorts into class folders and trains on. Korean: 사진.
    QT_TRANSLATE_NOOP("Glossary", "photo"),
    #: One kind of photo the model tells apart ("alpaca", "not alpaca"), one folder each.
    #: Korean: 클래스 (the word Teachable Machine's Korean uses), not 분류 or 범주.
    QT_TRANSLATE_NOOP("Glossary", "class"),
    #: Step 1: putting photos into class folders.
    #: Korean: 분류 (verb 분류하기); "Unsorted" is 미분류.
    QT_TRANSLATE_NOOP("Glossary", "sort"),
    #: Step 2: the random flips and turns shown to the model so it does not learn one pose.
    #: Korean: 증강 (데이터 증강 at the first mention).
    QT_TRANSLATE_NOOP("Glossary", "augmentation"),
    #: Step 3: the model learning from the sorted photos.
    #: Korean: 학습 (학습하기, 학습 시작), not 훈련.
    QT_TRANSLATE_NOOP("Glossary", "training"),
    #: The photos kept aside to score the model, never learnt from. Korean: 검증 (검증용 사진).
    QT_TRANSLATE_NOOP("Glossary", "validation"),
    #: The second phase: the top of the pretrained network learns too, slowly. Korean: 미세 조정.
    QT_TRANSLATE_NOOP("Glossary", "fine-tuning"),
    #: One saved training with its settings, charts and model. Korean: 학습 기록.
    QT_TRANSLATE_NOOP("Glossary", "run"),
    #: One pass over every training photo. Korean: 에포크.
    QT_TRANSLATE_NOOP("Glossary", "epoch"),
    #: Step 4: trying the model on new photos. Korean: 테스트.
    QT_TRANSLATE_NOOP("Glossary", "test"),
    #: How sure the model is of an answer ("90% sure"). Korean: 확신 ("90% 확신").
    QT_TRANSLATE_NOOP("Glossary", "sure"),
    #: Writing the model out as a file other programs load. Korean: 내보내기.
    QT_TRANSLATE_NOOP("Glossary", "export"),
)
