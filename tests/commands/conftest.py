"""Fixtures for the command assistant tests: a fake model and a private session bus."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator

import pytest

from neuralux.backends.base import ChatMessage, GenerationParams


class FakeCompleter:
    """A tiny stand-in for ``Assistant.complete``: answers from a table, records prompts."""

    def __init__(self, replies: dict[str, str] | None = None, default: str = "") -> None:
        self.replies = replies or {}
        self.default = default
        self.calls: list[tuple[list[ChatMessage], GenerationParams]] = []

    async def complete(self, messages: list[ChatMessage], params: GenerationParams) -> str:
        self.calls.append((messages, params))
        request = messages[-1].content
        for key, command in self.replies.items():
            if key in request:
                return json.dumps({"command": command, "explanation": f"does {key}"})
        return self.default


@pytest.fixture
def fake_completer() -> FakeCompleter:
    return FakeCompleter()


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throwaway dbus-daemon; yields its address and stops it afterwards."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt install dbus)")
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    try:
        yield address
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
