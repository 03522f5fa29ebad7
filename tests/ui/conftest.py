from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.ui.fakes import FakeRuntime


@pytest.fixture(scope="session")
def qapp() -> Iterator[object]:
    """One QApplication for the GUI unit tests, on Qt's offscreen platform (no X needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["neuralux-tests"])
    yield app


@pytest.fixture
def runtime() -> Iterator[FakeRuntime]:
    """A core loop on its own thread, as the daemon runs it on a desktop."""
    rt = FakeRuntime()
    rt.start()
    yield rt
    rt.stop()
