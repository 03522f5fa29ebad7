"""aish against the real daemon: suggestions over D-Bus, execution in aish's own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.e2e]


def test_aish_uses_the_running_daemon(daemon, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEURALUX_LOG": "INFO",
           "DBUS_SESSION_BUS_ADDRESS": daemon.bus.address}
    run = subprocess.run([sys.executable, "-m", "neuralux.cli.aish", "--json",
                          "count the lines in notes.txt"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=90, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["command"] == "wc -l notes.txt"
    assert "suggestions from the daemon" in run.stderr
    assert not list(work.iterdir())

    confirm = subprocess.run([sys.executable, "-m", "neuralux.cli.aish", "--no-color",
                              "create a folder named reports"], cwd=work, env=env, input="e\n",
                             capture_output=True, text=True, timeout=90, check=False)
    assert confirm.returncode == 0, confirm.stdout + confirm.stderr
    assert (work / "reports").is_dir()
