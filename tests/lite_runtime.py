"""Running an exported .tflite file the way a phone app would: in LiteRT, without TensorFlow."""

from __future__ import annotations

from pathlib import Path


def lite_interpreter(path: Path):
    """An allocated interpreter for the `.tflite` file at `path`.

    LiteRT (``ai_edge_litert``) is the runtime that apps ship; TensorFlow's own
    ``tf.lite.Interpreter`` is deprecated and only used where LiteRT has no wheel.
    """
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        from tensorflow.lite import Interpreter
    interpreter = Interpreter(model_path=str(path))
    interpreter.allocate_tensors()
    return interpreter
