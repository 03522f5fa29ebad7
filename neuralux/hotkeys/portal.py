"""Wayland hotkey: the xdg-desktop-portal GlobalShortcuts interface, over dbus-fast.

On Wayland no client may grab keys; the desktop (KDE, GNOME 48+) binds the
shortcut on our behalf after asking the user, and sends ``Activated`` when it
is pressed. Portal calls answer through a Request object's ``Response`` signal;
we subscribe to that path before calling, as the portal documentation advises.
Runs in the core loop; ``on_activate`` must be thread-safe (the bridge's
``toggle`` is).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from typing import Any

from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus

from neuralux.errors import Unavailable
from neuralux.hotkeys.spec import HotkeySpec

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST_IFACE = "org.freedesktop.portal.Request"
SHORTCUT_ID = "toggle-overlay"
RESPONSE_TIMEOUT = 120.0  # the desktop may show a dialog and wait for the user


class PortalHotkey:
    name = "portal"

    def __init__(self, spec: HotkeySpec, on_activate: Callable[[], None],
                 bus: MessageBus | None = None) -> None:
        self.spec = spec
        self._on_activate = on_activate
        self._bus = bus
        self._own_bus = bus is None
        self._waiting: dict[str, asyncio.Future[tuple[int, dict[str, Any]]]] = {}
        self._early: dict[str, tuple[int, dict[str, Any]]] = {}
        self.session: str = ""
        self.activations = 0
        self.paused = False

    async def available(self) -> bool:
        bus = await self._connect()
        reply = await bus.call(Message(destination=PORTAL, path=PATH,
                                       interface="org.freedesktop.DBus.Properties", member="Get",
                                       signature="ss", body=[IFACE, "version"]))
        return reply is not None and reply.message_type == MessageType.METHOD_RETURN

    async def start(self) -> None:
        bus = await self._connect()
        if not await self.available():
            raise Unavailable("This desktop's portal has no GlobalShortcuts (it needs KDE or "
                              "GNOME 48+). Bind `neuralux toggle` to a shortcut instead.")
        bus.add_message_handler(self._on_message)
        await self._match(f"type='signal',interface='{IFACE}',member='Activated'")
        # Every Response, not just the predicted Request path: portals older than 0.9
        # answer on a path of their own choosing (the reply tells which).
        await self._match(f"type='signal',interface='{REQUEST_IFACE}',member='Response'")
        code, results = await self._request("CreateSession", "a{sv}", lambda tok: [{
            "handle_token": Variant("s", tok),
            "session_handle_token": Variant("s", "neuralux" + secrets.token_hex(4))}])
        if code != 0:
            raise Unavailable("The desktop refused a global-shortcut session.")
        self.session = str(_plain(results.get("session_handle", "")))
        shortcut = (SHORTCUT_ID, {
            "description": Variant("s", "Show or hide the Neuralux overlay"),
            "preferred_trigger": Variant("s", self.spec.portal())})
        code, results = await self._request("BindShortcuts", "oa(sa{sv})sa{sv}", lambda tok: [
            self.session, [shortcut], "", {"handle_token": Variant("s", tok)}])
        if code != 0:
            raise Unavailable("The global shortcut was not confirmed in the desktop's dialog.")
        log.info("portal bound shortcuts: %s", _plain(results.get("shortcuts", [])))

    def set_paused(self, paused: bool) -> None:
        self.paused = paused

    def stop(self) -> None:
        if self._bus is not None and self._own_bus:
            self._bus.disconnect()
        self._bus = None

    # -- internals -----------------------------------------------------------
    async def _connect(self) -> MessageBus:
        if self._bus is None:
            self._bus = await MessageBus().connect()
        return self._bus

    async def _match(self, rule: str) -> None:
        assert self._bus is not None
        await self._bus.call(Message(destination="org.freedesktop.DBus",
                                     path="/org/freedesktop/DBus",
                                     interface="org.freedesktop.DBus", member="AddMatch",
                                     signature="s", body=[rule]))

    async def _request(self, member: str, signature: str,
                       body: Callable[[str], list[Any]]) -> tuple[int, dict[str, Any]]:
        assert self._bus is not None and self._bus.unique_name
        token = "neuralux" + secrets.token_hex(6)
        sender = self._bus.unique_name.lstrip(":").replace(".", "_")
        handle = f"{PATH}/request/{sender}/{token}"
        fut: asyncio.Future[tuple[int, dict[str, Any]]] = \
            asyncio.get_running_loop().create_future()
        self._waiting[handle] = fut
        reply = await self._bus.call(Message(destination=PORTAL, path=PATH, interface=IFACE,
                                             member=member, signature=signature,
                                             body=body(token)))
        if reply is None or reply.message_type == MessageType.ERROR:
            self._waiting.pop(handle, None)
            detail = reply.body[0] if reply is not None and reply.body else "no reply"
            raise Unavailable(f"GlobalShortcuts.{member} failed: {detail}")
        real = str(reply.body[0])
        if real != handle:  # an old portal chose its own path; follow it
            self._waiting[real] = self._waiting.pop(handle)
            early = self._early.pop(real, None)
            if early is not None and not fut.done():
                fut.set_result(early)
        try:
            return await asyncio.wait_for(fut, RESPONSE_TIMEOUT)
        finally:
            self._waiting.pop(real, None)

    def _on_message(self, msg: Message) -> bool:
        if msg.message_type != MessageType.SIGNAL:
            return False
        if msg.interface == REQUEST_IFACE and msg.member == "Response":
            result = (int(msg.body[0]), dict(msg.body[1]))
            fut = self._waiting.get(msg.path or "")
            if fut is None:  # may arrive before the reply that names the path
                self._early[msg.path or ""] = result
            elif not fut.done():
                fut.set_result(result)
        elif msg.interface == IFACE and msg.member == "Activated":
            if msg.body and str(msg.body[1]) == SHORTCUT_ID and not self.paused:
                self.activations += 1
                self._on_activate()
        return False


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Variant) else value
