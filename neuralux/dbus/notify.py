"""Desktop notifications (org.freedesktop.Notifications) over dbus-fast.

Used for answers that finish while the overlay is hidden and for hotkey
problems the user must know about. Runs in the core loop; one session-bus
connection is opened on first use and reused.
"""

from __future__ import annotations

import asyncio
import logging

from dbus_fast import Message, MessageType
from dbus_fast.aio import MessageBus

from neuralux.errors import Unavailable

log = logging.getLogger(__name__)

APP_NAME = "Neuralux"
ICON = "neuralux"
_bus: MessageBus | None = None
_lock: asyncio.Lock | None = None


async def _session_bus() -> MessageBus:
    global _bus, _lock
    if _lock is None:
        _lock = asyncio.Lock()
    async with _lock:
        if _bus is None or not _bus.connected:
            _bus = await MessageBus().connect()
        return _bus


async def notify(summary: str, body: str, replaces_id: int = 0, timeout_ms: int = 8000,
                 bus: MessageBus | None = None) -> int:
    """Show a notification; returns its id. Raises Unavailable when no server answers."""
    bus = bus or await _session_bus()
    reply = await bus.call(Message(
        destination="org.freedesktop.Notifications", path="/org/freedesktop/Notifications",
        interface="org.freedesktop.Notifications", member="Notify", signature="susssasa{sv}i",
        body=[APP_NAME, replaces_id, ICON, summary, body, [], {}, timeout_ms]))
    if reply is None or reply.message_type == MessageType.ERROR:
        detail = reply.error_name if reply is not None else "no reply"
        raise Unavailable(f"No notification server on the session bus ({detail}).")
    return int(reply.body[0])


async def close() -> None:
    global _bus
    if _bus is not None:
        _bus.disconnect()
        _bus = None
