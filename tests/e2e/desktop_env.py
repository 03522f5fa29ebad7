"""Real X servers, window managers, session buses and the overlay process, for e2e tests.

Each fixture starts its own process on a free display/bus and kills it afterwards.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start_xvfb(width: int = 1600, height: int = 1000) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display it picks itself (-displayfd), so parallel runs never collide."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt install xvfb)")
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0",
                             f"{width}x{height}x24", "-nolisten", "tcp"], pass_fds=(w,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        number = f.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not report a display number")
    return proc, f":{number}"


def start_openbox(display: str, rc_dir: Path | None = None) -> subprocess.Popen[bytes]:
    """openbox; with ``rc_dir`` its config has Alt+Space freed (Openbox binds it to the
    window menu by default, as a user of Neuralux would unbind it)."""
    if shutil.which("openbox") is None:
        pytest.skip("openbox is not installed (apt install openbox)")
    argv = ["openbox", "--sm-disable"]
    if rc_dir is not None:
        rc = Path("/etc/xdg/openbox/rc.xml").read_text()
        rc = re.sub(r'<keybind key="A-space">.*?</keybind>', "", rc, flags=re.S)
        (rc_dir / "rc.xml").write_text(rc)
        argv += ["--config-file", str(rc_dir / "rc.xml")]
    proc = subprocess.Popen(argv, env={**os.environ, "DISPLAY": display},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30  # the shared CI machine can be slow to start it
    while time.monotonic() < deadline:
        out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True,
                             text=True, env={**os.environ, "DISPLAY": display}, check=False)
        if "window id" in out.stdout:
            return proc
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("openbox did not start")


def start_bus() -> tuple[subprocess.Popen[bytes], str]:
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    address = proc.stdout.readline().decode().strip()
    return proc, address


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Keyboard:
    """Synthetic keys through XTEST, like xdotool, from this process (no process start
    between keys, so \"typed right after\" really is right after)."""

    def __init__(self, display: str) -> None:
        from Xlib import XK
        from Xlib import display as xdisplay

        self.d = xdisplay.Display(display)
        self.XK = XK

    def _code(self, name: str) -> int:
        return int(self.d.keysym_to_keycode(self.XK.string_to_keysym(name)))

    def chord(self, *names: str) -> None:
        from Xlib import X
        from Xlib.ext import xtest

        codes = [self._code(n) for n in names]
        for c in codes:
            xtest.fake_input(self.d, X.KeyPress, c)
        for c in reversed(codes):
            xtest.fake_input(self.d, X.KeyRelease, c)
        self.d.sync()

    def type(self, text: str, gap: float = 0.002) -> None:
        names = {" ": "space", ",": "comma", ".": "period"}
        for ch in text:
            self.chord(names.get(ch, ch))
            time.sleep(gap)



@dataclass
class Desktop:
    display: str
    bus: str
    wm: str

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus,
                   XDG_SESSION_TYPE="x11", QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        env.update(extra)
        return env

    def run(self, *argv: str, check: bool = True) -> str:
        out = subprocess.run(list(argv), env=self.env(), capture_output=True, text=True,
                             timeout=30, check=False)
        if check and out.returncode != 0:
            raise AssertionError(f"{argv} failed: {out.stderr}")
        return out.stdout.strip()

    def visible_overlay(self) -> bool:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Neuralux$"],
                             env=self.env(), capture_output=True, text=True, check=False)
        return bool(out.stdout.strip())

    def focused_name(self) -> str:
        return self.run("xdotool", "getwindowfocus", "getwindowname", check=False)


@contextlib.contextmanager
def running_desktop(wm: str, tmp_path: Path) -> Iterator[Desktop]:
    """An X server (``wm`` = "bare" or "openbox") and a private session bus."""
    xvfb, display = start_xvfb()
    wm_proc = bus = None
    try:
        wm_proc = start_openbox(display, tmp_path) if wm == "openbox" else None
        bus, address = start_bus()
        yield Desktop(display, address, wm)
    finally:  # also when openbox or the bus failed to start: never leak a server
        stop(wm_proc)
        stop(bus)
        stop(xvfb)


@pytest.fixture(params=["bare", "openbox"])
def desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    """Run the test with and without a window manager (focus must work in both)."""
    with running_desktop(request.param, tmp_path) as desk:
        yield desk


@pytest.fixture
def bare_desktop(tmp_path: Path) -> Iterator[Desktop]:
    """For checks that do not depend on the window manager: once, without one."""
    with running_desktop("bare", tmp_path) as desk:
        yield desk


class OverlayProcess:
    """The overlay with its trace: the real daemon (``neuralux run``: real core, real default
    model, real D-Bus service) or, with ``fake=True``, the desktop host over a fake core
    (tests/e2e/overlay_harness.py) for deterministic long answers."""

    def __init__(self, desk: Desktop, tmp: Path, fake: bool = False, **env: str) -> None:
        self.trace = tmp / "trace.log"
        self.log = tmp / "overlay.log"
        self.trace.write_text("")
        home = tmp / "home"
        run = home / "run"
        run.mkdir(parents=True, exist_ok=True, mode=0o700)
        env = desk.env(NEURALUX_OVERLAY_TRACE=str(self.trace), NEURALUX_HARNESS_DBUS="1",
                       XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                       XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
                       XDG_RUNTIME_DIR=str(run), **env)
        self.env = env
        env.setdefault("NEURALUX_LLM_MAX_TOKENS", "48")  # keep answers short on 2 shared cores
        argv = ["-m", "tests.e2e.overlay_harness"] if fake else ["-m", "neuralux", "run"]
        self.proc = subprocess.Popen([sys.executable, *argv], env=env, cwd=ROOT,
                                     stdout=self.log.open("w"), stderr=subprocess.STDOUT)
        self.ready = self.wait_for("ready", timeout=30)

    def lines(self) -> list[tuple[str, float, str]]:
        out = []
        for line in self.trace.read_text().splitlines():
            kind, t, *rest = line.split(" ", 2)
            out.append((kind, float(t), rest[0] if rest else ""))
        return out

    def wait_for(self, kind: str, after: int = 0, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for k, _t, detail in self.lines()[after:]:
                if k == kind:
                    return detail
            if self.proc.poll() is not None:
                raise AssertionError(f"overlay exited: {self.log.read_text()[-2000:]}")
            time.sleep(0.02)
        raise AssertionError(f"no {kind!r} in trace: {self.trace.read_text()[-2000:]}\n"
                             f"log: {self.log.read_text()[-2000:]}")

    def count(self) -> int:
        return len(self.lines())

    def close(self) -> None:
        stop(self.proc)  # type: ignore[arg-type]
        assert "Traceback" not in self.log.read_text(), self.log.read_text()[-3000:]
