"""The desktop session as Qt and X see it: is a display usable, is a compositor running,
turning buffered X keystrokes into Qt key events, and signals while Qt owns the thread."""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from typing import Any

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from neuralux.errors import Unavailable
from neuralux.hotkeys.x11 import KeyStroke

log = logging.getLogger(__name__)

SPECIAL_QT_KEYS = {"Return": Qt.Key.Key_Return, "BackSpace": Qt.Key.Key_Backspace,
                   "Tab": Qt.Key.Key_Tab, "Escape": Qt.Key.Key_Escape, "Up": Qt.Key.Key_Up,
                   "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right,
                   "Delete": Qt.Key.Key_Delete}


def x11_compositing(display: str | None = None) -> bool:
    """Is a compositing manager running? Without one, translucent pixels render black."""
    try:
        from Xlib import display as xdisplay

        d = xdisplay.Display(display)
    except Exception:  # noqa: BLE001 - no X: assume a Wayland compositor
        return bool(os.environ.get("WAYLAND_DISPLAY"))
    try:
        atom = d.intern_atom(f"_NET_WM_CM_S{d.get_default_screen()}")
        return bool(d.get_selection_owner(atom))
    finally:
        d.close()


def key_event(stroke: KeyStroke) -> QKeyEvent:
    mods = Qt.KeyboardModifier.NoModifier
    if stroke.shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    if stroke.ctrl:
        mods |= Qt.KeyboardModifier.ControlModifier
    if stroke.alt:
        mods |= Qt.KeyboardModifier.AltModifier
    if stroke.special:
        return QKeyEvent(QKeyEvent.Type.KeyPress, SPECIAL_QT_KEYS[stroke.special], mods)
    ch = stroke.text
    code = ord(ch.upper()) if len(ch) == 1 and 0x20 <= ord(ch.upper()) <= 0x7E else 0
    key = Qt.Key(code) if code else Qt.Key.Key_unknown
    return QKeyEvent(QKeyEvent.Type.KeyPress, key, mods, "" if stroke.ctrl else ch)


_SIGNAL_SOCKETS: list[socket.socket] = []


def quit_on_signals(qapp: QApplication) -> QSocketNotifier:
    """SIGINT/SIGTERM quit the Qt loop (Python handlers only run when Python gets control)."""
    r, w = socket.socketpair()
    r.setblocking(False)
    w.setblocking(False)
    signal.set_wakeup_fd(w.fileno())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    notifier = QSocketNotifier(r.fileno(), QSocketNotifier.Type.Read, qapp)

    def woke() -> None:
        r.recv(64)
        qapp.quit()

    notifier.activated.connect(woke)
    _SIGNAL_SOCKETS[:] = [r, w]  # both ends must outlive the notifier
    return notifier


def ensure_display(env: Any = None) -> None:
    """Raise Unavailable unless a display answers. Qt aborts the whole process when it
    cannot connect, so the daemon must learn it here and fall back to headless."""
    env = os.environ if env is None else env
    wayland = env.get("WAYLAND_DISPLAY", "")
    if wayland:
        sock = wayland if os.path.isabs(wayland) else \
            os.path.join(env.get("XDG_RUNTIME_DIR", ""), wayland)
        if os.path.exists(sock):
            return
    if env.get("DISPLAY"):
        try:
            from Xlib import display as xdisplay

            xdisplay.Display(env["DISPLAY"]).close()
            return
        except Exception as exc:
            raise Unavailable(f"Cannot connect to the X display {env['DISPLAY']!r} ({exc}); "
                              "running headless.") from exc
    raise Unavailable("No display (neither DISPLAY nor a Wayland socket); running headless.")


def wait_headless(runtime: Any) -> int:
    done = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: done.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not done.wait(0.2):
            if not getattr(runtime, "running", True):
                break
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


