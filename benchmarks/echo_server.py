"""The baseline for D-Bus overhead: a bare dbus-fast service with one Echo method."""

from __future__ import annotations

import asyncio

from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, dbus_method

from neuralux.dbus.types import DBusStr


class Echo(ServiceInterface):
    def __init__(self) -> None:
        super().__init__("org.neuralux.BenchEcho")

    @dbus_method()
    def Echo(self, text: DBusStr) -> DBusStr:
        return text


async def main() -> None:
    bus = await MessageBus().connect()
    bus.export("/org/neuralux/BenchEcho", Echo())
    await bus.request_name("org.neuralux.BenchEcho")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
