"""Opt-in trace of overlay events, for tests and benchmarks (``NEURALUX_OVERLAY_TRACE``).

Each line is ``<kind> <monotonic seconds> <detail>``; monotonic time is shared by
all processes on the machine, so a benchmark can subtract the time it pressed
the key. A ``LatencyProbe`` measures how late a 10 ms GUI timer fires while an
answer streams: the GUI event-loop latency the user would feel.
"""

from __future__ import annotations

import os
import time
from typing import IO

from PySide6.QtCore import QObject, QTimer

PROBE_MS = 10


class Trace:
    def __init__(self, path: str | None = None) -> None:
        path = path if path is not None else os.environ.get("NEURALUX_OVERLAY_TRACE", "")
        self._f: IO[str] | None = open(path, "a", buffering=1, encoding="utf-8") \
            if path else None

    @property
    def enabled(self) -> bool:
        return self._f is not None

    def event(self, kind: str, detail: str = "", t: float | None = None) -> None:
        if self._f is not None:
            detail = detail.replace("\n", "\\n")
            self._f.write(f"{kind} {time.monotonic() if t is None else t:.6f} {detail}\n")

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None


class LatencyProbe(QObject):
    """Worst lateness of a periodic GUI timer between ``begin`` and ``end``."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0
        self.ticks = 0
        self.samples: list[float] = []

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def begin(self) -> None:
        self.worst_ms, self.ticks, self.samples = 0.0, 0, []
        self._last = time.monotonic()
        self._timer.start()

    def end(self) -> float:
        self._timer.stop()
        return self.worst_ms

    def p95(self) -> float:
        if not self.samples:
            return 0.0
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]

    def _tick(self) -> None:
        now = time.monotonic()
        late = max(0.0, (now - self._last) * 1000 - PROBE_MS)
        self.worst_ms = max(self.worst_ms, late)
        self.samples.append(late)
        self._last = now
        self.ticks += 1
