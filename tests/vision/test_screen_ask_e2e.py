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


@pytest.fixture
def screen_daemon(session_bus: Any, traceback_window: dict, tmp_path: Path):
    log = tmp_path / "daemon.log"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus.address,
           "DISPLAY": traceback_window["display"], "NEURALUX_OCR_ALLOW_HEADLESS_CALLERS": "1",
           "NEURALUX_LLM_MAX_TOKENS": "48"}
    env.pop("WAYLAND_DISPLAY", None)
    with log.open("w") as handle:
        proc = subprocess.Popen(neuralux_cmd("run", "--headless"), stdout=handle,
                                stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    try:
        wait_for_name(session_bus.address)
        yield session_bus.address, log
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_screen_question_is_answered_from_the_window(screen_daemon) -> None:
    address, log = screen_daemon
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
