"""Screenshots of the real daemon's overlay in command mode on Xvfb.

``PYTHONPATH=. python -m tests.e2e.overlay_command_screenshot docs [light|dark]`` saves
``overlay-command.png`` (a dangerous suggestion: red badge, reasons, buttons) and
``overlay-command-run.png`` (a safe command after Execute: live output, exit code).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.desktop_env import ROOT, Desktop, OverlayProcess, start_bus, start_xvfb, stop
from tests.e2e.overlay_screenshot import WALLPAPER

GRAB = ("import mss, mss.tools, sys, json\n"
        "r = json.loads(sys.argv[2])\n"
        "with mss.MSS() as s:\n"
        "    img = s.grab(r)\n"
        "    mss.tools.to_png(img.rgb, img.size, output=sys.argv[1])\n")


def grab(desk: Desktop, out: Path, margin: int = 48) -> None:
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


def ask(desk: Desktop, proc: OverlayProcess, request: str) -> None:
    mark = proc.count()
    desk.run("xdotool", "type", "--delay", "5", f"!{request}")
    desk.run("xdotool", "key", "Return")
    proc.wait_for("done", after=mark, timeout=120)


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    mode = sys.argv[2] if len(sys.argv) > 2 else "light"
    xvfb, display = start_xvfb(1600, 1000)
    bus, address = start_bus()
    desk = Desktop(display, address, "bare")
    wall = subprocess.Popen([sys.executable, "-c", WALLPAPER, mode], env=desk.env(),
                            stdout=subprocess.PIPE, text=True)
    proc = None
    try:
        assert wall.stdout is not None and wall.stdout.readline().strip() == "ready"
        tmp = Path(tempfile.mkdtemp(prefix="overlay-cmd-shot-"))
        home = tmp / "home-of-ann"
        (home / "build").mkdir(parents=True)
        env = {"NEURALUX_OVERLAY_THEME": mode, "NEURALUX_OVERLAY_WIDTH": "760",
               "HOME": str(home), "NEURALUX_COMMANDS_USE_MODEL": "never"}
        proc = OverlayProcess(desk, tmp, **env)
        desk.run("xdotool", "key", "alt+space")
        time.sleep(0.5)
        ask(desk, proc, "delete the directory build and everything in it")
        time.sleep(0.4)
        grab(desk, folder / "overlay-command.png")
        ask(desk, proc, "show disk usage")
        mark = proc.count()
        desk.run("xdotool", "key", "alt+e")
        proc.wait_for("command_done", after=mark, timeout=30)
        time.sleep(0.4)
        grab(desk, folder / "overlay-command-run.png")
    finally:
        if proc is not None:
            proc.close()
        stop(wall)  # type: ignore[arg-type]
        stop(bus)
        stop(xvfb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
