"""The engine's sentences in Korean: what `core` really says reaches the window in Korean.

Each sentence is made by the real core function on tiny real files (a broken photo, an
empty one, a class with too few photos, a name that cannot be a class…) and goes through
`app.i18n.engine_text`, as the window shows it. The CLI's English stays as it was.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from app import i18n
from core.dataset import check_dataset
from core.errors import CoreError
from core.evaluation import evaluate_predictions, validation_share_text
from core.export_check import ExportCheck
from core.model_archive import check_keras_archive
from core.photo_files import copy_photo
from core.prediction import check_csv_target
from core.split import require_both_sides, split_dataset
from core.train_progress import PHASE_TITLES
from core.workspace import add_class, check_class_name, create_workspace
from tests.app.disk import make_photos
from tests.app.window_texts import reads_as_english

# Picture formats named in a reason ("supported: JPEG, PNG, BMP…"): names, like product names.
FORMATS = ("BMP", "GIF", "WebP", "TIFF")
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _korean(english: str, *names: str | Path) -> str:
    """`english` as the window says it in Korean; fails when an English word is left."""
    said = i18n.engine_text(english)
    shown = [str(name) for name in names] + [*FORMATS]
    assert said != english, f"not recognised as an engine sentence: {english!r}"
    assert not reads_as_english(said, shown), f"still English in Korean:\n{english}\n→ {said}"
    assert re.search("[가-힣]", said), said
    return said


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Two classes: 'alpaca' with two photos, a broken one and an empty one; 'llama' with
    one photo and its exact copy."""
    root = tmp_path / "photos"
    make_photos(root / "alpaca", 2, "alpaca")
    (root / "alpaca" / "broken.jpg").write_bytes(b"this is not a picture at all")
    (root / "alpaca" / "empty.jpg").write_bytes(b"")
    (llama,) = make_photos(root / "llama", 1, "llama")
    (root / "llama" / "copy.jpg").write_bytes(llama.read_bytes())
    return root


def test_a_skipped_files_reason_and_the_datasets_warnings_read_in_korean(workspace, korean):
    report = check_dataset(workspace)
    reasons = {path.name: reason for path, reason in
               ((skipped.path, skipped.reason) for skipped in report.skipped)}
    assert reasons["empty.jpg"] == "the file is empty (0 bytes)"  # the CLI's English
    assert _korean(reasons["empty.jpg"]) == "파일이 비어 있어요 (0바이트)"
    assert "사진이 아니에요" in _korean(reasons["broken.jpg"])
    warnings = report.warnings
    assert any(warning.startswith("Class 'alpaca' has only 2 photos;") for warning in warnings)
    for warning in warnings:  # few photos, a copy, 2 files left out
        _korean(warning, "alpaca", "llama", *report.photos[0].path.parents)
    said = [i18n.engine_text(warning) for warning in warnings]
    assert "'alpaca' 클래스에 사진이 2장뿐이에요. 클래스마다 20장 이상이면 결과가 훨씬 " \
        "좋아져요." in said
    assert any("파일 2개를 읽을 수 없어서" in text for text in said)


def test_problems_joined_in_one_error_and_a_reason_inside_a_sentence_read_in_korean(
        workspace, korean):
    (workspace / "alpaca" / "alpaca_0000.jpg").unlink()
    problems = check_dataset(workspace).problems_for_training()
    assert len(problems) == 2
    # Training raises them joined by spaces; the window says each sentence in Korean.
    joined = _korean(" ".join(problems), "alpaca", "llama")
    assert "'alpaca' 클래스에 읽을 수 있는 사진이 1장뿐이에요" in joined
    # Nested: "…, but {which}, …" holds its own sentence, said in Korean too.
    assert "모두 똑같은 사진의 복사본이에요" in joined


def test_a_class_without_a_photo_on_one_side_reads_in_korean(tmp_path, korean):
    make_photos(tmp_path / "alpaca", 6, "alpaca")
    (one,) = make_photos(tmp_path / "llama", 1, "llama")
    for number in range(5):
        (tmp_path / "llama" / f"copy_{number}.jpg").write_bytes(one.read_bytes())
    report = check_dataset(tmp_path)
    with pytest.raises(CoreError) as raised:
        require_both_sides(report.photos, split_dataset(report.photos, 0.5, 1),
                           report.class_names)
    said = _korean(str(raised.value), "alpaca", "llama")
    assert "검증용으로 남은 사진이 없어요" in said or "학습용으로 남은 사진이 없어요" in said


