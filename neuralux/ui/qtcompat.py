"""Work around a PySide6 6.12.0 reference-count bug in ``Signal.emit``.

On Python 3.11, PySide6 6.12.0's ``SignalInstance.emit`` returns ``True``/``False``
without taking a reference, so every emit drops the interpreter's count of the
bool by one; after a few hundred emits Python aborts with "bool_dealloc:
deallocating True or False" (measured here: 573 emits). The overlay emits a
signal per streamed chunk, so it would crash on the first long answer.

``emit`` measures the defect once at import and, only if present, restores the
missing reference after each emit. With a fixed PySide6 it is a plain emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_steals_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(4):
        probe.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    lost = (before[0] - after[0]) + (before[1] - after[1])
    if lost > 0:  # undo the probe's own damage
        for value in (True, False):
            for _ in range(before[value is False] - after[value is False]):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
    return lost > 0


EMIT_STEALS_REFERENCE = _emit_steals_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 6.12.0."""
    result = signal.emit(*args)
    if EMIT_STEALS_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
