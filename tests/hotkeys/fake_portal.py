"""A small stand-in for xdg-desktop-portal's GlobalShortcuts, for tests.

As a module it is imported by tests; as a program (``python -m tests.hotkeys.fake_portal``)
it serves on the session bus, prints "ready", and emits ``Activated`` for the last bound
session each time a line "activate" arrives on stdin.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated, Any

from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.annotations import DBusSignature as Sig
from dbus_fast.annotations import DBusStr
from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property, method, signal

from neuralux.hotkeys.portal import PATH, PORTAL, SHORTCUT_ID

ObjPath = Annotated[str, Sig("o")]
Options = Annotated[dict[str, Variant], Sig("a{sv}")]
Shortcuts = Annotated[list[Any], Sig("a(sa{sv})")]
Version = Annotated[int, Sig("u")]


class Request(ServiceInterface):
    def __init__(self) -> None:
        super().__init__("org.freedesktop.portal.Request")

    @signal()
    def Response(self, code: int, results: dict[str, Variant]
                 ) -> Annotated[list[Any], Sig("ua{sv}")]:
        return [code, results]


class FakePortal(ServiceInterface):
    """Answers like xdg-desktop-portal: a Request path at once, the result as a signal."""

    def __init__(self, bus: MessageBus, accept: bool = True) -> None:
        super().__init__("org.freedesktop.portal.GlobalShortcuts")
        self.bus = bus
        self.accept = accept
        self.bound: list[Any] = []
        self.session = ""

    def _respond(self, token: str, results: dict[str, Variant]) -> str:
        # dbus-fast does not tell a service who called, so this fake behaves like a
        # pre-0.9 portal and picks its own Request path (the client must follow it).
        path = f"{PATH}/request/fake/{token}"
        req = Request()
        self.bus.export(path, req)
        code = 0 if self.accept else 1
        asyncio.get_running_loop().call_later(0.01, req.Response, code, results)
        return path

    @method()
    def CreateSession(self, options: Options) -> ObjPath:
        self.session = f"{PATH}/session/x/{options['session_handle_token'].value}"
        return self._respond(options["handle_token"].value,
                             {"session_handle": Variant("s", self.session)})

    @method()
    def BindShortcuts(self, session: ObjPath, shortcuts: Shortcuts,
                      parent: DBusStr, options: Options) -> ObjPath:
        self.bound = shortcuts
        return self._respond(options["handle_token"].value, {})

    @dbus_property(access=PropertyAccess.READ)
    def version(self) -> Version:
        return 1

    @signal()
    def Activated(self, session: str, shortcut: str, ts: int,
                  opts: dict[str, Variant]) -> Annotated[list[Any], Sig("osta{sv}")]:
        return [session, shortcut, ts, opts]


async def start_portal(address: str | None, accept: bool = True) -> tuple[MessageBus, FakePortal]:
    bus = await MessageBus(bus_address=address).connect()
    portal = FakePortal(bus, accept)
    bus.export(PATH, portal)
    await bus.request_name(PORTAL)
    return bus, portal


async def main() -> None:
    bus, portal = await start_portal(None)
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        if line.strip() == "activate":
            portal.Activated(portal.session, SHORTCUT_ID, 0, {})
            print("activated", flush=True)
    bus.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
