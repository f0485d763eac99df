"""The README beside an export: what another program needs to get the app's answers.

The labels file, the input (size, RGB 0–255), how a photo is read and resized
(as `core.images.open_rgb` does for prediction), and a short Python example for
the export's format. tests/core/test_export_check.py runs every example.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from core.atomic import write_text_atomic
from core.errors import CoreError
from core.messages import QT_TRANSLATE_NOOP, say
from core.model_files import LoadedModel

README_NAME = "README.txt"  # inside a SavedModel folder; beside a file: <name>.README.txt

# The photo reading of core.images.open_rgb + _resize, in plain Pillow.
_READ_PHOTO = '''\
photo = Image.open(sys.argv[1])
if photo.format == "JPEG":
    photo.draft("RGB", (SIZE, SIZE))  # decoded at reduced scale, as Alpaca Studio does
photo = ImageOps.exif_transpose(photo).convert("RGB")
photo = photo.resize((SIZE, SIZE), Image.Resampling.BILINEAR, reducing_gap=2.0)
pixels = np.asarray(photo, dtype=np.float32)[np.newaxis]  # RGB 0-255, 1 x SIZE x SIZE x 3
'''
_RUN = {
    "tflite": '''\
try:
    from ai_edge_litert.interpreter import Interpreter  # pip install ai-edge-litert
except ImportError:
    from tensorflow.lite import Interpreter
interpreter = Interpreter(model_path=MODEL)
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], pixels)
interpreter.invoke()
output = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])[0]
''',
    "savedmodel": '''\
import tensorflow as tf
model = tf.saved_model.load(MODEL)
output = model.serve(tf.constant(pixels)).numpy()[0]
''',
    "keras": '''\
import keras
model = keras.saving.load_model(MODEL)
output = model.predict(pixels, verbose=0)[0]
''',
}
_ANSWER_BINARY = '''\
probabilities = [1.0 - float(output[0]), float(output[0])]  # one output: P(second class)
label = labels[1] if probabilities[1] >= THRESHOLD else labels[0]
'''
_ANSWER_MULTI = '''\
probabilities = [float(value) for value in output]  # one per class, in the labels' order
label = labels[int(np.argmax(probabilities))]
'''
_PRINT = '''\
print(label)
for name, probability in zip(labels, probabilities):
    print(f"  {name}: {probability:.2%}")
'''
_NEEDS = {"tflite": "numpy, Pillow and ai-edge-litert (or tensorflow)",
          "savedmodel": "numpy, Pillow and tensorflow",
          "keras": "numpy, Pillow, keras (3.x) and tensorflow"}


def readme_path(format: str, path: str | Path) -> Path:
    """Where the README of the export at `path` goes."""
    path = Path(path)
    if format == "savedmodel":
        return path / README_NAME
    # Beside a file, named after it: never another program's README.txt in that folder.
    return path.with_name(f"{path.stem}.{README_NAME}")


def example_code(loaded: LoadedModel, format: str, model: str, labels: str) -> str:
    """A runnable Python example: ``python predict.py photo.jpg`` prints the app's answer.

    `model` and `labels` are the paths the example opens, as written in it.
    """
    if format not in _RUN:
        raise ValueError(f"format must be one of {tuple(_RUN)}. Received: format={format!r}")
    binary = len(loaded.class_names) == 2
    settings = f"MODEL, LABELS, SIZE = {model!r}, {labels!r}, {loaded.image_size}\n"
    if binary:
        settings += f"THRESHOLD = {loaded.metadata.threshold!r}\n"
    return ("import sys\n\nimport numpy as np\nfrom PIL import Image, ImageOps\n\n"
            + settings
            + 'labels = open(LABELS, encoding="utf-8").read().splitlines()\n'
            + _READ_PHOTO + _RUN[format] + (_ANSWER_BINARY if binary else _ANSWER_MULTI)
            + _PRINT)


def readme_text(loaded: LoadedModel, format: str, path: str | Path) -> str:
    """The README of an export of `loaded` as `format` at `path` (file or SavedModel folder)."""
    path = Path(path)
    names = loaded.class_names
    size = loaded.image_size
    if format == "savedmodel":
        # The script beside the folder, not in it: the folder holds the export alone.
        model, labels = path.name, f"{path.name}/labels.txt"
        where = f"the folder that holds this folder ({path.name})"
        what = f"a TensorFlow SavedModel (this folder, {path.name})"
    else:
        model, labels, where = path.name, f"{path.stem}.labels.txt", "the folder of the file"
        what = {"tflite": f"a TensorFlow Lite model ({path.name})",
                "keras": f"a Keras 3 model ({path.name})"}[format]
    if len(names) == 2:
        output = (f"one number, the probability of \"{names[1]}\" (sigmoid); the answer is "
                  f"\"{names[1]}\" from {loaded.metadata.threshold:g} up, \"{names[0]}\" below.")
    else:
        output = (f"{len(names)} numbers, the probability of each class in the order of the "
                  "labels file (softmax); the answer is the most probable class.")
    class_lines = "\n".join(f"  {index}: {name}" for index, name in enumerate(names))
    return f"""\
An image classifier made with Alpaca Studio: {what}.

Classes ({labels}, one per line, in the model's order):
{class_lines}

Input: one photo at a time, {size} x {size} pixels, RGB, values 0-255 as float32
(shape 1 x {size} x {size} x 3). Do not scale the values: the model does that itself.
{textwrap.fill("Output: " + output, 88)}

To get exactly the answers Alpaca Studio gives, read a photo as it does:
  1. JPEG photos are decoded at a reduced scale when they are much larger than
     {size} px (Pillow's draft mode: 1/2, 1/4 or 1/8, never below {size} px).
  2. The EXIF orientation is applied (the photo is turned upright).
  3. It is converted to RGB (Alpaca Studio puts transparent parts on white).
  4. It is stretched to {size} x {size}, not cropped (the aspect ratio is not kept),
     with bilinear filtering: Pillow's resize((SIZE, SIZE), BILINEAR, reducing_gap=2.0).

Example in Python, needing {_NEEDS[format]}.
Save it as predict.py in {where} and run: python predict.py photo.jpg

{example_code(loaded, format, model, labels)}"""


def write_readme(loaded: LoadedModel, format: str, path: str | Path) -> Path:
    """Write the README of the export at `path` (see `readme_path`) atomically; return its path."""
    target = readme_path(format, path)
    try:
        write_text_atomic(target, readme_text(loaded, format, path))
    except OSError as error:
        raise CoreError(say(QT_TRANSLATE_NOOP(
            "core", "The README {path} could not be written: {reason}."),
            path=target, reason=error.strerror or error)) from error
    return target
