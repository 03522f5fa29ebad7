"""Desktop mode: Qt owns the main thread; the core runs on the runtime's loop thread.

``run_desktop`` is called by the daemon when a display is present. It builds
the overlay (hidden, fully laid out, so showing it only maps a window), the
tray, the hotkey backend and the bridge, then runs Qt until quit.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from neuralux.errors import NeuraluxError, Unavailable
from neuralux.hotkeys import select as hotkey_select
from neuralux.ui import prompt_logic, theme
from neuralux.ui.bridge import Bridge
from neuralux.ui.command_wiring import connect_command_mode
from neuralux.ui.overlay import OverlayWindow
from neuralux.ui.session import (
    ensure_display,
    key_event,
    quit_on_signals,
    wait_headless,
    x11_compositing,
)
from neuralux.ui.trace import LatencyProbe, Trace
from neuralux.ui.voice_view import VoiceOverlay

log = logging.getLogger(__name__)


def system_theme(setting: str) -> theme.Theme:
    qapp = QGuiApplication.instance()
    assert isinstance(qapp, QGuiApplication)
    scheme = qapp.styleHints().colorScheme()
    dark: bool | None = {Qt.ColorScheme.Dark: True, Qt.ColorScheme.Light: False}.get(scheme)
    return theme.pick(setting, qapp.palette().window().color().lightness(), dark)


PREWARM_MARKDOWN = "# h\n\n**b** *i* `c`\n\n- x\n\n```sh\nls\n```\n"


CAPTURE_DELAY_MS = 80  # let the X server unmap the overlay before the screen is read


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
        self._visible = self.bridge.visible  # read by voice notifications from other threads
        self.voice = VoiceOverlay(self)
        self._capturing = False  # hidden for a /screen capture, to be shown again
        self.trace = Trace()
        # Two GUI-latency probes (tracing only): ask → first token (the model may be
        # loading), and first token → done (the model streaming).
        self.probe_wait = LatencyProbe() if self.trace.enabled else None
        self.probe = LatencyProbe() if self.trace.enabled else None

    def start(self) -> None:
        b, o = self.bridge, self.overlay
        b.toggle_requested.connect(self.toggle)
        b.show_requested.connect(self.show)
        b.chunk.connect(self._chunk)
        b.done.connect(self._done)
        b.failed.connect(self._failed)
        b.history_loaded.connect(o.set_history)
        b.screen_read.connect(self._screen_read)
        b.hide_requested.connect(self.hide)
        o.ask.connect(self._ask)
        o.cancel.connect(b.cancel)
        o.new_conversation.connect(b.new_conversation)
        o.first_frame.connect(self._first_frame)
        o.hidden.connect(self._hidden)
        o.set_features(b.commands_ready, b.screen_ready)
        connect_command_mode(b, o, self.trace)
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
        self.voice.start()
        b.load_history()
        self.app.ui = b  # the D-Bus mixin's way in; thread-safe signal emits
        gate = getattr(self.app, "screen_consent", None)
        if gate is not None:  # other programs reading the screen: ask the person here
            from neuralux.ui.consent_dialog import make_asker

            gate.asker = make_asker(b.run_on_gui)
        self.trace.event("ready", f"backend={self.hotkey.backend} key={self.hotkey.label} "
                                  f"message={self.hotkey.message}")

    def stop(self) -> None:
        self.app.ui = None
        gate = getattr(self.app, "screen_consent", None)
        if gate is not None:
            gate.asker = None
        if self.hotkey is not None:
            self.hotkey.stop()
        if self.tray is not None:
            self.tray.stop()
        self.bridge.cancel()
        self.bridge.stop_command()  # a command the person started ends with the overlay
        self.bridge.executor.join()
        self.trace.close()

    def _prewarm(self) -> None:
        """Create the native window and lay everything out now, so show only maps it."""
        o = self.overlay
        o.ensurePolished()
        o.winId()
        o._place()
        o._root.activate()
        # Render every kind of block once, so fonts (bold, mono) and the text layout are
        # loaded now rather than on the first streamed token.
        o.answer.set_text(PREWARM_MARKDOWN)
        o.answer.document().size()
        o.answer.reset()

    def _start_portal(self, wanted: Any) -> Any:
        from neuralux.hotkeys.portal import PortalHotkey

        portal = PortalHotkey(wanted, self.bridge.toggle)
        self.runtime.submit(portal.start()).add_done_callback(self._portal_started)
        return portal

    def _portal_started(self, fut: Any) -> None:
        """Runs in the core thread when the portal answered (the user may take a while)."""
        if fut.cancelled():
            return
        exc = fut.exception()
        if exc is None:
            log.info("the desktop bound the overlay shortcut")
            return
        reason = exc.message if isinstance(exc, NeuraluxError) else str(exc)
        message = (f"No global hotkey: {reason} Bind `neuralux toggle` to a desktop shortcut "
                   "(`neuralux setup-shortcut` does it on GNOME).")
        log.warning("%s", message)
        if self.hotkey is not None:
            self.hotkey.backend, self.hotkey.message = hotkey_select.NONE, message
        self._notify("Neuralux hotkey", message)

    # -- show / hide ------------------------------------------------------
    def toggle(self) -> None:
        if self.overlay.isVisible():
            self.overlay.hide_overlay()
        else:
            self.show()

    def hide(self) -> None:
        if self.overlay.isVisible():
            self.overlay.hide_overlay()

    def show(self, prefill: str = "") -> None:
        self.trace.event("show")
        self._visible.set()
        self.overlay.show_overlay(prefill)
        # Refresh Up/Down recall (questions asked from the CLI or D-Bus count too); the
        # query runs on the database thread and lands well before a key is pressed.
        self.bridge.load_history()

    def _chunk(self, rid: int, text: str) -> None:
        if rid != self.bridge.current:
            return
        if self.probe is not None and self.probe_wait is not None and self.probe_wait.running:
            self.trace.event("first_chunk")
            self.probe_wait.end()
            self.probe.begin()
        self.overlay.append_chunk(text)

    def _hidden(self) -> None:
        self._visible.clear()
        self.trace.event("hidden")

    def _ask(self, prompt: str, mode: str) -> None:
        self.trace.event("ask", f"{mode} {prompt}")
        if self.probe_wait is not None:
            self.probe_wait.begin()
        if mode == prompt_logic.SCREEN and self.bridge.screen_ready:
            # Read the screen the user was looking at, not the overlay on top of it.
            self._capturing = True
            self.overlay.hide()
            QTimer.singleShot(CAPTURE_DELAY_MS, lambda: self.bridge.ask(prompt, mode))
        else:
            self.bridge.ask(prompt, mode)

    def _screen_read(self) -> None:
        if self._capturing:
            self._capturing = False
            self.overlay.show_overlay()

    def _first_frame(self, t: float) -> None:
        keys = self.hotkey.finish_grab(int(self.overlay.winId())) if self.hotkey else []
        for stroke in keys:
            QApplication.sendEvent(self.overlay.input, key_event(stroke))
        self.trace.event("frame", f"keys={len(keys)}", t)

    # -- answers ------------------------------------------------------------
    def _done(self, rid: int, meta: dict[str, Any]) -> None:
        if rid != self.bridge.current:
            return
        self.overlay.finish_answer(meta, str(meta.get("text", "")))
        if self.trace.enabled:
            bar = self.overlay.answer.verticalScrollBar()
            worst = self.probe.end() if self.probe is not None else 0.0
            wait = self.probe_wait.end() if self.probe_wait is not None else 0.0
            self.trace.event("done", f"chars={len(self.overlay.answer.text())} "
                             f"scroll={bar.value()}/{bar.maximum()} latency_ms={worst:.1f} "
                             f"latency_p95_ms={self.probe.p95() if self.probe else 0.0:.1f} "
                             f"wait_latency_ms={wait:.1f} text={self.overlay.answer.text()[:200]}")
        if self.tray is not None and meta.get("model"):
            self.tray.set_model(str(meta["model"]))
        if not self.overlay.isVisible() and self.settings.notify_when_hidden:
            self._notify("Neuralux answered", str(meta.get("text", ""))[:300])

    def _failed(self, rid: int, message: str) -> None:
        if rid != self.bridge.current:
            return
        self.overlay.fail(message)
        self.trace.event("failed", message)
        if not self.overlay.isVisible() and self.settings.notify_when_hidden:
            self._notify("Neuralux could not answer", message)

    def _notify(self, summary: str, body: str) -> None:
        from neuralux.dbus.notify import notify

        def report(fut: Any) -> None:
            if not fut.cancelled() and fut.exception() is not None:
                log.info("notification not shown: %s", fut.exception())

        self.runtime.submit(notify(summary, body)).add_done_callback(report)


def run_desktop(app: Any, runtime: Any) -> int:
    """Run the overlay, tray and hotkey until quit; returns the Qt exit code.

    When no display answers (DISPLAY set to a dead server, say), Qt would abort the
    whole process; instead the overlay stays off and this waits, headless, until
    SIGINT/SIGTERM or the core stops, while D-Bus keeps being served."""
    t0 = time.monotonic()
    try:
        ensure_display()
    except Unavailable as exc:
        log.warning("%s The overlay is off; D-Bus and the CLI work.", exc.message)
        app.mode = "headless (display unreachable)"
        return wait_headless(runtime)
    if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY") \
            and "QT_QPA_PLATFORM" not in os.environ:
        # A Wayland client may not place or raise its own window; through XWayland the
        # overlay can centre itself and stay on top (Ulauncher does the same). The hotkey
        # still comes from the portal.
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(["neuralux"])
    qapp.setApplicationName("Neuralux")
    qapp.setDesktopFileName("neuralux")
    qapp.setQuitOnLastWindowClosed(False)
    from neuralux.ui.qtcompat import defect_message

    if defect_message():
        log.error("%s", defect_message())
    desktop = Desktop(app, runtime, qapp)
    desktop.start()
    keep = quit_on_signals(qapp)
    log.info("desktop ready in %.0f ms", (time.monotonic() - t0) * 1000)
    try:
        return int(qapp.exec())
    finally:
        keep.setEnabled(False)
        signal.set_wakeup_fd(-1)
        desktop.stop()
