"""When things are missing: no display, the hotkey held by another client, no overlay."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.desktop_env import (
    ROOT,
    Desktop,
    OverlayProcess,
    start_bus,
    start_openbox,
    start_xvfb,
    stop,
)

pytestmark = pytest.mark.e2e

GRABBER = """
import sys, time
from Xlib import X, XK, display
d = display.Display()
code = d.keysym_to_keycode(XK.string_to_keysym("space"))
for extra in (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask):
    d.screen().root.grab_key(code, X.Mod1Mask | extra, True, X.GrabModeAsync, X.GrabModeAsync)
d.sync()
print("grabbed", flush=True)
time.sleep(120)
"""


def visible(desk: Desktop) -> bool:
    return desk.visible_overlay()


def wait_until(pred, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.02)
    return False


def test_hotkey_grabbed_by_another_client_falls_back(tmp_path: Path) -> None:
    xvfb, display = start_xvfb()
    bus, address = start_bus()
    desk = Desktop(display, address, "bare")
    grabber = subprocess.Popen([sys.executable, "-c", GRABBER], env=desk.env(),
                               stdout=subprocess.PIPE, text=True)
    proc = None
    try:
        assert grabber.stdout is not None and grabber.stdout.readline().strip() == "grabbed"
        proc = OverlayProcess(desk, tmp_path)
        assert "key=Ctrl+Alt+Space" in proc.ready
        assert "Alt+Space is taken by another program" in proc.ready
        assert "instead" in proc.ready
        desk.run("xdotool", "key", "ctrl+alt+space")
        assert wait_until(lambda: visible(desk))
        assert wait_until(lambda: desk.focused_name() == "Neuralux")
    finally:
        if proc is not None:
            proc.close()
        stop(grabber)  # type: ignore[arg-type]
        stop(bus)
        stop(xvfb)


def test_openbox_default_alt_space_conflict_is_reported(tmp_path: Path) -> None:
    """Openbox binds Alt+Space to its window menu out of the box, like GNOME and KDE."""
    xvfb, display = start_xvfb()
    wm = start_openbox(display)  # default rc.xml
    bus, address = start_bus()
    desk = Desktop(display, address, "openbox")
    proc = None
    try:
        proc = OverlayProcess(desk, tmp_path)
        assert "key=Ctrl+Alt+Space" in proc.ready and "taken" in proc.ready
        desk.run("xdotool", "key", "ctrl+alt+space")
        assert wait_until(lambda: visible(desk))
    finally:
        if proc is not None:
            proc.close()
        stop(wm)
        stop(bus)
        stop(xvfb)


def test_no_display_raises_unavailable_before_touching_qt() -> None:
    code = ("from neuralux.ui.host import run_desktop\n"
            "from neuralux.errors import Unavailable\n"
            "try:\n    run_desktop(object(), object())\n"
            "except Unavailable as e:\n    print('UNAVAILABLE', e.message)\n")
    for env in ({"DISPLAY": ":250"}, {}):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                             text=True, timeout=60, env={"PATH": "/usr/bin:/bin",
                                                         "PYTHONPATH": str(ROOT), **env})
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("UNAVAILABLE"), out.stdout + out.stderr
        assert "headless" in out.stdout


def test_toggle_against_headless_daemon_is_a_clear_error(tmp_path: Path) -> None:
    """The D-Bus methods with no overlay running (what a headless daemon exports)."""
    bus, address = start_bus()
    script = tmp_path / "svc.py"
    script.write_text(
        "import asyncio\n"
        "from dbus_fast.aio import MessageBus\n"
        "from dbus_fast.service import ServiceInterface\n"
        "from neuralux.dbus.iface_overlay import OverlayMethods\n"
        "class App: overlay_control = None\n"
        "class Svc(OverlayMethods, ServiceInterface):\n"
        "    def __init__(self):\n"
        "        super().__init__('org.neuralux.Assistant1'); self.app = App()\n"
        "async def main():\n"
        "    bus = await MessageBus().connect()\n"
        "    bus.export('/org/neuralux/Assistant1', Svc())\n"
        "    await bus.request_name('org.neuralux.Assistant1')\n"
        "    print('ready', flush=True)\n"
        "    await asyncio.sleep(60)\n"
        "asyncio.run(main())\n")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "DBUS_SESSION_BUS_ADDRESS": address}
    svc = subprocess.Popen([sys.executable, str(script)], env=env, cwd=ROOT,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert svc.stdout is not None and svc.stdout.readline().strip() == "ready"
        out = subprocess.run([sys.executable, "-m", "neuralux.cli.overlay", "toggle"], env=env,
                             cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert out.returncode == 3
        assert "headless" in out.stderr and "neuralux run" in out.stderr
        assert "Traceback" not in out.stderr
        out = subprocess.run([sys.executable, "-m", "neuralux.cli.overlay", "toggle", "--show",
                              "x" * 20000], env=env, cwd=ROOT, capture_output=True, text=True,
                             timeout=30)
        assert out.returncode == 4 and "most accepted" in out.stderr
    finally:
        stop(svc)  # type: ignore[arg-type]
        stop(bus)


def test_toggle_without_daemon_says_how_to_start_it() -> None:
    bus, address = start_bus()
    try:
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
               "DBUS_SESSION_BUS_ADDRESS": address}
        out = subprocess.run([sys.executable, "-m", "neuralux.cli.overlay", "toggle"], env=env,
                             cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert out.returncode == 3 and "neuralux run" in out.stderr, out.stderr
    finally:
        stop(bus)
