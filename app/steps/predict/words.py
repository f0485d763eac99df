"""The Test page's counts, percentages and names in the window's language.

"1 photo", "2 photos" (plural forms through Qt's `%n`), "87%" (numbers through
`QLocale`), "‘alpaca’ or ‘llama’" (the joining word translated as a whole pattern).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject


class PredictWords(QObject):
    """The Test page's sentences with a count, for code that is not a QObject itself.

    Qt's lupdate marks a text as having plural forms only when it is said with
    ``self.tr(text, "", n)``, so the counted sentences of the page's plain functions
    live here, under the context "PredictWords".
    """

    def photos(self, number: int) -> str:
        return self.tr("%n photos", "", number)

    def answers(self, number: int) -> str:
        return self.tr("%n answers", "", number)

    def copies_taken_back(self, number: int, folder: object) -> str:
        return self.tr("The %n copies made in {folder} were taken back. Your original photos "
                       "were not changed.", "", number).format(folder=folder)

    def export_same(self, same: str, photos: int, difference: str) -> str:
        #: glossary: 검증 = validation; the export is run on the run's validation photos
        return self.tr("{same} of %n photos get the same answer as in Alpaca Studio (largest "
                       "difference {difference}).", "", photos).format(
            same=same, difference=difference)

    def export_differs(self, same: str, photos: int, difference: str, names: str) -> str:
        return self.tr("{same} of %n photos get the same answer as in Alpaca Studio (largest "
                       "difference {difference}); the export answers differently for {names}. "
                       "Do not use this export: export again, or report it.", "",
                       photos).format(same=same, difference=difference, names=names)


_words: PredictWords | None = None


def words() -> PredictWords:
    """The one `PredictWords` (made when first needed)."""
    global _words
    if _words is None:
        _words = PredictWords()
    return _words


def photos(number: int) -> str:
    """"1 photo", "3 photos" in the window's language."""
    return words().photos(number)


def answers(number: int) -> str:
    """"1 answer", "3 answers" in the window's language."""
    return words().answers(number)


def percent(probability: float) -> str:
    """0.87 → "87%", the number written as the window's language writes numbers."""
    number = QLocale().toString(float(probability) * 100, "f", 0)
    return QCoreApplication.translate("PredictWords", "{percent}%").format(percent=number)


def quoted(names: Sequence[str], conjunction: str = "or") -> str:
    """“a”, “b” or “c” (`conjunction` "or" or "and"), in the window's language."""
    marked = [f"“{name}”" for name in names]
    if len(marked) < 2:
        return "".join(marked)
    head = ", ".join(marked[:-1])
    if conjunction == "and":
        pattern = QCoreApplication.translate("PredictWords", "{names} and {last}")
    else:
        pattern = QCoreApplication.translate("PredictWords", "{names} or {last}")
    return pattern.format(names=head, last=marked[-1])
