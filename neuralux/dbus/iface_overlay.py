"""D-Bus methods of the overlay: ``ToggleOverlay()`` and ``ShowOverlay(s prefill)``.

They run in the core loop; the overlay lives in the Qt thread. The desktop host
sets ``app.overlay_control`` (the UI bridge, whose methods only emit queued Qt
signals) while the overlay runs; when it is missing the daemon is headless and
the caller gets ``org.neuralux.Error.Unavailable`` with what to do about it.
"""

from __future__ import annotations

from typing import Any

from dbus_fast import DBusError
from dbus_fast.service import method

from neuralux.errors import InvalidArgument, NeuraluxError, Unavailable

HEADLESS = ("The overlay is not running: this Neuralux daemon is headless (it found no display "
            "when it started, or [overlay] enabled is false). Start it from your desktop session "
            "with `neuralux run`, or check `neuralux doctor`.")
MAX_PREFILL = 10_000


def _as_dbus(exc: NeuraluxError) -> DBusError:
    return DBusError(exc.dbus_name, exc.message)


class OverlayMethods:
    app: Any

    def _overlay(self) -> Any:
        control = getattr(self.app, "overlay_control", None)
        if control is None:
            raise _as_dbus(Unavailable(HEADLESS))
        return control

    @method()
    def ToggleOverlay(self):
        self._overlay().toggle()

    @method()
    def ShowOverlay(self, prefill: s):  # type: ignore[name-defined]  # noqa: F821
        if len(prefill) > MAX_PREFILL:
            raise _as_dbus(InvalidArgument(f"prefill is {len(prefill)} characters; the most "
                                           f"accepted is {MAX_PREFILL}."))
        self._overlay().show(prefill)
