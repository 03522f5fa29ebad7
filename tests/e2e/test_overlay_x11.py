"""The overlay under a real X server (Xvfb), with and without a window manager.

The real hotkey path: xdotool sends the key through XTEST, the X server routes it
to Neuralux's grab, the overlay maps, takes focus and receives typed text. Most
tests run the real daemon (`neuralux run`: core, D-Bus service, default model);
the two that need a long, deterministic answer use the fake core.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop_env import (  # noqa: F401 - `desktop`, `bare_desktop` are fixtures
    ROOT,
    Desktop,
    Keyboard,
    OverlayProcess,
    bare_desktop,
    desktop,
)

pytestmark = pytest.mark.e2e


def wait_until(pred: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.02)
    return False


def done_fields(done: str) -> dict[str, str]:
    return dict(f.split("=", 1) for f in done.split(" text=")[0].split(" "))


def assert_gui_responsive(fields: dict[str, str]) -> None:
    """GUI event-loop latency while the answer streams: how late a 10 ms timer fires.
    p95 must stay under 50 ms; the single worst tick only under 250 ms, because on this
    shared 2-core machine the OS alone sometimes deschedules the GUI thread for longer."""
    assert float(fields["latency_p95_ms"]) < 50, fields
    assert float(fields["latency_ms"]) < 250, fields


@pytest.fixture
def daemon(desktop: Desktop, tmp_path: Path) -> Iterator[OverlayProcess]:  # noqa: F811
    proc = OverlayProcess(desktop, tmp_path)
    yield proc
    proc.close()


@pytest.fixture
def bare_daemon(bare_desktop: Desktop, tmp_path: Path) -> Iterator[OverlayProcess]:  # noqa: F811
    proc = OverlayProcess(bare_desktop, tmp_path)
    yield proc
    proc.close()


def neuralux(desk: Desktop, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "neuralux", *args], env=desk.env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.model
def test_hotkey_question_streams_answer_from_default_model(desktop: Desktop,  # noqa: F811
                                                           daemon: OverlayProcess) -> None:
    assert "backend=x11 key=Alt+Space" in daemon.ready
    assert not desktop.visible_overlay()
    desktop.run("xdotool", "key", "alt+space")
    assert wait_until(desktop.visible_overlay), "overlay did not appear"
    assert wait_until(lambda: desktop.focused_name() == "Neuralux"), desktop.focused_name()
    mark = daemon.count()
    desktop.run("xdotool", "type", "--delay", "15", "What is 2+2?")
    desktop.run("xdotool", "key", "Return")
    assert daemon.wait_for("ask", after=mark) == "ask What is 2+2?"
    done = daemon.wait_for("done", after=mark, timeout=180)
    fields = done_fields(done)
    assert int(fields["chars"]) > 0, done
    assert_gui_responsive(fields)
    desktop.run("xdotool", "key", "Escape")
    assert wait_until(lambda: not desktop.visible_overlay()), "Esc did not hide the overlay"
    # The exchange is in the daemon's history, so Up recalls it next time.
    out = neuralux(desktop, "history", "--json")
    assert "What is 2+2?" in out.stdout, out.stdout + out.stderr


def test_keys_typed_10ms_after_hotkey_are_kept(desktop: Desktop,  # noqa: F811
                                               daemon: OverlayProcess) -> None:
    mark = daemon.count()
    # One xdotool process: the hotkey, 10 ms, then the sentence.
    desktop.run("xdotool", "key", "alt+space", "sleep", "0.01", "type", "--delay", "8",
                "hello overlay")  # `type` takes every later argument as text
    desktop.run("xdotool", "key", "Return")
    assert daemon.wait_for("ask", after=mark) == "ask hello overlay"
    desktop.run("xdotool", "key", "Escape", "Escape")


def test_keys_typed_with_no_pause_after_hotkey_are_buffered(desktop: Desktop,  # noqa: F811
                                                            daemon: OverlayProcess) -> None:
    """XTEST from this process: the keys arrive before the window can possibly be mapped,
    so they must go through the hotkey thread's keyboard grab and be replayed in order."""
    kb = Keyboard(desktop.display)
    buffered = 0
    for i in range(5):
        mark = daemon.count()
        kb.chord("Alt_L", "space")
        kb.type(f"no pause {i}", gap=0)
        kb.chord("Return")
        assert daemon.wait_for("ask", after=mark) == f"ask no pause {i}"
        frame = daemon.wait_for("frame", after=mark)
        buffered += int(frame.split("keys=")[1])
        kb.chord("Escape")  # stop the answer
        kb.chord("Escape")  # hide
        daemon.wait_for("hidden", after=mark)
    assert buffered > 0, "the keyboard-grab buffer was never exercised"


def test_toggle_over_dbus(desktop: Desktop, daemon: OverlayProcess) -> None:  # noqa: F811
    out = neuralux(desktop, "toggle")
    assert out.returncode == 0, out.stderr
    assert wait_until(desktop.visible_overlay)
    out = neuralux(desktop, "toggle")
    assert out.returncode == 0, out.stderr
    assert wait_until(lambda: not desktop.visible_overlay())
    mark = daemon.count()
    out = neuralux(desktop, "toggle", "--show", "prefilled text")
    assert out.returncode == 0, out.stderr
    assert wait_until(desktop.visible_overlay)
    assert wait_until(lambda: desktop.focused_name() == "Neuralux")
    desktop.run("xdotool", "key", "Return")
    assert daemon.wait_for("ask", after=mark) == "ask prefilled text"
    desktop.run("xdotool", "key", "Escape", "Escape")


