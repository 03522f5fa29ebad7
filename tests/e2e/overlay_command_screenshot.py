"""Screenshots of the real daemon's overlay in command mode on Xvfb.

``PYTHONPATH=. python -m tests.e2e.overlay_command_screenshot docs [light|dark]`` saves
``overlay-command.png`` (a dangerous suggestion: red badge, reasons, buttons) and
``overlay-command-run.png`` (a safe command after Execute: live output, exit code).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.desktop_env import Desktop, OverlayProcess
from tests.e2e.overlay_screenshot import grab, wallpaper_desktop


def ask(desk: Desktop, proc: OverlayProcess, request: str) -> None:
    mark = proc.count()
    desk.run("xdotool", "type", "--delay", "5", f"!{request}")
    desk.run("xdotool", "key", "Return")
    proc.wait_for("done", after=mark, timeout=120)


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    mode = sys.argv[2] if len(sys.argv) > 2 else "light"
    proc = None
    with wallpaper_desktop(mode) as desk:
        try:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
