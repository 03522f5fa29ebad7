"""D-Bus methods of the overlay: ``ToggleOverlay()`` and ``ShowOverlay(s prefill)``.

They run in the core loop; the overlay lives in the Qt thread. The desktop host
sets ``app.ui`` (the UI bridge, whose ``toggle``/``show`` only emit queued Qt
signals) while the overlay runs; when it is missing the daemon is headless and
the caller gets ``org.neuralux.Error.Unavailable`` with what to do about it.
"""

from __future__ import annotations

from typing import Any

from dbus_fast.service import dbus_method

from neuralux.dbus.errors import translate_errors
from neuralux.dbus.types import DBusStr
from neuralux.errors import InvalidArgument, Unavailable

HEADLESS = ("The overlay is not running: this Neuralux daemon is headless (it found no display "
            "when it started, or [overlay] enabled is false). Start it from your desktop session "
            "with `neuralux run`, or check `neuralux doctor`.")
MAX_PREFILL = 10_000


class OverlayMethods:
    app: Any

    def _overlay(self) -> Any:
        control = getattr(self.app, "ui", None)
        if control is None:
            raise Unavailable(HEADLESS)
        return control

    @dbus_method()
    @translate_errors
    def ToggleOverlay(self):
        self._overlay().toggle()

    @dbus_method()
    @translate_errors
    def ShowOverlay(self, prefill: DBusStr):
        if len(prefill) > MAX_PREFILL:
            raise InvalidArgument(f"prefill is {len(prefill)} characters; the most accepted "
                                  f"is {MAX_PREFILL}.")
        self._overlay().show(prefill)
