"""Done-when check: the real daemon on Xvfb answers a question about a traceback window."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from dbus_fast import Variant

from neuralux.dbus.client import DaemonClient
from tests.conftest import ROOT, neuralux_cmd, wait_for_name

pytestmark = [pytest.mark.e2e, pytest.mark.model]


@pytest.fixture(params=["allow_headless", "default"])
def screen_daemon(request: Any, session_bus: Any, traceback_window: dict, tmp_path: Path):
    log = tmp_path / "daemon.log"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus.address,
           "DISPLAY": traceback_window["display"], "NEURALUX_LLM_MAX_TOKENS": "48"}
    if request.param == "allow_headless":
        env["NEURALUX_OCR_ALLOW_HEADLESS_CALLERS"] = "1"
    env.pop("WAYLAND_DISPLAY", None)
    with log.open("w") as handle:
        proc = subprocess.Popen(neuralux_cmd("run", "--headless"), stdout=handle,
                                stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    try:
        wait_for_name(session_bus.address)
        yield session_bus.address, log, request.param
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_screen_question_is_answered_from_the_window(screen_daemon) -> None:
    address, log, mode = screen_daemon
    if mode == "default":
        await _other_program_denied_but_own_cli_allowed(address, log)
        return
    client = await DaemonClient.connect(address)
    try:
        async with client.signals() as queue:
            (task,) = await client.call("Ask", "sa{sv}", [
                "What is wrong?", {"screen": Variant("s", "window")}])
            while True:
                msg = await asyncio.wait_for(queue.get(), 120)
                if msg.member in ("AnswerDone", "TaskFailed") and msg.body[0] == task:
                    break
    finally:
        client.close()
    assert msg.member == "AnswerDone", msg.body
    _, text, meta = msg.body
    assert text.strip()
    assert "Traceback viewer" in meta["screen"].value
    assert "screen context from the window “Traceback viewer”" in log.read_text()


async def _other_program_denied_but_own_cli_allowed(address: str, log: Path) -> None:
    from neuralux.errors import PermissionDenied
    from tests.conftest import run_cli

    client = await DaemonClient.connect(address)
    try:
        with pytest.raises(PermissionDenied, match="may not read the screen"):
            await client.call("Ask", "sa{sv}", ["What is wrong?", {"screen": Variant("b", True)}])
    finally:
        client.close()
    out = await asyncio.to_thread(run_cli, "ask", "--screen", "window", "What is wrong?",
                                  env={"DBUS_SESSION_BUS_ADDRESS": address})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()
    assert "(answered with the text of the window “Traceback viewer”)" in out.stderr
