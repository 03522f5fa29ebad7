"""A stand-in xdg-desktop-portal (Screenshot only) for tests: serves a fixed PNG.

Usage: python fake_portal.py BUS_ADDRESS IMAGE_PATH RESPONSE_CODE
"""

import asyncio
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.annotations import DBusDict, DBusObjectPath, DBusSignature, DBusStr, DBusUInt32
from dbus_fast.service import ServiceInterface, dbus_method, dbus_signal

CALLER = {"name": ""}  # the portal derives the request path from the caller's bus name


class Request(ServiceInterface):
    def __init__(self) -> None:
        super().__init__("org.freedesktop.portal.Request")

    @dbus_signal()
    def Response(self, code: DBusUInt32, results: DBusDict) -> Annotated[list[Any],
                                                                          DBusSignature("ua{sv}")]:
        return [code, results]


class Screenshot(ServiceInterface):
    def __init__(self, bus: MessageBus, image: str, code: int) -> None:
        super().__init__("org.freedesktop.portal.Screenshot")
        self.bus, self.image, self.code = bus, image, code

    @dbus_method()
    def Screenshot(self, parent: DBusStr, options: DBusDict) -> DBusObjectPath:
        token = options["handle_token"].value
        print("interactive", bool(options["interactive"].value), flush=True)
        caller = CALLER["name"].lstrip(":").replace(".", "_")
        handle = f"/org/freedesktop/portal/desktop/request/{caller}/{token}"
        request = Request()
        self.bus.export(handle, request)
        copy = Path(tempfile.mkdtemp()) / "Screenshot.png"
        if self.code == 0:
            shutil.copy(self.image, copy)

        def respond() -> None:
            results = {"uri": Variant("s", f"file://{copy}")} if self.code == 0 else {}
            request.Response(self.code, results)

        asyncio.get_running_loop().call_later(0.1, respond)
        return handle


async def main() -> None:
    bus = await MessageBus(bus_address=sys.argv[1]).connect()

    def remember_caller(msg):
        if msg.member == "Screenshot":
            CALLER["name"] = msg.sender

    bus.add_message_handler(remember_caller)
    bus.export("/org/freedesktop/portal/desktop", Screenshot(bus, sys.argv[2], int(sys.argv[3])))
    await bus.request_name("org.freedesktop.portal.Desktop")
    print("ready", flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
