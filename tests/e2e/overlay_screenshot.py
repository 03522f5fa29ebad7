"""Screenshot of the real daemon's overlay on Xvfb, answering with the default model.

``PYTHONPATH=. python -m tests.e2e.overlay_screenshot docs/overlay.png [light|dark]``

A plain "wallpaper" window sits under the overlay so the rounded corners show a
desktop rather than X's black root. The picture is a crop of the X screen: what
Qt drew, nothing composited afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.e2e.desktop_env import ROOT, Desktop, OverlayProcess, start_bus, start_xvfb, stop

QUESTION = "Give me three quick tips for writing clear commit messages."
WALLPAPER = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QWidget
dark = sys.argv[1] == "dark"
app = QApplication(["wallpaper"])
class W(QWidget):
    def paintEvent(self, e):
        p = QPainter(self)
        g = QLinearGradient(0, 0, self.width(), self.height())
        stops = (("#1d2b4f", "#4b2f63", "#0f172a") if dark else ("#9fb8e8", "#c7b3e6", "#f0d7c8"))
        for i, c in enumerate(stops):
            g.setColorAt(i / 2, QColor(c))
        p.fillRect(self.rect(), g)
w = W(); w.setWindowFlags(Qt.WindowType.FramelessWindowHint)
w.setGeometry(app.primaryScreen().geometry()); w.show()
print("ready", flush=True)
app.exec()
"""


GRAB = ("import mss, mss.tools, sys, json\n"
        "r = json.loads(sys.argv[2])\n"
        "with mss.MSS() as s:\n"
        "    img = s.grab(r)\n"
        "    mss.tools.to_png(img.rgb, img.size, output=sys.argv[1])\n")


@contextlib.contextmanager
def wallpaper_desktop(mode: str) -> Iterator[Desktop]:
    """Xvfb, a session bus and a gradient wallpaper window under where the overlay shows."""
    xvfb, display = start_xvfb(1600, 1000)
    bus, address = start_bus()
    desk = Desktop(display, address, "bare")
    wall = subprocess.Popen([sys.executable, "-c", WALLPAPER, mode], env=desk.env(),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert wall.stdout is not None and wall.stdout.readline().strip() == "ready"
        yield desk
    finally:
        stop(wall)  # type: ignore[arg-type]
        stop(bus)
        stop(xvfb)


def grab(desk: Desktop, out: Path, margin: int = 48) -> None:
    """Save the overlay window plus a margin of wallpaper as PNG: what Qt drew."""
    wid = desk.run("xdotool", "search", "--onlyvisible", "--name", "^Neuralux$").split()[0]
    geo = dict(line.strip().split(": ", 1) for line in
               desk.run("xwininfo", "-id", wid).splitlines() if ": " in line)
    x, y = int(geo["Absolute upper-left X"]), int(geo["Absolute upper-left Y"])
    w, h = int(geo["Width"]), int(geo["Height"])
    region = {"left": max(0, x - margin), "top": max(0, y - margin),
              "width": w + 2 * margin, "height": h + 2 * margin}
    subprocess.run([sys.executable, "-c", GRAB, str(out.resolve()), json.dumps(region)],
                   env=desk.env(), check=True, cwd=ROOT)
    print(f"saved {out} ({region['width']}x{region['height']})")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/overlay.png")
    mode = sys.argv[2] if len(sys.argv) > 2 else "light"
    proc = None
    with wallpaper_desktop(mode) as desk:
        try:
            tmp = Path(tempfile.mkdtemp(prefix="overlay-shot-"))
            env = {"NEURALUX_OVERLAY_THEME": mode, "NEURALUX_OVERLAY_WIDTH": "760",
                   "NEURALUX_LLM_MAX_TOKENS": "220"}
            proc = OverlayProcess(desk, tmp, fake=bool(os.environ.get("SCREENSHOT_FAKE")),
                                  **env)
            # Warm the model first, so the footer shows a steady-state time to first token.
            subprocess.run([sys.executable, "-m", "neuralux", "ask", "Hello"], env=proc.env,
                           cwd=ROOT, capture_output=True, timeout=300, check=False)
            desk.run("xdotool", "key", "alt+space")
            time.sleep(0.5)
            desk.run("xdotool", "type", "--delay", "5", QUESTION)
            desk.run("xdotool", "key", "Return")
            proc.wait_for("done", timeout=300)
            time.sleep(0.3)
            desk.run("xdotool", "type", "--delay", "5", "and one for PR titles?")
            time.sleep(0.3)
            grab(desk, out)
        finally:
            if proc is not None:
                proc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
