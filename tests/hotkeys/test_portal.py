"""The GlobalShortcuts portal client against a small fake portal on a real dbus-daemon."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

import pytest
from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.annotations import DBusSignature as Sig
from dbus_fast.annotations import DBusStr
from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property, method, signal

from neuralux.errors import Unavailable
from neuralux.hotkeys import spec
from neuralux.hotkeys.portal import PATH, PORTAL, PortalHotkey
from tests.conftest import Bus

pytestmark = pytest.mark.e2e


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


async def start_portal(address: str, accept: bool = True) -> tuple[MessageBus, FakePortal]:
    bus = await MessageBus(bus_address=address).connect()
    portal = FakePortal(bus, accept)
    bus.export(PATH, portal)
    await bus.request_name(PORTAL)
    return bus, portal


async def test_portal_binds_and_activation_toggles(session_bus: Bus) -> None:
    bus, portal = await start_portal(session_bus.address)
    fired: list[bool] = []
    client = PortalHotkey(spec.parse("<alt>+<space>"), lambda: fired.append(True),
                          await MessageBus(bus_address=session_bus.address).connect())
    try:
        await asyncio.wait_for(client.start(), 10)
        assert client.session.startswith(f"{PATH}/session/")
        [(shortcut_id, props)] = portal.bound
        assert shortcut_id == "toggle-overlay"
        assert props["preferred_trigger"].value == "ALT+space"
        portal.Activated(client.session, "toggle-overlay", 0, {})
        for _ in range(100):
            if fired:
                break
            await asyncio.sleep(0.01)
        assert fired == [True]
        client.set_paused(True)
        portal.Activated(client.session, "toggle-overlay", 0, {})
        await asyncio.sleep(0.1)
        assert fired == [True]
    finally:
        client.stop()
        if client._bus is not None:
            client._bus.disconnect()
        bus.disconnect()


async def test_refused_or_missing_portal_is_a_clear_unavailable(session_bus: Bus) -> None:
    client = PortalHotkey(spec.parse("<alt>+<space>"), lambda: None,
                          await MessageBus(bus_address=session_bus.address).connect())
    with pytest.raises(Unavailable, match="GlobalShortcuts"):
        await asyncio.wait_for(client.start(), 10)
    bus, _portal = await start_portal(session_bus.address, accept=False)
    try:
        with pytest.raises(Unavailable, match="refused"):
            await asyncio.wait_for(client.start(), 10)
    finally:
        bus.disconnect()
