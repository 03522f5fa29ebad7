"""The GlobalShortcuts portal client against a small fake portal on a real dbus-daemon."""

from __future__ import annotations

import asyncio

import pytest
from dbus_fast.aio import MessageBus

from neuralux.errors import Unavailable
from neuralux.hotkeys import spec
from neuralux.hotkeys.portal import PATH, PortalHotkey
from tests.conftest import Bus
from tests.hotkeys.fake_portal import start_portal

pytestmark = pytest.mark.e2e


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
