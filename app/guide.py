"""What a first-time user reads: the four steps in a few words, "How it works", the version."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "Guide"
WELCOME = QT_TRANSLATE_NOOP("Guide",
                            "<b>New here?</b> Four steps make your own photo classifier:<br>"
                            "<b>1 Sort</b> your photos into one folder per class.<br>"
                            "<b>2 Augment</b>: see how training varies them.<br>"
                            "<b>3 Train</b> the model on them.<br>"
                            "<b>4 Test</b> it on new photos.<br>"
                            "Go in any order; everything stays on this computer.")

# The text starts on the first line: lupdate does not read a backslash-newline inside it.
HOW_IT_WORKS = QT_TRANSLATE_NOOP("Guide", """<h3>How Alpaca Studio works</h3>
<p>You teach a computer to tell kinds of photos apart — alpacas from other animals, ripe
from unripe fruit — by showing it examples. Nothing leaves this computer.</p>
<ol>
<li><b>Sort.</b> Make one class per kind of photo (by default <i>alpaca</i> and
<i>not alpaca</i>), then drop your photos on the window and sort each into its class with
a key, a click or a drag. Your photos are copied, never changed. Ctrl+Z takes back any
change, from any step. A few dozen photos per class is a good start.</li>
<li><b>Augment.</b> During training every photo is shown again and again, a little
changed each time — mirrored, turned, zoomed — so the model learns what matters, not where
things happen to be. Here you see those changes and choose how strong they are.</li>
<li><b>Train.</b> Alpaca Studio starts from a network that already knows a thousand kinds
of things (MobileNetV2, trained on ImageNet) and teaches it your classes: first only a new
last layer, then a little of the network itself. A fifth of your photos is kept aside to
check the model on photos it never learnt from: that is the score you see.</li>
<li><b>Test.</b> Drop new photos on the window and see what the model says and how sure it
is. When it is wrong, say so: the photo joins the right class for the next training. You
can also save the answers as a table or export the model for other programs.</li>
</ol>
<p>Press F1 to see this again.</p>
""")


def welcome_text() -> str:
    """The sidebar's welcome, in the window's language."""
    return QCoreApplication.translate(CONTEXT, WELCOME)


def how_it_works_text() -> str:
    """The "How it works" page, in the window's language."""
    return QCoreApplication.translate(CONTEXT, HOW_IT_WORKS)


def app_version() -> str:
    try:
        return version("alpaca-studio")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return QCoreApplication.translate("Guide", "(development version)")


def show_how_it_works(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Guide", "How Alpaca Studio works"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(how_it_works_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("Guide", "About Alpaca Studio"),
                      QCoreApplication.translate(
                          "Guide", "<b>Alpaca Studio</b> {version}<p>Build your own image "
                          "classifier from your own photos. Everything stays on this "
                          "computer.</p><p>Apache License 2.0.</p>").format(
                              version=app_version()))
