"""The window's language: chosen as promised, Qt's own buttons in it, catalogues up to date."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from app import i18n
from core.messages import QT_TRANSLATE_NOOP, say

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def restore_locale():
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_environment_overrides_the_menu_which_overrides_the_system(settings):
    assert i18n.chosen_language(settings, environment={}, system="en") == "en"
    assert i18n.chosen_language(settings, environment={}, system="ko") == "ko"
    i18n.remember_language(settings, "en")
    assert i18n.chosen_language(settings, environment={}, system="ko") == "en"
    assert i18n.chosen_language(settings, environment={"ALPACA_STUDIO_LANG": "ko"},
                                system="en") == "ko"
    # A language the window does not speak is ignored, not an empty window.
    assert i18n.chosen_language(settings, environment={"ALPACA_STUDIO_LANG": "xx"},
                                system="ko") == "en"
    with pytest.raises(ValueError):
        i18n.remember_language(settings, "xx")


@pytest.mark.parametrize(("locale_name", "language"), [
    ("ko_KR.UTF-8", "ko"), ("ko", "ko"), ("ko-KR", "ko"), ("en_GB.UTF-8", "en"),
    ("de_DE@euro", "en"), ("C", "en"), ("", "en")])
def test_a_locale_name_gives_the_window_language(locale_name, language):
    assert i18n.language_of(locale_name) == language


def test_korean_gives_qts_own_buttons_and_numbers_in_korean(qtbot, restore_locale):
    translation = i18n.install("ko")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Yes)
        qtbot.addWidget(box)
        texts = {button.text() for button in box.buttons()}
        assert "취소" in texts and any(text.startswith("예") for text in texts)
        assert QLocale().language() == QLocale.Language.Korean
    finally:
        translation.remove()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Cancel"  # removed: English again


def _catalogue(folder: Path, messages: dict[tuple[str, str], str]) -> Path:
    body = "".join(
        f"<context><name>{context}</name><message><source>{source}</source>"
        f"<translation>{translation}</translation></message></context>"
        for (context, source), translation in messages.items())
    ts_file = folder / f"{i18n.CATALOGUE}_ko.ts"
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                       f'<TS version="2.1" language="ko">{body}</TS>', encoding="utf-8")
    i18n.build([ts_file])
    return ts_file


def test_an_engine_sentence_is_said_in_korean_with_its_values_and_nested_reason(
        tmp_path, qtbot, restore_locale):
    not_a_photo = QT_TRANSLATE_NOOP("core", "it is not a photo")
    skipped = QT_TRANSLATE_NOOP("core", "Skipped {name}: {reason}")
    count = QT_TRANSLATE_NOOP("core", "{count} photos in {name}")
    ts_file = _catalogue(tmp_path, {
        ("core", not_a_photo): "사진이 아닙니다",
        ("core", skipped): "{name} 건너뜀: {reason}",
        ("core", count): "{name}에 사진 {count}장"})
    translation = i18n.install("ko", folder=tmp_path)
    try:
        texts = i18n.EngineTexts(i18n.read_templates(ts_file))
        sentence = say(skipped, name="IMG 1.jpg", reason=say(not_a_photo))
        assert sentence == "Skipped IMG 1.jpg: it is not a photo"  # the CLI's English
        assert texts.translate(sentence) == "IMG 1.jpg 건너뜀: 사진이 아닙니다"
        assert texts.translate(say(count, count=12, name="alpaca")) == "alpaca에 사진 12장"
        assert texts.translate("A sentence the engine never says") == \
            "A sentence the engine never says"
    finally:
        translation.remove()


def _lrelease_output(ts_file: Path, folder: Path) -> bytes:
    return i18n.build([ts_file], out_dir=folder)[0].read_bytes()


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_each_shipped_catalogue_is_compiled_from_its_source(language, tmp_path):
    ts_file = i18n.catalogue_file(language)
    qm_file = i18n.catalogue_file(language, ".qm")
    assert ts_file.is_file() and qm_file.is_file(), f"{ts_file.name}: run python -m app.i18n build"
    assert qm_file.read_bytes() == _lrelease_output(ts_file, tmp_path), \
        f"{qm_file.name} is older than {ts_file.name}: run python -m app.i18n build"


def test_every_text_of_the_code_is_in_the_catalogue_and_translated_to_korean(tmp_path):
    if shutil.which(i18n._tool("pyside6-lupdate")) is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.catalogue_file("ko"), fresh)
    sources = [str(path.relative_to(ROOT)) for path in i18n.source_files(ROOT)]
    subprocess.run([i18n._tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                    *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    import xml.etree.ElementTree as ElementTree

    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ElementTree.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not "".join(message.find("translation").itertext()).strip())]
    assert untranslated == [], \
        "texts without Korean (python -m app.i18n update, translate, build):\n" + \
        "\n".join(untranslated[:40])


def test_the_engine_marks_its_templates_without_importing_qt():
    import core.messages

    source = Path(core.messages.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source
    assert core.messages.QT_TRANSLATE_NOOP("core", "x {a}") == "x {a}"
    with pytest.raises(KeyError, match="needs a value for {a}"):
        say("x {a}")
    assert QCoreApplication.translate("core", "untouched") == "untouched"
