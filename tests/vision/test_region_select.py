"""The rubber-band region selector on a real X server, driven by xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]

SCRIPT = """
from neuralux.errors import Cancelled
from neuralux.ui.region_select import select_region
try:
    print("REGION", select_region(), flush=True)
except Cancelled as exc:
    print("CANCELLED", exc, flush=True)
"""
TITLE = "Neuralux: select a region"


def _start(display: str) -> subprocess.Popen:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    subprocess.run(["xdotool", "search", "--sync", "--name", TITLE], env=env, timeout=20,
                   check=True, stdout=subprocess.DEVNULL)
    return proc


def _xdo(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True,
                   timeout=10)


def test_drag_selects_a_region(window_manager: str) -> None:
    proc = _start(window_manager)
    try:
        _xdo(window_manager, "mousemove", "100", "120", "mousedown", "1",
             "mousemove", "300", "250", "mousemove", "420", "360", "mouseup", "1")
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert "REGION 100,120,320,240" in out, err


def test_escape_cancels(window_manager: str) -> None:
    proc = _start(window_manager)
    try:
        _xdo(window_manager, "key", "Escape")
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert "CANCELLED" in out, err
