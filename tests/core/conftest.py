"""Engine test set-up: every test gets its own, empty photo cache in its temporary folder."""

from __future__ import annotations

import pytest

from core.photo_cache import CACHE_ENV


@pytest.fixture(autouse=True)
def photo_cache(tmp_path, monkeypatch):
    """The persistent cache of this test: never the person's real cache folder."""
    folder = tmp_path / "photo-cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder
