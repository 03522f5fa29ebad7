"""`neuralux toggle`, `neuralux setup-shortcut` and the doctor's hotkey row, as processes."""

from __future__ import annotations

import json
import os

from tests.conftest import run_cli


def test_setup_shortcut_outside_gnome_says_what_to_do_instead() -> None:
    env = {"GSETTINGS_BACKEND": "memory", "XDG_DATA_DIRS": "/nonexistent"}  # no schemas
    out = run_cli("setup-shortcut", "--dry-run", env=env)
    assert out.returncode == 3, out.stderr
    assert "GNOME only" in out.stderr and "neuralux toggle" in out.stderr
    assert "Traceback" not in out.stderr


def test_doctor_reports_the_hotkey_backend() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = run_cli("doctor", "--json", env=env)
    rows = {r["name"]: r for r in json.loads(out.stdout)}
    row = rows["overlay hotkey"]
    assert row["ok"] is False and row["required"] is False
    assert "headless" in row["detail"] and "neuralux toggle" in row["fix"]
    out = run_cli("doctor", "--json", env={"DISPLAY": ":0"})
    row = {r["name"]: r for r in json.loads(out.stdout)}["overlay hotkey"]
    assert row["ok"] is True and row["detail"].startswith("Alt+Space via x11")


def test_toggle_is_a_command() -> None:
    out = run_cli("toggle", "--help")
    assert out.returncode == 0 and "ToggleOverlay" in out.stdout
