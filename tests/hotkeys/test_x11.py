"""The X11 hotkey thread against a real X server (Xvfb), without Qt."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from neuralux.hotkeys import spec
from neuralux.hotkeys.x11 import GRAB_SAFETY_SECONDS, HotkeyTaken, X11Hotkey
from tests.e2e.desktop_env import Keyboard, start_xvfb, stop

pytestmark = pytest.mark.e2e


def wait_until(pred: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.01)
    return False


@pytest.fixture
def display() -> Iterator[str]:
    proc, name = start_xvfb(800, 600)
    yield name
    stop(proc)


def test_activation_pause_and_conflict(display: str) -> None:
    fired: list[float] = []
    hk = X11Hotkey(spec.parse("<alt>+<space>"), lambda: fired.append(time.monotonic()),
                   should_grab=lambda: False, display_name=display)
    hk.start()
    kb = Keyboard(display)
    try:
        kb.chord("Alt_L", "space")
        assert wait_until(lambda: len(fired) == 1)
        kb.chord("space")  # space alone is not the hotkey
        kb.chord("Control_L", "Alt_L", "space")  # nor is Ctrl+Alt+Space
        time.sleep(0.2)
        assert len(fired) == 1
        with pytest.raises(HotkeyTaken, match="Alt\\+Space is already taken"):
            X11Hotkey(spec.parse("<alt>+<space>"), lambda: None, display_name=display).start()
        hk.set_paused(True)
        kb.chord("Alt_L", "space")
        time.sleep(0.2)
        assert len(fired) == 1
        other = X11Hotkey(spec.parse("<alt>+<space>"), lambda: None, display_name=display)
        other.start()  # paused: the key is free for others
        other.stop()
        hk.set_paused(False)
        kb.chord("Alt_L", "space")
        assert wait_until(lambda: len(fired) == 2)
    finally:
        hk.stop()


def test_keyboard_is_released_if_the_overlay_never_takes_it(display: str) -> None:
    """Safety: a grab that nobody finishes is dropped, the keyboard never stays captured."""
    hk = X11Hotkey(spec.parse("<alt>+<space>"), lambda: None, display_name=display)
    hk.start()
    kb = Keyboard(display)
    try:
        kb.chord("Alt_L", "space")
        kb.type("abc", gap=0)
        time.sleep(GRAB_SAFETY_SECONDS + 0.3)
        from Xlib import X
        from Xlib import display as xdisplay

        d = xdisplay.Display(display)
        status = d.screen().root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync,
                                               X.CurrentTime)
        d.close()
        assert status == X.GrabSuccess, "the hotkey thread still holds the keyboard"
        assert hk.finish_grab(0) == []
    finally:
        hk.stop()
