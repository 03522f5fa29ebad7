"""Another program reads the screen over D-Bus: the running overlay asks the person first."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop_env import ROOT, Desktop, OverlayProcess, start_bus, start_xvfb, stop

pytestmark = pytest.mark.e2e

CALLER = """
import asyncio
from dbus_fast import Message, MessageType
from dbus_fast.aio import MessageBus

async def main():
    bus = await MessageBus().connect()
    reply = await bus.call(Message(destination="org.neuralux.Assistant1",
        path="/org/neuralux/Assistant1", interface="org.neuralux.Assistant1",
        member="OcrScreen", signature="a{sv}", body=[{}]))
    if reply.message_type == MessageType.ERROR:
        print("ERROR", reply.error_name)
    else:
        print("TEXT", len(reply.body[0]))

asyncio.run(main())
"""


@pytest.fixture
def desk() -> Iterator[Desktop]:
    xvfb, display = start_xvfb()
    bus, address = start_bus()
    try:
        yield Desktop(display, address, "bare")
    finally:
        stop(bus)
        stop(xvfb)


@pytest.mark.parametrize(("key", "expected"), [("alt+o", "TEXT"),
                                               ("Escape", "ERROR org.neuralux.Error."
                                                          "PermissionDenied")])
def test_other_program_needs_the_persons_answer(desk: Desktop, tmp_path: Path, key: str,
                                                expected: str) -> None:
    daemon = OverlayProcess(desk, tmp_path)
    try:
        caller = subprocess.Popen([sys.executable, "-c", CALLER], env=desk.env(), cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                "Neuralux: screen access"], env=desk.env(), timeout=30,
                               capture_output=True, text=True, check=True)
        win = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", win], env=desk.env(), timeout=10,
                       check=False)
        subprocess.run(["xdotool", "key", key], env=desk.env(), timeout=10, check=True)
        out, err = caller.communicate(timeout=60)
        assert out.startswith(expected), out + err
    finally:
        daemon.close()
