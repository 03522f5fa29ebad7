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


@pytest.mark.parametrize("display", ["", ":250"], ids=["no-display", "dead-display"])
def test_daemon_without_usable_display_is_headless_and_toggle_says_so(
        tmp_path: Path, display: str) -> None:
    """No DISPLAY: the daemon never imports Qt. A DISPLAY nobody answers (Qt would abort the
    process): the overlay stays off, D-Bus keeps working. Either way toggle explains."""
    bus, address = start_bus()
    home = tmp_path / "daemon-home"
    (home / "run").mkdir(parents=True, mode=0o700)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "DBUS_SESSION_BUS_ADDRESS": address,
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "c"), "XDG_DATA_HOME": str(home / "d"),
           "XDG_RUNTIME_DIR": str(home / "run")}
    if display:
        env["DISPLAY"] = display
    log = tmp_path / "daemon.log"
    daemon = subprocess.Popen([sys.executable, "-m", "neuralux", "run"], env=env, cwd=ROOT,
                              stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        out = None
        for _ in range(200):
            out = subprocess.run([sys.executable, "-m", "neuralux", "toggle"], env=env, cwd=ROOT,
                                 capture_output=True, text=True, timeout=30)
            if "daemon is not running" not in out.stderr:
                break
            time.sleep(0.1)
        assert out is not None and out.returncode == 3, (out and out.stderr, log.read_text())
        assert "headless" in out.stderr and "neuralux run" in out.stderr
        assert "Traceback" not in out.stderr
        assert daemon.poll() is None, log.read_text()
        daemon.terminate()
        assert daemon.wait(timeout=15) == 0, log.read_text()
        assert "Traceback" not in log.read_text()
    finally:
        stop(daemon)  # type: ignore[arg-type]
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


NOTIFY_SERVER = """
import asyncio, json, sys
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method

class Notifications(ServiceInterface):
    def __init__(self):
        super().__init__("org.freedesktop.Notifications")
        self.n = 0
    @method()
    def Notify(self, app: "s", replaces: "u", icon: "s", summary: "s", body: "s", actions: "as",
               hints: "a{sv}", timeout: "i") -> "u":
        self.n += 1
        print(json.dumps({"app": app, "summary": summary, "body": body}), flush=True)
        return self.n

async def main():
    bus = await MessageBus().connect()
    bus.export("/org/freedesktop/Notifications", Notifications())
    await bus.request_name("org.freedesktop.Notifications")
    print("ready", flush=True)
    await asyncio.sleep(120)

asyncio.run(main())
"""


def test_answer_finishing_while_hidden_becomes_a_notification(tmp_path: Path) -> None:
    import json

    xvfb, display = start_xvfb()
    bus, address = start_bus()
    desk = Desktop(display, address, "bare")
    server = subprocess.Popen([sys.executable, "-c", NOTIFY_SERVER], env=desk.env(),
                              stdout=subprocess.PIPE, text=True)
    proc = None
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        proc = OverlayProcess(desk, tmp_path, fake=True, NEURALUX_FAKE_TOKEN_DELAY="0.03")
        desk.run("xdotool", "key", "alt+space")
        assert wait_until(lambda: desk.focused_name() == "Neuralux")
        desk.run("xdotool", "type", "What is 2+2?")
        desk.run("xdotool", "key", "Return")
        proc.wait_for("first_chunk")
        desk.run("xdotool", "key", "alt+space")  # hide while the answer is still streaming
        proc.wait_for("hidden")
        proc.wait_for("done", timeout=30)
        note = json.loads(server.stdout.readline())
        assert note["app"] == "Neuralux" and note["summary"] == "Neuralux answered"
        assert "2 + 2 = 4" in note["body"]
    finally:
        if proc is not None:
            proc.close()
        stop(server)  # type: ignore[arg-type]
        stop(bus)
        stop(xvfb)


def test_wayland_session_uses_the_portal_shortcut(tmp_path: Path) -> None:
    """A Wayland session (simulated: WAYLAND_DISPLAY plus XWayland = Xvfb) binds the key
    through the GlobalShortcuts portal; the portal's Activated signal opens the overlay."""
    xvfb, display = start_xvfb()
    bus, address = start_bus()
    desk = Desktop(display, address, "bare")
    portal = subprocess.Popen([sys.executable, "-m", "tests.hotkeys.fake_portal"],
                              env=desk.env(), cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    proc = None
    try:
        assert portal.stdout is not None and portal.stdin is not None
        assert portal.stdout.readline().strip() == "ready"
        run = tmp_path / "home" / "run"
        run.mkdir(parents=True, exist_ok=True, mode=0o700)
        (run / "wayland-0").touch()  # stands for the compositor's socket
        proc = OverlayProcess(desk, tmp_path, fake=True, WAYLAND_DISPLAY="wayland-0",
                              XDG_SESSION_TYPE="wayland")
        assert "backend=portal" in proc.ready and "key=Alt+Space" in proc.ready
        time.sleep(0.5)  # the portal handshake (CreateSession, BindShortcuts) completes
        portal.stdin.write("activate\n")
        portal.stdin.flush()
        assert portal.stdout.readline().strip() == "activated"
        assert wait_until(lambda: visible(desk))
        assert "No global hotkey" not in proc.log.read_text()
    finally:
        if proc is not None:
            proc.close()
        stop(portal)  # type: ignore[arg-type]
        stop(bus)
        stop(xvfb)


def test_wayland_without_portal_says_how_to_bind_a_shortcut(tmp_path: Path) -> None:
    xvfb, display = start_xvfb()
    bus, address = start_bus()
    desk = Desktop(display, address, "bare")
    proc = None
    try:
        run = tmp_path / "home" / "run"
        run.mkdir(parents=True, exist_ok=True, mode=0o700)
        (run / "wayland-0").touch()
        proc = OverlayProcess(desk, tmp_path, fake=True, WAYLAND_DISPLAY="wayland-0",
                              XDG_SESSION_TYPE="wayland")
        assert wait_until(lambda: "No global hotkey" in proc.log.read_text())
        assert "neuralux setup-shortcut" in proc.log.read_text()
        # The overlay still works through D-Bus.
        out = subprocess.run([sys.executable, "-m", "neuralux.cli.overlay", "toggle"],
                             env=desk.env(), cwd=ROOT, capture_output=True, text=True,
                             timeout=30)
        assert out.returncode == 0, out.stderr
        assert wait_until(lambda: visible(desk))
    finally:
        if proc is not None:
            proc.close()
        stop(bus)
        stop(xvfb)
