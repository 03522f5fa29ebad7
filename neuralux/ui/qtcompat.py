"""Detect (and where possible work around) a PySide6 6.12.0 reference-count bug.

On Python 3.11, PySide6 6.12.0's ``SignalInstance.emit`` returns ``True``/``False``
without taking a reference, so every emit drops the interpreter's count of the
bool by one; after a few hundred emits Python aborts with "bool_dealloc:
deallocating True or False" (measured here: 573 emits). The overlay emits a
signal per streamed chunk, so it would crash on the first long answer.

The same release loses a reference to ``None`` on every call of a method that
returns nothing (``processEvents``, ``QTimer.start`` ...), which no wrapper can
cover: a long session then aborts with "none_dealloc". ``defect_message`` says so
and the fix (PySide6-Essentials 6.11.3 is clean; Python 3.12+ is immune because
None/True/False are immortal there). ``emit`` restores the reference emit loses.
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


def _void_calls_lose_none() -> bool:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        obj.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return lost >= 48  # other threads move the count a little; the defect moves it by 64


EMIT_STEALS_REFERENCE = _emit_steals_reference()
VOID_LOSES_NONE = _void_calls_lose_none()


def defect_message() -> str:
    """Empty when this PySide6 is sound; otherwise what is wrong and how to fix it."""
    if not VOID_LOSES_NONE:
        return ""
    import PySide6

    return (f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses references "
            "to None on Qt calls and will crash a long session. Install "
            "PySide6-Essentials==6.11.3 (or run on Python 3.12+).")


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 6.12.0."""
    result = signal.emit(*args)
    if EMIT_STEALS_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
