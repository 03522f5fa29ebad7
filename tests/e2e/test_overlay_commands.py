"""Overlay command mode in the real daemon under Xvfb: `!` + a request → suggestion with
its risk → Execute runs it (output, exit code, audit row); a dangerous suggestion is never
run by Enter, only after Execute and typing `yes`.

The daemon's HOME is a temporary directory: commands run there (the overlay runs them
in the user's home), so the dangerous one can only delete a directory made for it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop_env import (  # noqa: F401 - `bare_desktop` is a fixture
    ROOT,
    Desktop,
    OverlayProcess,
    bare_desktop,
)

pytestmark = pytest.mark.e2e

SAFE_REQUEST = "show disk usage"
DANGEROUS_REQUEST = "delete the directory victim and everything in it"


@pytest.fixture
def daemon(bare_desktop: Desktop, tmp_path: Path) -> Iterator[OverlayProcess]:  # noqa: F811
    home = tmp_path / "user"
    (home / "victim").mkdir(parents=True)
    (home / "victim" / "keep.txt").write_text("precious")
    # Cookbook answers only: these requests are cookbook hits, and the model's speed on a
    # shared machine is not what this test measures.
    proc = OverlayProcess(bare_desktop, tmp_path, HOME=str(home),
                          NEURALUX_COMMANDS_USE_MODEL="never")
    yield proc
    proc.close()


def xdo(desk: Desktop, *args: str) -> None:
    desk.run("xdotool", *args)


def ask_command(desk: Desktop, proc: OverlayProcess, request: str) -> tuple[int, str]:
    mark = proc.count()
    xdo(desk, "type", "--delay", "8", f"!{request}")
    xdo(desk, "key", "Return")
    return mark, proc.wait_for("suggestion", after=mark, timeout=60)


def test_command_mode_executes_safe_and_guards_dangerous(bare_desktop: Desktop,  # noqa: F811
                                                         daemon: OverlayProcess,
                                                         tmp_path: Path) -> None:
    desk = bare_desktop
    home = tmp_path / "user"
    xdo(desk, "key", "alt+space")
    deadline = time.monotonic() + 10
    while not desk.visible_overlay() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert desk.visible_overlay()

    # A safe cookbook hit: Alt+E (the Execute button) runs it, output and audit follow.
    mark, shown = ask_command(desk, daemon, SAFE_REQUEST)
    assert shown.startswith("risk=safe command=df"), shown
    safe_command = shown.split("command=", 1)[1]
    xdo(desk, "key", "alt+e")
    assert daemon.wait_for("execute", after=mark) == "in the overlay (clicked Execute)"
    done = daemon.wait_for("command_done", after=mark, timeout=30)
    assert done.startswith("exit=0 interrupted=0 audited=1"), done
    assert "Filesystem" in done and "Size" in done, done

    # A dangerous one: Enter (twice) runs nothing.
    mark, shown = ask_command(desk, daemon, DANGEROUS_REQUEST)
    assert shown.startswith("risk=dangerous command=rm -r") and "victim" in shown, shown
    dangerous_command = shown.split("command=", 1)[1]
    xdo(desk, "key", "Return")
    xdo(desk, "key", "Return")
    time.sleep(1.0)
    assert not any(k == "execute" for k, _t, _d in daemon.lines()[mark:])
    assert (home / "victim" / "keep.txt").exists()
    notes = [d for k, _t, d in daemon.lines()[mark:] if k == "command_note"]
    assert notes and all("Enter never runs it" in n for n in notes), notes
    # Execute asks for the word; a wrong one cancels, `yes` runs it.
    armed = daemon.count()
    xdo(desk, "key", "alt+e")
    assert daemon.wait_for("command_note", after=armed).startswith("Dangerous command: type")
    xdo(desk, "type", "--delay", "8", "no")
    xdo(desk, "key", "Return")
    time.sleep(0.5)
    assert not any(k == "execute" for k, _t, _d in daemon.lines()[mark:])
    assert (home / "victim").exists()
    xdo(desk, "key", "alt+e")
    xdo(desk, "type", "--delay", "8", "yes")
    xdo(desk, "key", "Return")
    assert daemon.wait_for("execute", after=mark) == "in the overlay (typed yes)"
    done = daemon.wait_for("command_done", after=mark, timeout=30)
    assert done.startswith("exit=0"), done
    assert not (home / "victim").exists()

    out = subprocess.run([sys.executable, "-m", "neuralux", "history", "--commands", "--json"],
                         env=daemon.env, cwd=ROOT, capture_output=True, text=True, timeout=60,
                         check=False)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)  # newest first
    assert [r["command"] for r in rows] == [dangerous_command, safe_command], rows
    assert all("overlay" in r["confirmed_by"] for r in rows)
    assert rows[0]["risk"] == "dangerous" and rows[0]["request"] == DANGEROUS_REQUEST
    assert rows[1]["risk"] == "safe" and rows[1]["exit_code"] == 0
