"""Real X server fixtures for capture tests: Xvfb, openbox (for _NET_ACTIVE_WINDOW), a Qt window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _free_display() -> int:
    for n in range(140, 240):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    if not shutil.which("Xvfb"):
        pytest.skip("needs Xvfb")
    n = _free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sock = Path(f"/tmp/.X11-unix/X{n}")
    deadline = time.monotonic() + 10
    while not sock.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop(proc)
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    try:
        yield f":{n}"
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def window_manager(xvfb: str) -> Iterator[str]:
    """openbox sets _NET_ACTIVE_WINDOW, like a real desktop's window manager."""
    if not shutil.which("openbox"):
        pytest.skip("needs openbox")
    proc = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": xvfb},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield xvfb
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def traceback_window(window_manager: str) -> Iterator[dict]:
    """A real Qt window on the Xvfb display showing a Python traceback."""
    env = {**os.environ, "DISPLAY": window_manager, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.Popen([sys.executable, str(HERE / "show_window.py")], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("ready"):
        _stop(proc)
        pytest.fail(f"window helper failed: {line!r}")
    time.sleep(0.3)  # let openbox mark it active
    try:
        yield {"display": window_manager, "title": "Traceback viewer"}
    finally:
        if proc.stdin:
            proc.stdin.close()
        _stop(proc)
