"""X11 global hotkey: a passive key grab on the root window, in its own thread.

Why a real grab (python-xlib, pynput's own X library) rather than pynput's
``GlobalHotKeys`` listener: the listener only *watches* keys (XRecord), so
Alt+Space would also reach the focused application (GNOME opens its window
menu), it cannot tell that another client owns the key, and it cannot hold the
keys typed right after the hotkey. The grab gives all three:

* ``XGrabKey`` fails with ``BadAccess`` when another client holds the key, which
  is reported as ``HotkeyTaken`` so the caller can fall back;
* on a press the keyboard is grabbed at once, so what the user types while the
  overlay is being mapped is buffered here, and ``finish_grab`` focuses the
  overlay and releases the grab in one ordered burst of requests, handing the
  buffered keystrokes to the GUI — nothing typed after the hotkey is lost.
"""

from __future__ import annotations

import logging
import os
import queue
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from neuralux.errors import Unavailable
from neuralux.hotkeys.spec import HotkeySpec

log = logging.getLogger(__name__)

GRAB_SAFETY_SECONDS = 1.0  # never hold the keyboard longer than this, whatever happens
SPECIAL_KEYSYMS = {0xFF0D: "Return", 0xFF8D: "Return", 0xFF08: "BackSpace", 0xFF09: "Tab",
                   0xFF1B: "Escape", 0xFF52: "Up", 0xFF54: "Down", 0xFF51: "Left",
                   0xFF53: "Right", 0xFFFF: "Delete"}


class HotkeyTaken(Unavailable):
    """Another X client already grabbed this key combination."""


@dataclass(frozen=True)
class KeyStroke:
    """One key typed while the overlay was being shown."""

    text: str  # printable text, "" for special keys
    special: str = ""  # "Return", "BackSpace", ... or ""
    shift: bool = False
    ctrl: bool = False
    alt: bool = False


def keysym_text(keysym: int) -> str:
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if keysym & 0xFF000000 == 0x01000000:
        return chr(keysym & 0xFFFFFF)
    return ""


