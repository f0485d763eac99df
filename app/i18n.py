"""The window's language: which one, its catalogues, and the engine's sentences in it.

Every text of the window goes through Qt's translation system (`self.tr()`,
`QCoreApplication.translate()` with a fixed context, `QT_TRANSLATE_NOOP` for tables).
The catalogues live in `resources/i18n/`: `alpaca_studio_<language>.ts` are the sources
a translator edits (Qt Linguist opens them), `.qm` the compiled files the app loads. English
is the source language; its catalogue holds only the plural forms ("1 photo", "2 photos").

    python -m app.i18n update   # lupdate: collect the texts of app/ and core/ into the .ts
    python -m app.i18n build    # lrelease: compile every .ts into its .qm

A third language is a file: `python -m app.i18n update --add fr`, translate
`alpaca_studio_fr.ts`, build, and add it to `LANGUAGES`' names below.

Which language: `ALPACA_STUDIO_LANG=ko|en` first (tests, and people whose system speaks
another language), then the one chosen in the menu, then the system's (`LANG`/`LC_ALL` on
Linux). The engine (`core`, free of Qt) writes its sentences in English from templates
(`core.messages`); `engine_text` turns such a sentence into the window's language.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core.messages import CONTEXT as ENGINE_CONTEXT
from resources import resource_path

SOURCE_LANGUAGE = "en"
# The languages the window speaks, by code, each named in its own language (the menu shows
# them so: a person who reads only Korean must find 한국어).
LANGUAGES: Mapping[str, str] = {"en": "English", "ko": "한국어"}
ENVIRONMENT = "ALPACA_STUDIO_LANG"
SETTING = "window/language"
CATALOGUE = "alpaca_studio"
# Sources lupdate reads: the window and the engine (whose templates are marked for it).
SOURCE_PACKAGES = ("app", "core")


def catalogue_dir() -> Path:
    """`resources/i18n`, where the .ts sources and the compiled .qm files are shipped."""
    return Path(resource_path("i18n"))


def catalogue_file(language: str, suffix: str = ".ts") -> Path:
    return catalogue_dir() / f"{CATALOGUE}_{language}{suffix}"


def language_of(locale_name: str) -> str:
    """The window language for a locale name ("ko_KR.UTF-8" → "ko"); English when unknown."""
    code = re.split(r"[_.@-]", locale_name.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The language of the system's user interface (on Linux: LC_ALL, LC_MESSAGES, LANG)."""
    for name in QLocale.system().uiLanguages():
        if language_of(name) != SOURCE_LANGUAGE:
            return language_of(name)
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None,
                    environment: Mapping[str, str] = os.environ,
                    system: str | None = None) -> str:
    """The language to start in: the environment's override, the menu's choice, the system's."""
    forced = environment.get(ENVIRONMENT, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if settings is not None:
        saved = str(settings.value(SETTING, "") or "")
        if saved in LANGUAGES:
            return saved
    return system if system is not None else system_language()


def remember_language(settings: QSettings, language: str) -> None:
    """Keep the menu's choice for the next start (the window is built in one language)."""
    if language not in LANGUAGES:
        raise ValueError(f"not a language of the window: {language!r}")
    settings.setValue(SETTING, language)


@dataclass
class Translation:
    """The translators installed for one language; `remove()` takes them out again."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        engine_text.cache_clear()


def install(language: str, folder: Path | None = None) -> Translation:
    """Install the catalogues of `language` in the running application.

    Ours (`alpaca_studio_<language>.qm`, for English only its plural forms) and Qt's own
    (`qtbase_<language>.qm` from Qt's translations folder: the buttons of message boxes and
    the file dialogs). Numbers, dates and percentages follow via `QLocale.setDefault`.
    A catalogue that is missing leaves those texts in English rather than failing.
    """
    if language not in LANGUAGES:
        raise ValueError(f"not a language of the window: {language!r}")
    translation = Translation(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"{CATALOGUE}_{language}", folder or catalogue_dir()),
                        (f"qtbase_{language}", Path(qt_folder))):
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(name, str(where)):
            QCoreApplication.installTranslator(translator)
            translation.translators.append(translator)
    QLocale.setDefault(QLocale(language))
    engine_text.cache_clear()
    return translation


# -- the engine's sentences ---------------------------------------------------------------

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class _Template:
    text: str
    pattern: re.Pattern[str]
    fields: tuple[str, ...]
    literal: int  # characters that are not fields: the more, the more specific


def _template(text: str) -> _Template:
    parts: list[str] = []
    seen: list[str] = []
    position = 0
    for match in _FIELD.finditer(text):
        parts.append(re.escape(text[position:match.start()]))
        name = match.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        if name not in seen:
            seen.append(name)
        position = match.end()
    parts.append(re.escape(text[position:]))
    literal = len(_FIELD.sub("", text))
    return _Template(text, re.compile("".join(parts), re.DOTALL), tuple(seen), literal)


def read_templates(ts_file: Path) -> tuple[str, ...]:
    """The engine's templates (context "core") among the sources of a .ts catalogue."""
    try:
        root = ElementTree.parse(ts_file).getroot()
    except (OSError, ElementTree.ParseError):
        return ()
    return tuple(source.text or ""
                 for context in root.iter("context")
                 if context.findtext("name") == ENGINE_CONTEXT
                 for source in context.iter("source"))


class EngineTexts:
    """Recognises an engine sentence by its template and says it in the window's language."""

    def __init__(self, templates: Iterable[str]) -> None:
        known = {text for text in templates if text}
        self.exact = {text for text in known if not _FIELD.search(text)}
        self.templates = sorted((_template(text) for text in known - self.exact),
                                key=lambda template: -template.literal)

    def translate(self, text: str, depth: int = 0) -> str:
        if not text or depth > 4:
            return text
        if text in self.exact:
            return QCoreApplication.translate(ENGINE_CONTEXT, text)
        sentences = self._sentences(text, depth)
        if sentences is not None:
            return sentences
        for template in self.templates:
            match = template.pattern.fullmatch(text)
            if match is None:
                continue
            said = QCoreApplication.translate(ENGINE_CONTEXT, template.text)
            values = {name: self.translate(match.group(name), depth + 1)
                      for name in template.fields}
            try:
                return said.format_map(values)
            except (KeyError, ValueError, IndexError):  # a translation that lost a field
                return text
        return text

    def knows(self, text: str) -> bool:
        """Whether `text` is one of the engine's sentences (exact or from a template)."""
        return text in self.exact or any(template.pattern.fullmatch(text)
                                         for template in self.templates)

    def _sentences(self, text: str, depth: int) -> str | None:
        # The engine joins a list of problems with spaces ("Class 'a' has… Class 'b' has…"):
        # said sentence by sentence when every one of them is the engine's. Tried before the
        # templates: a field matches any text, so one template could swallow them all.
        parts = _SENTENCE_BREAK.split(text)
        if len(parts) < 2 or not all(self.knows(part) for part in parts):
            return None
        return " ".join(self.translate(part, depth + 1) for part in parts)


# Where one sentence ends and the next begins: after . ! ? and a space, before a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _engine_texts() -> EngineTexts:
    return EngineTexts(read_templates(catalogue_file("ko")))


@lru_cache(maxsize=4096)
def engine_text(text: str) -> str:
    """An English sentence of the engine in the window's language (unchanged if unknown)."""
    return _engine_texts().translate(text)


# -- update and build (a documented step, not run by the app) ------------------------------

def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def source_files(root: Path) -> list[Path]:
    return sorted(path for package in SOURCE_PACKAGES
                  for path in (root / package).rglob("*.py")
                  if "__pycache__" not in path.parts)


def update(root: Path, languages: Sequence[str]) -> None:
    """Collect every text of app/ and core/ into the .ts of each language (lupdate)."""
    sources = [str(path.relative_to(root)) for path in source_files(root)]
    for language in languages:
        target = catalogue_file(language)
        options = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        command = [_tool("pyside6-lupdate"), *options, "-locations", "none", "-no-obsolete",
                   "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                   *sources, "-ts", str(target)]
        subprocess.run(command, cwd=root, check=True)


def build(ts_files: Iterable[Path] | None = None, out_dir: Path | None = None) -> list[Path]:
    """Compile each .ts into its .qm (lrelease); returns the .qm files written."""
    written = []
    for ts_file in ts_files or sorted(catalogue_dir().glob(f"{CATALOGUE}_*.ts")):
        qm_file = (out_dir or ts_file.parent) / ts_file.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                       check=True)
        written.append(qm_file)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m app.i18n",
                                     description="Update or build the window's catalogues.")
    commands = parser.add_subparsers(dest="command", required=True)
    update_command = commands.add_parser("update", help="collect the texts into the .ts files")
    update_command.add_argument("--add", metavar="LANGUAGE", action="append", default=[],
                                help="start the catalogue of a new language")
    commands.add_parser("build", help="compile the .ts files into .qm files")
    arguments = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    if arguments.command == "update":
        update(root, sorted(set(LANGUAGES) | set(arguments.add)))
    else:
        for path in build():
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
