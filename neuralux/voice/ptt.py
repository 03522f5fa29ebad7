"""Hold-to-talk key.

Default key: Right Ctrl (``<ctrl_r>``). It is on every keyboard, does nothing on
its own in common desktops, and does not clash with the overlay's Alt+Space.
Because Right Ctrl is also a modifier, pressing any other key while it is held
(Right Ctrl+C, ...) *cancels* the recording: a chord is a shortcut, not speech.

Backends:
- X11: a pynput keyboard listener (XRecord) sees key down and key up globally.
- Wayland: global key state is not visible to clients. The GlobalShortcuts
  portal reports ``Activated`` / ``Deactivated`` for a bound shortcut, which
  maps onto ``press`` / ``release``; ``PortalPushToTalk`` is the hook the
  portal session (``neuralux/hotkeys``) drives. Without it, bind a desktop
  shortcut to D-Bus ``StartListening`` / ``StopListening``.

Callbacks run on the listener's thread; the owner hops to its event loop.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from neuralux.errors import ConfigError, Unavailable

log = logging.getLogger(__name__)

DEFAULT_KEY = "<ctrl_r>"


class HoldState:
    """Pure press/release bookkeeping for a (possibly multi-key) hold-to-talk binding."""

    def __init__(self, required: set[Any], on_press: Callable[[], None],
                 on_release: Callable[[], None], on_cancel: Callable[[], None]) -> None:
        self._required = required
        self._down: set[Any] = set()
        self._active = False
        self._lock = threading.Lock()
        self._on_press, self._on_release, self._on_cancel = on_press, on_release, on_cancel

    @property
    def active(self) -> bool:
        return self._active

    def key_down(self, key: Any) -> None:
        with self._lock:
            if key in self._required:
                self._down.add(key)
                fire = not self._active and self._down >= self._required
                self._active = self._active or fire
                callback = self._on_press if fire else None
            elif self._active:
                self._active = False  # a chord such as Ctrl+C: not speech
                callback = self._on_cancel
            else:
                callback = None
        if callback is not None:
            callback()

    def key_up(self, key: Any) -> None:
        with self._lock:
            self._down.discard(key)
            fire = self._active and key in self._required
            if fire:
                self._active = False
        if fire:
            self._on_release()


class X11PushToTalk:
    """Hold-to-talk through a pynput keyboard listener (X11, including XWayland apps)."""

    def __init__(self, key: str, on_press: Callable[[], None], on_release: Callable[[], None],
                 on_cancel: Callable[[], None]) -> None:
        self._key = key or DEFAULT_KEY
        self._callbacks = (on_press, on_release, on_cancel)
        self._listener: Any = None
        self.state: HoldState | None = None

    def start(self) -> None:
        if not os.environ.get("DISPLAY"):
            raise Unavailable("The talk key needs an X11 display (DISPLAY is not set). Use D-Bus "
                              "StartListening/StopListening from a desktop shortcut instead.")
        try:
            from pynput import keyboard
        except Exception as exc:  # pynput raises ImportError or Xlib errors without a server
            raise Unavailable(f"The talk key needs pynput and an X server: {exc}") from exc
        try:
            keys = keyboard.HotKey.parse(self._key)
        except ValueError as exc:
            raise ConfigError(f"voice.talk_key {self._key!r} is not a valid key ({exc}); use "
                              "pynput syntax such as <ctrl_r> or <ctrl>+<alt>+v.") from exc
        def ident(key: Any) -> Any:
            # Parsed keys and event keys differ in type (Key vs KeyCode): compare codes.
            code = key.value if isinstance(key, keyboard.Key) else key
            char = getattr(code, "char", None)
            return ("char", char.lower()) if char else ("vk", getattr(code, "vk", None))

        required = {ident(k) for k in keys}
        state = HoldState(required, *self._callbacks)
        self.state = state
        listener: Any = None

        def canonical(key: Any) -> Any:
            # canonical() folds Right Ctrl into Ctrl: keep a key that is bound as it is.
            k = ident(key)
            if k in required or listener is None:
                return k
            return ident(listener.canonical(key))

        def down(key: Any) -> None:
            state.key_down(canonical(key))

        def up(key: Any) -> None:
            state.key_up(canonical(key))

        listener = keyboard.Listener(on_press=down, on_release=up)
        listener.start()
        listener.wait()  # the X RECORD context is live once this returns
        self._listener = listener
        log.info("talk key %s active (X11)", self._key)

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        listener.stop()
        listener.join(timeout=0.3)
        if listener.is_alive():
            # pynput disables the XRecord context on the connection that is blocked in
            # it, which only wakes on the next key event. Disabling it from a fresh
            # connection ends the listener now.
            _disable_record_context(getattr(listener, "_context", None))
            listener.join(timeout=2)
        if listener.is_alive():
            log.warning("the talk key listener did not stop")


def _disable_record_context(context: Any) -> None:
    if context is None:
        return
    try:
        import Xlib.display

        display = Xlib.display.Display()
        try:
            display.record_disable_context(context)
            display.flush()
        finally:
            display.close()
    except Exception:  # the X server may already be gone; nothing left to stop then
        log.debug("could not disable the XRecord context", exc_info=True)


class PortalPushToTalk:
    """Wayland hook: the GlobalShortcuts portal session calls ``activated`` / ``deactivated``."""

    def __init__(self, on_press: Callable[[], None], on_release: Callable[[], None]) -> None:
        self._on_press, self._on_release = on_press, on_release
        self.active = False

    def activated(self) -> None:
        if not self.active:
            self.active = True
            self._on_press()

    def deactivated(self) -> None:
        if self.active:
            self.active = False
            self._on_release()

    def start(self) -> None:
        log.info("talk key waits for the GlobalShortcuts portal (Wayland); D-Bus "
                 "StartListening/StopListening work meanwhile")

    def stop(self) -> None:
        self.active = False


def choose_backend(setting: str, env: dict[str, str]) -> str:
    """auto → x11 with a DISPLAY and no Wayland session, portal on Wayland, else none."""
    if setting != "auto":
        return setting
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return "portal"
    return "x11" if env.get("DISPLAY") else "none"
