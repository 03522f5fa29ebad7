from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def qapp() -> Iterator[object]:
    """One QApplication for the GUI unit tests, on Qt's offscreen platform (no X needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["neuralux-tests"])
    yield app