def test_escape_cancels_then_hides(desktop: Desktop, tmp_path: Path) -> None:  # noqa: F811
    proc = OverlayProcess(desktop, tmp_path, fake=True, NEURALUX_FAKE_ANSWER_CHARS="4000",
                          NEURALUX_FAKE_TOKEN_DELAY="0.05")
    try:
        desktop.run("xdotool", "key", "alt+space")
        assert wait_until(lambda: desktop.focused_name() == "Neuralux")
        desktop.run("xdotool", "type", "long one")
        desktop.run("xdotool", "key", "Return")
        proc.wait_for("first_chunk")
        desktop.run("xdotool", "key", "Escape")  # first Esc: stop the answer, stay open
        time.sleep(0.3)
        assert desktop.visible_overlay()
        desktop.run("xdotool", "key", "Escape")  # second Esc: hide
        assert wait_until(lambda: not desktop.visible_overlay())
        assert "done" not in [k for k, _t, _d in proc.lines()]
    finally:
        proc.close()


def test_long_answer_scrolls_and_gui_stays_responsive(bare_desktop: Desktop,  # noqa: F811
        tmp_path: Path) -> None:
    desk = bare_desktop
    proc = OverlayProcess(desk, tmp_path, fake=True, NEURALUX_FAKE_ANSWER_CHARS="20000",
                          NEURALUX_FAKE_TOKEN_DELAY="0.002")
    try:
        desk.run("xdotool", "key", "alt+space")
        assert wait_until(lambda: desk.focused_name() == "Neuralux")
        desk.run("xdotool", "type", "long")
        desk.run("xdotool", "key", "Return")
        done = proc.wait_for("done", timeout=60)
        fields = done_fields(done)
        assert int(fields["chars"]) == 20000
        value, maximum = map(int, fields["scroll"].split("/"))
        assert maximum > 1000 and value == maximum, "long answer should scroll, pinned to end"
        assert_gui_responsive(fields)
        # Still responsive afterwards: Esc hides at once.
        desk.run("xdotool", "key", "Escape")
        assert wait_until(lambda: not desk.visible_overlay(), timeout=2)
    finally:
        proc.close()


@pytest.mark.model
def test_up_recalls_questions_from_the_history_database(bare_desktop: Desktop,  # noqa: F811
        bare_daemon: OverlayProcess) -> None:
    desk, daemon = bare_desktop, bare_daemon
    out = neuralux(desk, "ask", "Name a primary colour.")
    assert out.returncode == 0, out.stderr
    mark = daemon.count()
    desk.run("xdotool", "key", "alt+space")
    assert wait_until(lambda: desk.focused_name() == "Neuralux")
    time.sleep(0.3)  # the history query runs on the database thread
    desk.run("xdotool", "key", "Up", "Return")
    assert daemon.wait_for("ask", after=mark) == "ask Name a primary colour."
    desk.run("xdotool", "key", "Escape", "Escape")


def test_hidpi_scale_doubles_device_pixels_and_stays_in_upper_third(
        bare_desktop: Desktop, tmp_path: Path) -> None:  # noqa: F811
    """With a 2x scale factor the overlay keeps its size in device-independent pixels
    (so twice the device pixels), centred horizontally, with its input in the upper third."""
    desk = bare_desktop
    proc = OverlayProcess(desk, tmp_path, fake=True, QT_SCALE_FACTOR="2",
                          NEURALUX_OVERLAY_WIDTH="600")
    try:
        desk.run("xdotool", "key", "alt+space")
        assert wait_until(desk.visible_overlay)
        wid = desk.run("xdotool", "search", "--onlyvisible", "--name", "^Neuralux$").split()[0]
        geo = dict(line.strip().split(": ", 1) for line in
                   desk.run("xwininfo", "-id", wid).splitlines() if ": " in line)
        x, y = int(geo["Absolute upper-left X"]), int(geo["Absolute upper-left Y"])
        w, h = int(geo["Width"]), int(geo["Height"])
        assert w == 1200, geo  # 600 dip at 2x on a 1600 px wide screen
        assert abs((x + w / 2) - 800) <= 2, geo
        assert y + h / 2 < 1000 / 3, geo
    finally:
        proc.close()


def test_sigterm_quits_the_desktop_daemon_cleanly(bare_desktop: Desktop,  # noqa: F811
        bare_daemon: OverlayProcess) -> None:
    desk, daemon = bare_desktop, bare_daemon
    desk.run("xdotool", "key", "alt+space")
    assert wait_until(desk.visible_overlay)
    started = time.monotonic()
    daemon.proc.terminate()
    assert daemon.proc.wait(timeout=15) == 0, daemon.log.read_text()[-2000:]
    assert time.monotonic() - started < 5
    assert not desk.visible_overlay()
