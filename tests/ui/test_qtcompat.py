"""The installed PySide6 must not leak references to None/True/False (6.12.0 on 3.11 does)."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def test_signals_and_void_calls_keep_reference_counts() -> None:
    from PySide6.QtCore import QObject, Signal

    from neuralux.ui.qtcompat import defect_message, emit

    class Probe(QObject):
        ping = Signal(int)

    probe = Probe()
    probe.ping.connect(lambda _n: None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2000):
        emit(probe.ping, i)
        probe.setObjectName("p")
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(b - a < 200 for b, a in zip(before, after, strict=True)), (before, after)
    assert defect_message() == ""
