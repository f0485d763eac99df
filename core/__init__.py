"""Alpaca Studio's engine: all ML and file logic, never Qt."""

import os

# TensorFlow's oneDNN kernels, which it leaves off on CPUs without AVX-512: on a 2-core
# AVX2 laptop CPU they cut the frozen part of MobileNetV2 by about a third and a
# fine-tuning step by a fifth (CPU time, `benchmarks/bench_train.py`). Read once, when
# TensorFlow is first imported, so it is set here, before any module can import it; a
# person's own setting wins.
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")
