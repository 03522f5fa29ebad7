"""Desktop mode: Qt owns the main thread; the core runs on the runtime's loop thread.

``run_desktop`` is called by the daemon when a display is present. It builds
the overlay (hidden, fully laid out, so showing it only maps a window), the
tray, the hotkey backend and the bridge, then runs Qt until quit.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from typing import Any

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from neuralux.hotkeys import select as hotkey_select
from neuralux.hotkeys.x11 import KeyStroke
from neuralux.ui import theme
from neuralux.ui.bridge import Bridge
from neuralux.ui.overlay import OverlayWindow

log = logging.getLogger(__name__)

SPECIAL_QT_KEYS = {"Return": Qt.Key.Key_Return, "BackSpace": Qt.Key.Key_Backspace,
                   "Tab": Qt.Key.Key_Tab, "Escape": Qt.Key.Key_Escape, "Up": Qt.Key.Key_Up,
                   "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right,
                   "Delete": Qt.Key.Key_Delete}


def system_theme(setting: str) -> theme.Theme:
    qapp = QGuiApplication.instance()
    assert isinstance(qapp, QGuiApplication)
    scheme = qapp.styleHints().colorScheme()
    dark: bool | None = {Qt.ColorScheme.Dark: True, Qt.ColorScheme.Light: False}.get(scheme)
    return theme.pick(setting, qapp.palette().window().color().lightness(), dark)


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


class Desktop:
    """Owns and wires the GUI parts; ``start``/``stop`` around the Qt loop."""

    def __init__(self, app: Any, runtime: Any, qapp: QApplication) -> None:
        self.app = app
        self.runtime = runtime
        self.qapp = qapp
        self.settings = app.settings.overlay
        self.bridge = Bridge(app, runtime)
        self.overlay = OverlayWindow(self.settings, system_theme(self.settings.theme),
                                     compositing=x11_compositing())
        self.hotkey: hotkey_select.ActiveHotkey | None = None
        self.tray: Any = None
        self._visible = threading.Event()
        self._trace = open(os.environ["NEURALUX_OVERLAY_TRACE"], "a", buffering=1) \
            if os.environ.get("NEURALUX_OVERLAY_TRACE") else None

    def start(self) -> None:
        b, o = self.bridge, self.overlay
        b.toggle_requested.connect(self.toggle)
        b.show_requested.connect(self.show)
        b.chunk.connect(lambda rid, text: o.append_chunk(text) if rid == b.current else None)
        b.done.connect(self._done)
        b.failed.connect(self._failed)
        b.history_loaded.connect(o.set_history)
        o.ask.connect(b.ask)
        o.cancel.connect(b.cancel)
        o.new_conversation.connect(b.new_conversation)
        o.first_frame.connect(self._first_frame)
        o.hidden.connect(self._visible.clear)
        o.set_features(b.commands_ready, b.screen_ready)
        hints = self.qapp.styleHints()
        hints.colorSchemeChanged.connect(lambda _s: o.apply_theme(system_theme(o.settings.theme)))
        self._prewarm()
        self.hotkey = hotkey_select.start(self.settings, b.toggle,
                                          lambda: not self._visible.is_set(),
                                          start_portal=self._start_portal)
        log.info("hotkey: %s", self.hotkey.message)
        if self.settings.tray:
            from neuralux.ui.tray import Tray

            self.tray = Tray(self)
            self.tray.start()
        if self.hotkey.degraded:
            self._notify("Neuralux hotkey", self.hotkey.message)
        b.load_history()
        self.app.overlay_control = b  # the D-Bus mixin's way in; thread-safe signal emits

    def stop(self) -> None:
        self.app.overlay_control = None
        if self.hotkey is not None:
            self.hotkey.stop()
        if self.tray is not None:
            self.tray.stop()
        self.bridge.cancel()
        if self._trace is not None:
            self._trace.close()

    def _prewarm(self) -> None:
        """Create the native window and lay everything out now, so show only maps it."""
        o = self.overlay
        o.ensurePolished()
        o.winId()
        o._place()
        o._root.activate()

    def _start_portal(self, wanted: Any) -> Any:
        from neuralux.hotkeys.portal import PortalHotkey

        portal = PortalHotkey(wanted, self.bridge.toggle)
        self.runtime.submit(portal.start())
        return portal

    # -- show / hide ------------------------------------------------------
    def toggle(self) -> None:
        if self.overlay.isVisible():
            self.overlay.hide_overlay()
        else:
            self.show()

    def show(self, prefill: str = "") -> None:
        self._visible.set()
        self.overlay.show_overlay(prefill)

    def _first_frame(self, t: float) -> None:
        keys = self.hotkey.finish_grab(int(self.overlay.winId())) if self.hotkey else []
        for stroke in keys:
            QApplication.sendEvent(self.overlay.input, key_event(stroke))
        if self._trace is not None:
            self._trace.write(f"frame {t:.6f} keys {len(keys)}\n")

    # -- answers ------------------------------------------------------------
    def _done(self, rid: int, meta: dict[str, Any]) -> None:
        if rid != self.bridge.current:
            return
        self.overlay.finish_answer(meta, str(meta.get("text", "")))
        if self.tray is not None and meta.get("model"):
            self.tray.set_model(str(meta["model"]))
        if not self.overlay.isVisible() and self.settings.notify_when_hidden:
            self._notify("Neuralux answered", str(meta.get("text", ""))[:300])

    def _failed(self, rid: int, message: str) -> None:
        if rid != self.bridge.current:
            return
        self.overlay.fail(message)
        if not self.overlay.isVisible() and self.settings.notify_when_hidden:
            self._notify("Neuralux could not answer", message)

    def _notify(self, summary: str, body: str) -> None:
        from neuralux.dbus.notify import notify

        def report(fut: Any) -> None:
            if not fut.cancelled() and fut.exception() is not None:
                log.info("notification not shown: %s", fut.exception())

        self.runtime.submit(notify(summary, body)).add_done_callback(report)


_SIGNAL_SOCKETS: list[socket.socket] = []


def _quit_on_signals(qapp: QApplication) -> QSocketNotifier:
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


def run_desktop(app: Any, runtime: Any) -> int:
    """Run the overlay, tray and hotkey until quit; returns the Qt exit code."""
    t0 = time.monotonic()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(["neuralux"])
    qapp.setApplicationName("Neuralux")
    qapp.setDesktopFileName("neuralux")
    qapp.setQuitOnLastWindowClosed(False)
    desktop = Desktop(app, runtime, qapp)
    desktop.start()
    keep = _quit_on_signals(qapp)
    log.info("desktop ready in %.0f ms", (time.monotonic() - t0) * 1000)
    try:
        return int(qapp.exec())
    finally:
        keep.setEnabled(False)
        signal.set_wakeup_fd(-1)
        desktop.stop()