class X11Hotkey:
    name = "x11"

    def __init__(self, spec: HotkeySpec, on_activate: Callable[[], None],
                 should_grab: Callable[[], bool] = lambda: True,
                 display_name: str | None = None) -> None:
        self.spec = spec
        self._on_activate = on_activate
        self._should_grab = should_grab
        self._display_name = display_name
        self._d: Any = None
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = -1, -1
        self._requests: queue.Queue[tuple[str, Any, queue.Queue[Any] | None]] = queue.Queue()
        self._grabbing = False
        self._grab_deadline = 0.0
        self._buffer: list[tuple[int, int]] = []
        self._keycode = 0
        self._mask = 0
        self.paused = False
        self.activations = 0

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        from Xlib import XK, X, display, error

        try:
            self._d = display.Display(self._display_name)
        except (error.DisplayError, OSError) as exc:
            raise Unavailable(f"Cannot open the X display: {exc}") from exc
        masks = {"alt": X.Mod1Mask, "ctrl": X.ControlMask, "shift": X.ShiftMask,
                 "super": X.Mod4Mask}
        self._mask = 0
        for m in self.spec.modifiers:
            self._mask |= masks[m]
        keysym = XK.string_to_keysym(self.spec.key)
        self._keycode = self._d.keysym_to_keycode(keysym) if keysym else 0
        if not self._keycode:
            self._d.close()
            raise Unavailable(f"The key {self.spec.key!r} is not on this keyboard layout.")
        try:
            self._grab(True)
        except HotkeyTaken:
            self._d.close()
            self._d = None
            raise
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="x11-hotkey", daemon=True)
        self._thread.start()
        log.info("X11 hotkey %s grabbed", self.spec.label())

    def stop(self) -> None:
        if self._thread is None:
            return
        self._request("stop", None, wait=True)
        self._thread.join(timeout=2)
        self._thread = None
        os.close(self._wake_r)
        os.close(self._wake_w)

    def set_paused(self, paused: bool) -> None:
        self._request("pause", paused, wait=True)

    def finish_grab(self, window_id: int, timeout: float = 0.25) -> list[KeyStroke]:
        """Focus ``window_id``, release the keyboard, return what was typed meanwhile.

        Called from the GUI thread once the overlay is mapped; the short wait is one
        X round trip on the hotkey thread, never a model, the bus or the disk."""
        if self._thread is None:
            return []
        result = self._request("finish", window_id, wait=True, timeout=timeout)
        return result if isinstance(result, list) else []

    # -- internals (hotkey thread unless noted) ----------------------------
    def _request(self, kind: str, arg: Any, wait: bool, timeout: float = 2.0) -> Any:
        """Called from other threads: hand a request to the hotkey thread."""
        reply: queue.Queue[Any] | None = queue.Queue(maxsize=1) if wait else None
        self._requests.put((kind, arg, reply))
        os.write(self._wake_w, b"x")
        if reply is None:
            return None
        try:
            return reply.get(timeout=timeout)
        except queue.Empty:
            log.warning("hotkey thread did not answer %s in %.2f s", kind, timeout)
            return None

    def _grab(self, on: bool) -> None:
        from Xlib import X, error

        root = self._d.screen().root
        lock, numlock = X.LockMask, X.Mod2Mask
        for extra in (0, lock, numlock, lock | numlock):
            if on:
                catch = error.CatchError(error.BadAccess)
                # Keyboard mode Sync: on a press the server freezes the keyboard until we
                # answer, so keys typed right after the hotkey queue up instead of reaching
                # the previously focused window before our keyboard grab is in place.
                root.grab_key(self._keycode, self._mask | extra, True, X.GrabModeAsync,
                              X.GrabModeSync, onerror=catch)
                self._d.sync()
                if catch.get_error():
                    self._grab(False)
                    raise HotkeyTaken(f"{self.spec.label()} is already taken by another "
                                      "program.")
            else:
                root.ungrab_key(self._keycode, self._mask | extra)
        self._d.sync()

    def _run(self) -> None:
        fd = self._d.fileno()
        running = True
        while running:
            timeout = max(0.0, self._grab_deadline - time.monotonic()) if self._grabbing \
                else None
            readable, _, _ = select.select([fd, self._wake_r], [], [], timeout)
            try:
                while self._d.pending_events():
                    self._handle(self._d.next_event())
                if self._wake_r in readable:
                    os.read(self._wake_r, 64)
                    while not self._requests.empty():
                        kind, arg, reply = self._requests.get_nowait()
                        value = self._serve(kind, arg)
                        running = running and kind != "stop"
                        if reply is not None:
                            reply.put(value)
                if self._grabbing and time.monotonic() >= self._grab_deadline:
                    log.warning("overlay did not take focus in time; releasing the keyboard")
                    self._release(None)
            except Exception:
                log.exception("hotkey thread error")
        if self._grabbing:
            self._release(None)
        self._grab(False)
        self._d.close()

    def _serve(self, kind: str, arg: Any) -> Any:
        if kind == "finish":
            return self._release(arg) if self._grabbing else []
        if kind == "pause":
            if arg != self.paused:
                self._grab(not arg)
                self.paused = bool(arg)
            return self.paused
        return None

    def _handle(self, ev: Any) -> None:
        from Xlib import X

        if ev.type != X.KeyPress:
            return
        relevant = ev.state & (X.Mod1Mask | X.ControlMask | X.ShiftMask | X.Mod4Mask)
        if ev.detail == self._keycode and relevant == self._mask:
            if self._grabbing:
                self._d.allow_events(X.AsyncKeyboard, X.CurrentTime)
                return  # auto-repeat of the hotkey while we hold the keyboard
            self.activations += 1
            if self._should_grab():
                self._d.screen().root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync,
                                                    X.CurrentTime)
                self._grabbing = True
                self._grab_deadline = time.monotonic() + GRAB_SAFETY_SECONDS
                self._buffer = []
            self._d.allow_events(X.AsyncKeyboard, X.CurrentTime)  # thaw the keyboard
            self._d.flush()
            self._on_activate()
        elif self._grabbing:
            self._buffer.append((ev.detail, ev.state))

    def _release(self, window_id: int | None) -> list[KeyStroke]:
        from Xlib import X, error

        if window_id:
            # Focus first, then ungrab, on one connection: the server applies them in
            # order, so every key after the ungrab lands in the overlay.
            catch = error.CatchError(error.BadMatch, error.BadWindow)
            self._d.set_input_focus(window_id, X.RevertToParent, X.CurrentTime, onerror=catch)
        self._d.ungrab_keyboard(X.CurrentTime)
        self._d.sync()
        while self._d.pending_events():
            self._handle(self._d.next_event())  # still "grabbing": keys go to the buffer
        self._grabbing = False
        keys = [self._stroke(code, state) for code, state in self._buffer]
        self._buffer = []
        return keys

    def _stroke(self, keycode: int, state: int) -> KeyStroke:
        from Xlib import X

        shift = bool(state & X.ShiftMask)
        keysym = self._d.keycode_to_keysym(keycode, 1 if shift else 0) or \
            self._d.keycode_to_keysym(keycode, 0)
        if state & X.LockMask and not shift:
            upper = self._d.keycode_to_keysym(keycode, 1)
            if 0x61 <= keysym <= 0x7A and upper:
                keysym = upper
        special = SPECIAL_KEYSYMS.get(keysym, "")
        return KeyStroke("" if special else keysym_text(keysym), special, shift,
                         bool(state & X.ControlMask), bool(state & X.Mod1Mask))