def test_workspace_errors_with_the_systems_reason_inside_read_in_korean(tmp_path, korean):
    create_workspace(tmp_path / "photos", ["alpaca", "llama"])
    with pytest.raises(CoreError) as raised:
        add_class(tmp_path / "photos", "Alpaca")
    assert str(raised.value) == "There is already a class called 'Alpaca'. Received: name='Alpaca'"
    assert _korean(str(raised.value), "Alpaca") == \
        "'Alpaca'(이)라는 클래스가 이미 있어요. (입력한 이름: 'Alpaca')"
    with pytest.raises(CoreError) as raised:
        check_class_name("a/b", [])
    _korean(str(raised.value), "a/b")
    (tmp_path / "a file").write_text("not a folder")
    with pytest.raises(CoreError) as raised:
        create_workspace(tmp_path / "a file" / "photos", ["alpaca"])
    # "…cannot be created: Not a directory." — the operating system's reason, said too.
    said = _korean(str(raised.value), tmp_path / "a file" / "photos")
    assert said.endswith("폴더를 만들 수 없어요: 폴더가 아니에요.")


def test_a_photo_that_cannot_be_copied_says_why_in_korean(tmp_path, korean):
    (photo,) = make_photos(tmp_path / "camera", 1, "IMG")
    photo.unlink()
    with pytest.raises(CoreError) as raised:
        copy_photo(photo, tmp_path / "alpaca")
    assert _korean(raised.value.reason) == "사진이 더 이상 없어요 (옮겨졌거나 지워졌어요)"


def test_export_and_model_file_refusals_read_in_korean(tmp_path, korean):
    with pytest.raises(CoreError) as raised:
        check_csv_target(tmp_path)
    _korean(str(raised.value), tmp_path)
    # A reason inside a sentence: "{path} was not loaded: {reason}. A real model file…".
    harmful = tmp_path / "model.keras"
    with zipfile.ZipFile(harmful, "w") as archive:
        archive.writestr("../outside.json", "{}")
    with pytest.raises(CoreError) as raised:
        check_keras_archive(harmful)
    said = _korean(str(raised.value), harmful, "'../outside.json'")
    assert "압축 파일 밖을 가리키는" in said and "불러오지 않았어요" in said


def test_the_export_check_and_the_scores_read_in_korean(korean):
    differing = tuple(Path(f"IMG_{number}.jpg") for number in range(7))
    check = ExportCheck(photos=60, same_label=53, max_probability_difference=0.41,
                        differing=differing)
    assert check.summary().startswith("53 of 60 photos get the same answer as in Alpaca Studio")
    said = _korean(check.summary())
    assert "외 2개" in said  # the nested "{names} and {count} more"
    _korean(ExportCheck(0, 0, 0.0, ()).summary())

    text = validation_share_text(12, 60, 0.2)
    assert text.startswith("12 of 60 photos kept aside for validation (about 20%:")
    assert _korean(text).startswith("사진 60장 중 12장을 검증용으로 따로 뒀어요 (약 20%")

    probabilities = np.array([[0.9, 0.1]] * 9 + [[0.2, 0.8]])
    score = evaluate_predictions(("alpaca", "llama"), [Path(f"{n}.jpg") for n in range(10)],
                                 [0] * 10, probabilities)
    assert score.summary() == "9 of 10 validation photos right — 90%"
    assert _korean(score.summary()) == "검증 사진 10장 중 9장 맞힘 — 90%"
    # Nested: the summary inside "{summary} (likely {low}–{high})".
    assert _korean(score.summary_with_range()).startswith("검증 사진 10장 중 9장 맞힘 — 90% (")
    _korean(score.caution())
    for title in PHASE_TITLES.values():  # the progress lines of the training process
        _korean(title, "MobileNetV2")


def test_every_engine_template_has_korean_with_the_same_fields(korean):
    templates = i18n.read_templates(i18n.catalogue_file("ko"))
    assert len(templates) > 200  # the engine's sentences, not a handful
    untranslated, changed_fields = [], []
    for template in templates:
        korean_text = QCoreApplication.translate("core", template)
        if korean_text == template or not re.search("[가-힣]", korean_text):
            untranslated.append(template)
        elif set(_FIELD.findall(korean_text)) != set(_FIELD.findall(template)):
            changed_fields.append(f"{template}\n  → {korean_text}")
    assert untranslated == [], "\n".join(untranslated)
    assert changed_fields == [], "\n".join(changed_fields)
